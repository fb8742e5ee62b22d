package io.ticketflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.ticketflow.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The sweeper: the safety net for notifications that no process step delivered. */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate", showSql = false)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class NotificationSweeperTest {

  private static final String REQUESTER = "zhang.san@example.com";

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @Autowired NotificationRepository outbox;
  @Autowired PlatformTransactionManager transactions;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:00:00Z"));
  private NotificationService notifications;
  private JavaMailSenderImpl mailServer;
  private NotificationSweeper sweeper;

  @BeforeEach
  void sweeper() {
    outbox.deleteAll();
    notifications =
        new NotificationService(
            outbox, TestOutbox.templates(), new TestOutbox.FakeStaffDirectory(), clock);
    mailServer = TestOutbox.mailSender(SMTP.getSmtp().getPort());
    sweeper =
        new NotificationSweeper(
            new NotificationDispatcher(
                outbox,
                new EmailNotificationSender(mailServer, TestOutbox.properties()),
                transactions,
                TestOutbox.properties(),
                clock));
  }

  @Test
  void freshNotificationsAreLeftToTheProcessDuringTheGracePeriod() {
    queue(TestOutbox.TICKET, "0");

    sweeper.sweep();
    clock.advance(TestOutbox.GRACE.minusSeconds(1));
    sweeper.sweep();

    assertThat(SMTP.getReceivedMessages()).isEmpty();
    assertThat(statuses()).containsExactly(NotificationStatus.PENDING);
  }

  @Test
  void notificationsPendingPastTheGracePeriodAreDeliveredOnce() {
    queue(TestOutbox.TICKET, "0");
    queue(TestOutbox.OTHER_TICKET, "0");
    clock.advance(TestOutbox.GRACE.plusSeconds(1));

    sweeper.sweep();
    sweeper.sweep();

    assertThat(SMTP.getReceivedMessages()).hasSize(2);
    assertThat(statuses()).containsExactly(NotificationStatus.SENT, NotificationStatus.SENT);
  }

  @Test
  void sweepPausesAtTheFirstMailServerFailureAndResumesNextTime() {
    queue(TestOutbox.TICKET, "0");
    queue(TestOutbox.TICKET, "1");
    clock.advance(TestOutbox.GRACE.plusSeconds(1));
    mailServer.setPort(TestOutbox.deadPort());

    sweeper.sweep();

    List<Notification> rows = outbox.findAll();
    assertThat(rows).extracting(Notification::getAttempts).containsExactlyInAnyOrder(1, 0);
    assertThat(statuses()).containsOnly(NotificationStatus.PENDING);

    mailServer.setPort(SMTP.getSmtp().getPort());
    clock.advance(Duration.ofMinutes(1));
    sweeper.sweep();

    assertThat(SMTP.getReceivedMessages()).hasSize(2);
    assertThat(statuses()).containsOnly(NotificationStatus.SENT);
  }

  @Test
  void theLeastTriedNotificationsGoFirst() {
    long stubborn = queue(TestOutbox.TICKET, "0");
    long fresh = queue(TestOutbox.TICKET, "1");
    clock.advance(TestOutbox.GRACE.plusSeconds(1));
    mailServer.setPort(TestOutbox.deadPort());
    sweeper.sweep();

    assertThat(
            outbox.findOverdue(
                clock.instant().minus(TestOutbox.GRACE),
                clock.instant().minus(TestOutbox.CLAIM_TIMEOUT),
                org.springframework.data.domain.PageRequest.of(0, 10)))
        .containsExactly(fresh, stubborn);
  }

  private long queue(String ticket, String occasion) {
    notifications.notifyRequester(
        ticket,
        NotificationEvent.REPLY_ADDED,
        occasion,
        REQUESTER,
        TestOutbox.values("Printer offline"));
    List<Notification> rows = outbox.findByTicketNumberOrderByIdAsc(ticket);
    return rows.get(rows.size() - 1).getId();
  }

  private List<NotificationStatus> statuses() {
    return outbox.findAll().stream().map(Notification::getStatus).toList();
  }
}
