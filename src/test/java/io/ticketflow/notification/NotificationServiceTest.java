package io.ticketflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ticketflow.support.MutableClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Queuing notifications in the outbox table, as Flyway creates it on H2. */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate", showSql = false)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class NotificationServiceTest {

  private static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");

  @Autowired NotificationRepository outbox;

  private final TestOutbox.FakeStaffDirectory staff = new TestOutbox.FakeStaffDirectory();
  private NotificationService notifications;

  @BeforeEach
  void service() {
    outbox.deleteAll();
    notifications =
        new NotificationService(outbox, TestOutbox.templates(), staff, new MutableClock(NOW));
  }

  @Test
  void requesterIsNotifiedOncePerTicketEventAndOccasion() {
    assertThat(acknowledge("0")).isTrue();
    assertThat(acknowledge("0")).isFalse();
    assertThat(acknowledge("1")).isTrue();

    List<Notification> queued = notifications.forTicket(TestOutbox.TICKET);
    assertThat(queued).hasSize(2);
    Notification first = queued.get(0);
    assertThat(first.getStatus()).isEqualTo(NotificationStatus.PENDING);
    assertThat(first.getAttempts()).isZero();
    assertThat(first.getAudience()).isEqualTo(Audience.REQUESTER);
    assertThat(first.getAudienceId()).isEmpty();
    assertThat(first.getRecipients()).containsExactly("zhang.san@example.com");
    assertThat(first.getCreatedAt()).isEqualTo(NOW);
    assertThat(first.getSentAt()).isEmpty();
    assertThat(first.getLastError()).isEmpty();
  }

  @Test
  void existingCallsWithoutLanguageGetTheDefaultLanguage() {
    acknowledge("0");

    Notification queued = notifications.forTicket(TestOutbox.TICKET).get(0);
    assertThat(queued.getLanguage()).isEqualTo("en");
    assertThat(queued.getSubject()).isEqualTo("[TS20261122-0001] We received your request");
    assertThat(queued.getBody()).contains(TestOutbox.PORTAL_LINK);
    assertThat(queued.getBodyHtml())
        .hasValueSatisfying(html -> assertThat(html).contains("<a href="));
  }

  @Test
  void requesterIsNotifiedInTheirLanguage() {
    notifications.notifyRequester(
        TestOutbox.TICKET,
        NotificationEvent.TICKET_CLOSED,
        "0",
        " zhang.san@example.com ",
        "zh_CN",
        TestOutbox.values("打印机离线"));

    Notification queued = notifications.forTicket(TestOutbox.TICKET).get(0);
    assertThat(queued.getLanguage()).isEqualTo("zh-CN");
    assertThat(queued.getSubject()).isEqualTo("[TS20261122-0001] 您的请求已关闭");
    assertThat(queued.getRecipient()).isEqualTo("zhang.san@example.com");
  }

  @Test
  void requesterWithoutAddressIsStillNotifiedInTheApp() {
    notifications.notifyRequester(
        TestOutbox.TICKET, NotificationEvent.TICKET_CLOSED, "0", " ", TestOutbox.values("x"));

    Notification queued = notifications.forTicket(TestOutbox.TICKET).get(0);
    assertThat(queued.getRecipient()).isNull();
    assertThat(queued.getRecipients()).isEmpty();
  }

  @Test
  void assigneeGroupAndManagersAreLookedUpInTheStaffDirectory() {
    staff.emails.put("oscar", "oscar@ticketflow.example");
    staff.groups.put(
        "operations",
        List.of(
            "oscar@ticketflow.example",
            "OSCAR@ticketflow.example",
            "bad address",
            "olga@ticketflow.example"));
    staff.managers.put("operations", List.of("megan@ticketflow.example"));

    notifications.notifyStaff(
        TestOutbox.TICKET,
        NotificationEvent.TICKET_ASSIGNED,
        "oscar",
        StaffAudience.user("oscar"),
        TestOutbox.values("VPN down"));
    notifications.notifyStaff(
        TestOutbox.TICKET,
        NotificationEvent.SLA_WARNING,
        "resolution",
        StaffAudience.assigneeOrGroup(Optional.empty(), "operations"),
        TestOutbox.values("VPN down"));
    notifications.notifyStaff(
        TestOutbox.TICKET,
        NotificationEvent.SLA_BREACHED,
        "resolution",
        StaffAudience.managersOf("operations"),
        TestOutbox.values("VPN down"));

    List<Notification> queued = notifications.forTicket(TestOutbox.TICKET);
    assertThat(queued)
        .extracting(Notification::getEvent, Notification::getAudience, Notification::getRecipient)
        .containsExactly(
            tuple(NotificationEvent.TICKET_ASSIGNED, Audience.USER, "oscar@ticketflow.example"),
            tuple(
                NotificationEvent.SLA_WARNING,
                Audience.GROUP,
                "oscar@ticketflow.example, olga@ticketflow.example"),
            tuple(NotificationEvent.SLA_BREACHED, Audience.MANAGERS, "megan@ticketflow.example"));
    assertThat(queued.get(1).getAudienceId()).contains("operations");
    assertThat(queued).allSatisfy(n -> assertThat(n.getLanguage()).isEqualTo("en"));
  }

  @Test
  void staffOccasionIsNotifiedOnce() {
    staff.emails.put("oscar", "oscar@ticketflow.example");
    assertThat(assignTo("oscar", "1")).isTrue();
    staff.emails.put("oscar", "oscar.new@ticketflow.example");
    assertThat(assignTo("oscar", "1")).isFalse();
    assertThat(assignTo("oscar", "2")).isTrue();
    assertThat(notifications.forTicket(TestOutbox.TICKET)).hasSize(2);
  }

  @Test
  void staffWithoutAddressIsNotifiedInTheAppOnly() {
    assignTo("nobody", "1");

    Notification queued = notifications.forTicket(TestOutbox.TICKET).get(0);
    assertThat(queued.getRecipient()).isNull();
    assertThat(queued.getAudienceId()).contains("nobody");
    assertThat(queued.getStatus()).isEqualTo(NotificationStatus.PENDING);
  }

  @Test
  void eventsGoOnlyToTheirOwnAudience() {
    assertThatThrownBy(
            () ->
                notifications.notifyRequester(
                    TestOutbox.TICKET,
                    NotificationEvent.SLA_BREACHED,
                    "0",
                    "zhang.san@example.com",
                    Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                notifications.notifyStaff(
                    TestOutbox.TICKET,
                    NotificationEvent.TICKET_ACKNOWLEDGED,
                    "0",
                    StaffAudience.group("tier1"),
                    Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StaffAudience(Audience.REQUESTER, "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StaffAudience.group(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThat(outbox.count()).isZero();
  }

  @Test
  void assigneeOrGroupPrefersTheAssignee() {
    assertThat(StaffAudience.assigneeOrGroup(Optional.of("oscar"), "operations"))
        .isEqualTo(StaffAudience.user("oscar"));
    assertThat(StaffAudience.assigneeOrGroup(Optional.of(" "), "operations"))
        .isEqualTo(StaffAudience.group("operations"));
  }

  @Test
  void appShowsOnlyTheTicketsOwnNotificationsOldestFirst() {
    acknowledge("0");
    notifications.notifyRequester(
        TestOutbox.OTHER_TICKET,
        NotificationEvent.TICKET_ACKNOWLEDGED,
        "0",
        "li.si@example.com",
        TestOutbox.values("Other"));
    notifications.notifyRequester(
        TestOutbox.TICKET,
        NotificationEvent.WAITING_FOR_YOU,
        "7",
        "zhang.san@example.com",
        TestOutbox.values("Printer offline"));

    assertThat(notifications.forTicket(TestOutbox.TICKET))
        .extracting(Notification::getEvent)
        .containsExactly(NotificationEvent.TICKET_ACKNOWLEDGED, NotificationEvent.WAITING_FOR_YOU);
  }

  @Test
  void longTextsFitTheOutboxRow() {
    Map<String, String> values = TestOutbox.values("x".repeat(200));
    values.put(NotificationValues.TEXT, "\"<>&".repeat(5000));
    notifications.notifyRequester(
        TestOutbox.TICKET, NotificationEvent.REPLY_ADDED, "9", "zhang.san@example.com", values);

    Notification queued = notifications.forTicket(TestOutbox.TICKET).get(0);
    assertThat(queued.getBody().length()).isLessThanOrEqualTo(NotificationService.MAX_BODY);
    assertThat(queued.getSubject().length()).isLessThanOrEqualTo(MailHeaders.MAX_SUBJECT);
  }

  private boolean acknowledge(String occasion) {
    return notifications.notifyRequester(
        TestOutbox.TICKET,
        NotificationEvent.TICKET_ACKNOWLEDGED,
        occasion,
        "zhang.san@example.com",
        TestOutbox.values("Printer offline"));
  }

  private boolean assignTo(String agent, String occasion) {
    return notifications.notifyStaff(
        TestOutbox.TICKET,
        NotificationEvent.TICKET_ASSIGNED,
        occasion,
        StaffAudience.user(agent),
        TestOutbox.values("VPN down"));
  }
}
