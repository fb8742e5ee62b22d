package io.ticketflow.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import io.ticketflow.process.ProcessModel.TicketHandling;
import io.ticketflow.support.Api;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.Tickets;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A mail server outage loses nothing: the send step retries, raises an incident, and delivers once
 * after recovery.
 */
@IntegrationTest
class NotificationDeliveryIT {

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired GreenMail smtp;
  @Autowired JavaMailSenderImpl mail;

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
  void acknowledgementSurvivesAMailServerOutageAndIsDeliveredOnce() throws Exception {
    mailServerDown();
    Api staff = Api.at(port).as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    String number =
        staff.post("/api/tickets", Tickets.howToQuestion()).json().get("number").asText();
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(number)
            .processDefinitionKey(TicketHandling.KEY)
            .singleResult()
            .getId();
    Job send =
        management
            .createJobQuery()
            .processInstanceId(instance)
            .activityId(TicketHandling.SEND_ACKNOWLEDGEMENT)
            .singleResult();
    assertThat(send).isNotNull();

    // the server is down: the step fails, is retried, and the last failure becomes an incident
    assertThatThrownBy(() -> management.executeJob(send.getId()))
        .isInstanceOf(RuntimeException.class);
    assertThat(management.createJobQuery().jobId(send.getId()).singleResult().getRetries())
        .isLessThan(5)
        .isPositive();
    management.setJobRetries(send.getId(), 1);
    assertThatThrownBy(() -> management.executeJob(send.getId()))
        .isInstanceOf(RuntimeException.class);
    assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isEqualTo(1);
    assertThat(staff.get("/api/tickets/" + number).json().get("status").asText())
        .isEqualTo("WAITING_ASSIGNMENT");
    assertThat(
            Tickets.workTask(Api.at(port).as(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT), number))
        .isNotNull();

    // the server is back; an operator retries the incident (as in Cockpit): delivered, exactly once
    mail.setPort(smtp.getSmtp().getPort());
    management.setJobRetries(send.getId(), 1);
    management.executeJob(send.getId());
    assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isZero();
    assertThat(acknowledgementsOf(number)).isEqualTo(1);
    assertThat(staff.get("/api/notifications?ticket=" + number).text()).contains("SENT");
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
