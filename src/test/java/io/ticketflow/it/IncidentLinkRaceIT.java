package io.ticketflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.support.Api;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.Tickets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Linking one ticket to an incident from several places at the same moment (a manager's link, the
 * ticket's own major-incident check, another ticket's burst) leaves one link and fails none of
 * them.
 */
@IntegrationTest
class IncidentLinkRaceIT {

  private static final int ROUNDS = 5;
  private static final int LINKERS = 4;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @Test
  void linkingTheSameTicketConcurrentlyLeavesOneLinkAndFailsNobody() throws Exception {
    Api api = Api.at(port);
    Api staff = api.as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    Api megan = api.as(TestUsers.MANAGER, TestUsers.MANAGER);
    Map<String, Object> declaration = new LinkedHashMap<>();
    declaration.put("title", "Concurrent links");
    declaration.put("description", "Declared in a test.");
    declaration.put("category", "SYSTEM_FAULT");
    declaration.put("drill", false);
    declaration.put("linkTickets", List.of());
    Api.Reply declared = megan.post("/api/incidents", declaration);
    assertThat(declared.status()).isEqualTo(201);
    String incident = declared.json().get("number").asText();

    ExecutorService pool = Executors.newFixedThreadPool(LINKERS);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        String ticket =
            staff.post("/api/tickets", Tickets.howToQuestion()).json().get("number").asText();
        CyclicBarrier start = new CyclicBarrier(LINKERS);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < LINKERS; i++) {
          replies.add(
              pool.submit(
                  () -> {
                    start.await(10, TimeUnit.SECONDS);
                    return megan.post(
                        "/api/incidents/" + incident + "/links", Map.of("ticketNumber", ticket));
                  }));
        }
        for (Future<Api.Reply> reply : replies) {
          Api.Reply answer = reply.get(30, TimeUnit.SECONDS);
          assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        }
        assertThat(
                jdbc.queryForObject(
                    "select count(*) from app.incident_ticket l join app.incident i on i.id = l.incident_id"
                        + " join app.ticket t on t.id = l.ticket_id where i.number = ? and t.number = ?",
                    Integer.class,
                    incident,
                    ticket))
            .isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
