package io.ticketflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.ticketflow.support.MutableClock;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Delivering the outbox by e-mail: each notification once, retried while the server is down. */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate", showSql = false)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class NotificationDispatcherTest {

  private static final String REQUESTER = "zhang.san@example.com";

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @Autowired NotificationRepository outbox;
  @Autowired PlatformTransactionManager transactions;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:00:00Z"));
  private NotificationService notifications;
  private JavaMailSenderImpl mailServer;
  private NotificationDispatcher dispatcher;

  @BeforeEach
  void outbox() {
    outbox.deleteAll();
    notifications =
        new NotificationService(
            outbox, TestOutbox.templates(), new TestOutbox.FakeStaffDirectory(), clock);
    mailServer = TestOutbox.mailSender(SMTP.getSmtp().getPort());
    dispatcher = dispatcher(new EmailNotificationSender(mailServer, TestOutbox.properties()));
  }

  @Test
  void deliveringTwiceSendsEachNotificationOnce() {
    queue(TestOutbox.TICKET, NotificationEvent.TICKET_ACKNOWLEDGED, "0", REQUESTER);
    queue(TestOutbox.TICKET, NotificationEvent.WAITING_FOR_YOU, "5", REQUESTER);

    assertThat(dispatcher.deliverPending(TestOutbox.TICKET)).isEqualTo(2);
    assertThat(dispatcher.deliverPending(TestOutbox.TICKET)).isZero();

    assertThat(SMTP.getReceivedMessages()).hasSize(2);
    assertThat(outbox.findByTicketNumberOrderByIdAsc(TestOutbox.TICKET))
        .allSatisfy(
            n -> {
              assertThat(n.getStatus()).isEqualTo(NotificationStatus.SENT);
              assertThat(n.getAttempts()).isEqualTo(1);
              assertThat(n.getSentAt()).contains(clock.instant());
              assertThat(n.getLastError()).isEmpty();
            });
  }

  @Test
  void requesterMailsCarryTheirPersonalLinkWhileTheOutboxKeepsTheLinkWithoutIt() throws Exception {
    String personal = TestOutbox.PORTAL_LINK + "#token=s3cret";
    dispatcher =
        new NotificationDispatcher(
            outbox,
            new EmailNotificationSender(mailServer, TestOutbox.properties()),
            transactions,
            TestOutbox.properties(),
            (ticket, text) ->
                ticket.equals(TestOutbox.TICKET)
                    ? Optional.of(new RequesterLinks.Personal(TestOutbox.PORTAL_LINK, personal))
                    : Optional.empty(),
            clock);
    queue(TestOutbox.TICKET, NotificationEvent.TICKET_ACKNOWLEDGED, "0", REQUESTER);

    assertThat(dispatcher.deliverPending(TestOutbox.TICKET)).isEqualTo(1);

    MimeMultipart sent = (MimeMultipart) SMTP.getReceivedMessages()[0].getContent();
    assertThat((String) sent.getBodyPart(0).getContent()).contains(personal);
    assertThat((String) sent.getBodyPart(1).getContent()).contains("href=\"" + personal + "\"");
    Notification stored = single(TestOutbox.TICKET);
    assertThat(stored.getBody()).contains(TestOutbox.PORTAL_LINK).doesNotContain("s3cret");
    assertThat(stored.getBodyHtml())
        .hasValueSatisfying(h -> assertThat(h).doesNotContain("s3cret"));
  }

  @Test
  void onlyTheGivenTicketsNotificationsAreDelivered() {
    queue(TestOutbox.TICKET, NotificationEvent.TICKET_ACKNOWLEDGED, "0", REQUESTER);
    queue(TestOutbox.OTHER_TICKET, NotificationEvent.TICKET_ACKNOWLEDGED, "0", "li.si@example.com");

    assertThat(dispatcher.deliverPending(TestOutbox.TICKET)).isEqualTo(1);

    assertThat(single(TestOutbox.OTHER_TICKET).getStatus()).isEqualTo(NotificationStatus.PENDING);
  }

  @Test
  void mailServerDownKeepsTheNotificationPendingUntilItIsBack() {
    queue(TestOutbox.TICKET, NotificationEvent.TICKET_ACKNOWLEDGED, "0", REQUESTER);
    mailServer.setPort(TestOutbox.deadPort());

    assertThatThrownBy(() -> dispatcher.deliverPending(TestOutbox.TICKET))
        .isInstanceOf(NotificationDeliveryException.class)
        .hasMessageContaining(TestOutbox.TICKET)
        .satisfies(
            e ->
                assertThat(((NotificationDeliveryException) e).getTicketNumber())
                    .isEqualTo(TestOutbox.TICKET));
    Notification failed = single(TestOutbox.TICKET);
    assertThat(failed.getStatus()).isEqualTo(NotificationStatus.PENDING);
    assertThat(failed.getAttempts()).isEqualTo(1);
    assertThat(failed.getLastError())
        .hasValueSatisfying(e -> assertThat(e).contains("MailSendException"));
    assertThatThrownBy(() -> dispatcher.deliverPending(TestOutbox.TICKET))
        .isInstanceOf(NotificationDeliveryException.class);
    assertThat(single(TestOutbox.TICKET).getAttempts()).isEqualTo(2);

    mailServer.setPort(SMTP.getSmtp().getPort());
    assertThat(dispatcher.deliverPending(TestOutbox.TICKET)).isEqualTo(1);
    assertThat(dispatcher.deliverPending(TestOutbox.TICKET)).isZero();

    assertThat(SMTP.getReceivedMessages()).hasSize(1);
    Notification sent = single(TestOutbox.TICKET);
    assertThat(sent.getStatus()).isEqualTo(NotificationStatus.SENT);
    assertThat(sent.getAttempts()).isEqualTo(3);
    assertThat(sent.getLastError()).isEmpty();
  }

  @Test
  void undeliverableNotificationFailsWithoutStoppingTheOthers() {
    queue(TestOutbox.TICKET, NotificationEvent.TICKET_ACKNOWLEDGED, "0", "13800138000");
    queue(TestOutbox.TICKET, NotificationEvent.WAITING_FOR_YOU, "1", REQUESTER);

    assertThat(dispatcher.deliverPending(TestOutbox.TICKET)).isEqualTo(1);
    assertThat(dispatcher.deliverPending(TestOutbox.TICKET)).isZero();

    List<Notification> rows = outbox.findByTicketNumberOrderByIdAsc(TestOutbox.TICKET);
    assertThat(rows.get(0).getStatus()).isEqualTo(NotificationStatus.FAILED);
    assertThat(rows.get(0).getAttempts()).isEqualTo(1);
    assertThat(rows.get(0).getLastError())
        .hasValueSatisfying(e -> assertThat(e).contains("not a valid e-mail address"));
    assertThat(rows.get(1).getStatus()).isEqualTo(NotificationStatus.SENT);
    assertThat(SMTP.getReceivedMessages()).hasSize(1);
  }

  @Test
  void withoutMailSettingsNotificationsStayPending() {
    queue(TestOutbox.TICKET, NotificationEvent.TICKET_ACKNOWLEDGED, "0", REQUESTER);
    NotificationDispatcher off =
        dispatcher(new EmailNotificationSender((JavaMailSender) null, TestOutbox.properties()));

    assertThat(off.deliverPending(TestOutbox.TICKET)).isZero();
    clock.advance(Duration.ofHours(1));
    assertThat(off.deliverOverdue()).isZero();

    Notification waiting = single(TestOutbox.TICKET);
    assertThat(waiting.getStatus()).isEqualTo(NotificationStatus.PENDING);
    assertThat(waiting.getAttempts()).isZero();
  }

  @Test
  void aRowCanBeClaimedByOneDispatcherOnly() {
    long id = queue(TestOutbox.TICKET, NotificationEvent.TICKET_ACKNOWLEDGED, "0", REQUESTER);
    Instant abandonedBefore = clock.instant().minus(TestOutbox.CLAIM_TIMEOUT);
    TransactionTemplate tx = new TransactionTemplate(transactions);

    Integer first = tx.execute(s -> outbox.claim(id, "first", clock.instant(), abandonedBefore));
    Integer second = tx.execute(s -> outbox.claim(id, "second", clock.instant(), abandonedBefore));
    Integer finishedByLoser = tx.execute(s -> outbox.markSent(id, "second", clock.instant()));

    assertThat(first).isEqualTo(1);
    assertThat(second).isZero();
    assertThat(finishedByLoser).isZero();
    assertThat(single(TestOutbox.TICKET).getStatus()).isEqualTo(NotificationStatus.SENDING);
    assertThat(dispatcher.deliverPending(TestOutbox.TICKET)).isZero();
    assertThat(SMTP.getReceivedMessages()).isEmpty();
  }

  @Test
  void concurrentDispatchersSendEachNotificationOnce() throws Exception {
    for (int i = 0; i < 6; i++) {
      queue(TestOutbox.TICKET, NotificationEvent.REPLY_ADDED, String.valueOf(i), REQUESTER);
    }
    AtomicInteger sends = new AtomicInteger();
    EmailNotificationSender email =
        new EmailNotificationSender(mailServer, TestOutbox.properties());
    NotificationSender slow =
        new NotificationSender() {
          @Override
          public boolean isEnabled() {
            return true;
          }

          @Override
          public void send(Notification notification) {
            sends.incrementAndGet();
            pause(30);
            email.send(notification);
          }
        };
    List<NotificationDispatcher> dispatchers =
        List.of(dispatcher(slow), dispatcher(slow), dispatcher(slow));
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(dispatchers.size());
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (NotificationDispatcher each : dispatchers) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return each.deliverPending(TestOutbox.TICKET);
                }));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> result : results) {
        total += result.get(30, TimeUnit.SECONDS);
      }
      assertThat(total).isEqualTo(6);
    } finally {
      pool.shutdownNow();
    }

    assertThat(sends.get()).isEqualTo(6);
    assertThat(SMTP.getReceivedMessages()).hasSize(6);
    assertThat(outbox.findByTicketNumberOrderByIdAsc(TestOutbox.TICKET))
        .allSatisfy(n -> assertThat(n.getAttempts()).isEqualTo(1));
  }

  @Test
  void claimAbandonedByACrashedSenderIsSentAfterTheClaimTimeout() {
    long id = queue(TestOutbox.TICKET, NotificationEvent.TICKET_ACKNOWLEDGED, "0", REQUESTER);
    new TransactionTemplate(transactions)
        .execute(s -> outbox.claim(id, "crashed", clock.instant(), clock.instant()));

    assertThat(dispatcher.deliverPending(TestOutbox.TICKET)).isZero();
    clock.advance(TestOutbox.CLAIM_TIMEOUT.plusSeconds(1));
    assertThat(dispatcher.deliverPending(TestOutbox.TICKET)).isEqualTo(1);

    assertThat(SMTP.getReceivedMessages()).hasSize(1);
    assertThat(single(TestOutbox.TICKET).getStatus()).isEqualTo(NotificationStatus.SENT);
  }

  @Test
  void deliveryStaysDoneWhenTheCallersTransactionRollsBack() {
    queue(TestOutbox.TICKET, NotificationEvent.TICKET_ACKNOWLEDGED, "0", REQUESTER);

    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> {
              assertThat(dispatcher.deliverPending(TestOutbox.TICKET)).isEqualTo(1);
              status.setRollbackOnly();
            });

    assertThat(single(TestOutbox.TICKET).getStatus()).isEqualTo(NotificationStatus.SENT);
    assertThat(dispatcher.deliverPending(TestOutbox.TICKET)).isZero();
    assertThat(SMTP.getReceivedMessages()).hasSize(1);
  }

  @Test
  void failureDescriptionIsOneLineWithTheRootCause() {
    String described =
        NotificationDispatcher.describe(
            new IllegalStateException(
                "outer\r\nline", new java.io.IOException("Connection refused")));
    assertThat(described)
        .isEqualTo("IllegalStateException: outer line (IOException: Connection refused)");
    assertThat(NotificationDispatcher.describe(new RuntimeException("x".repeat(2000))))
        .hasSize(NotificationDispatcher.MAX_ERROR);
  }

  private NotificationDispatcher dispatcher(NotificationSender sender) {
    return new NotificationDispatcher(outbox, sender, transactions, TestOutbox.properties(), clock);
  }

  private long queue(String ticket, NotificationEvent event, String occasion, String recipient) {
    notifications.notifyRequester(
        ticket, event, occasion, recipient, TestOutbox.values("Printer offline"));
    List<Notification> rows = outbox.findByTicketNumberOrderByIdAsc(ticket);
    return rows.get(rows.size() - 1).getId();
  }

  private Notification single(String ticket) {
    List<Notification> rows = outbox.findByTicketNumberOrderByIdAsc(ticket);
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
