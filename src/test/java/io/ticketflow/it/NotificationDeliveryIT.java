package io.ticketflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import io.ticketflow.notification.NotificationSweeper;
import io.ticketflow.support.Api;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.Tickets;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Notifications leave after the commit that queued them, outside the process; a mail server outage
 * loses nothing: the rows wait in the outbox and the sweeper delivers each exactly once after
 * recovery.
 */
@IntegrationTest
class NotificationDeliveryIT {

  @LocalServerPort int port;
  @Autowired GreenMail smtp;
  @Autowired JavaMailSenderImpl mail;
  @Autowired NotificationSweeper sweeper;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void serverBackUp() {
    mail.setPort(smtp.getSmtp().getPort());
  }

  /** The outage: the application's mail sender points at a port where nothing listens. */
  private void mailServerDown() throws IOException {
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      mail.setPort(probe.getLocalPort());
    }
  }

  @Test
  void acknowledgementLeavesRightAfterTheIntakeWithoutAnyProcessStep() throws Exception {
    Api staff = Api.at(port).as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    String number =
        staff.post("/api/tickets", Tickets.howToQuestion()).json().get("number").asText();

    awaitStatus(number, "TICKET_ACKNOWLEDGED", "SENT");
    assertThat(acknowledgementsOf(number)).isEqualTo(1);
  }

  @Test
  void acknowledgementSurvivesAMailServerOutageAndIsDeliveredOnce() throws Exception {
    mailServerDown();
    Api staff = Api.at(port).as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    String number =
        staff.post("/api/tickets", Tickets.howToQuestion()).json().get("number").asText();

    // the relay tried after the commit and failed: the row waits, its attempt counted; the
    // ticket's work does not wait for mail
    awaitAttempts(number);
    assertThat(status(number)).isEqualTo("PENDING");
    assertThat(staff.get("/api/tickets/" + number).json().get("status").asText())
        .isIn("WAITING_ASSIGNMENT", "IN_PROGRESS");
    assertThat(
            Tickets.workTask(Api.at(port).as(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT), number))
        .isNotNull();
    // a sweep while the server is still down changes nothing
    overdue(number);
    sweeper.sweep();
    assertThat(status(number)).isEqualTo("PENDING");
    assertThat(acknowledgementsOf(number)).isZero();

    // the server is back: the next sweep delivers it, exactly once, and a later sweep sends nothing
    mail.setPort(smtp.getSmtp().getPort());
    sweeper.sweep();
    assertThat(status(number)).isEqualTo("SENT");
    sweeper.sweep();
    assertThat(acknowledgementsOf(number)).isEqualTo(1);
    assertThat(staff.get("/api/notifications?ticket=" + number).text()).contains("SENT");
  }

  private String status(String number) {
    return jdbc.queryForObject(
        "select status from app.notification where ticket_number = ? and event = ?",
        String.class,
        number,
        "TICKET_ACKNOWLEDGED");
  }

  private void awaitStatus(String number, String event, String status) throws Exception {
    Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(giveUp)) {
      Integer rows =
          jdbc.queryForObject(
              "select count(*) from app.notification"
                  + " where ticket_number = ? and event = ? and status = ?",
              Integer.class,
              number,
              event,
              status);
      if (rows != null && rows > 0) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError(event + " of " + number + " never became " + status);
  }

  private void awaitAttempts(String number) throws Exception {
    Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(giveUp)) {
      Integer attempts =
          jdbc.queryForObject(
              "select max(attempts) from app.notification where ticket_number = ?",
              Integer.class,
              number);
      if (attempts != null && attempts > 0) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no delivery of " + number + " was tried after the commit");
  }

  /** As if the sweeper's grace period had passed since the notifications were queued. */
  private void overdue(String number) {
    jdbc.update(
        "update app.notification set created_at = created_at - interval '1 hour'"
            + " where ticket_number = ?",
        number);
  }

  private long acknowledgementsOf(String number) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(message -> subject(message).contains(number))
        .filter(message -> recipients(message).contains("zhang.san@example.com"))
        .count();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String recipients(MimeMessage message) {
    try {
      return Arrays.toString(message.getAllRecipients());
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
