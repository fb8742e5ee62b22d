package io.ticketflow.notification;

import io.ticketflow.notification.NotificationTemplates.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.util.ReflectionTestUtils;

/** Shared pieces of the notification tests: settings, values, a clock and mail senders. */
final class TestOutbox {

  static final String FROM = "support@ticketflow.example";
  static final String TICKET = "TS20261122-0001";
  static final String OTHER_TICKET = "TS20261122-0002";
  static final String PORTAL_LINK = "https://desk.example.com/portal?ticket=" + TICKET;
  static final Duration GRACE = Duration.ofMinutes(2);
  static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(5);

  private TestOutbox() {}

  static NotificationProperties properties() {
    return properties("en");
  }

  static NotificationProperties properties(String defaultLanguage) {
    return new NotificationProperties(
        FROM, defaultLanguage, "en", Duration.ofMinutes(1), GRACE, CLAIM_TIMEOUT, 100);
  }

  static NotificationTemplates templates() {
    return new NotificationTemplates(properties());
  }

  /** Every value any wording uses. */
  static Map<String, String> values(String title) {
    Map<String, String> values = new HashMap<>();
    values.put(NotificationValues.NUMBER, TICKET);
    values.put(NotificationValues.TITLE, title);
    values.put(NotificationValues.PORTAL_LINK, PORTAL_LINK);
    values.put(NotificationValues.TEXT, "Restart the export service.");
    values.put(NotificationValues.PRIORITY, "P2");
    values.put(NotificationValues.GROUP, "operations");
    values.put(NotificationValues.ASSIGNED_TO, "oscar");
    values.put(NotificationValues.SLA, NotificationValues.SLA_RESOLUTION);
    values.put(NotificationValues.DUE_AT, "2026-11-22T17:00:00+08:00");
    return values;
  }

  /** A notification as the outbox would hold it, with an id, without a database. */
  static Notification notification(
      NotificationEvent event, String language, String recipient, String title, long id) {
    Message message = templates().render(event, language, values(title));
    Notification notification =
        new Notification(
            TICKET,
            event,
            TICKET + ":" + event + ":" + id,
            event.forRequester() ? Audience.REQUESTER : Audience.GROUP,
            event.forRequester() ? null : "operations",
            recipient,
            message,
            Instant.parse("2026-11-22T01:00:00Z"));
    ReflectionTestUtils.setField(notification, "id", id);
    return notification;
  }

  static JavaMailSenderImpl mailSender(int port) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(port);
    sender.setDefaultEncoding("UTF-8");
    Properties timeouts = new Properties();
    timeouts.put("mail.smtp.connectiontimeout", "2000");
    timeouts.put("mail.smtp.timeout", "5000");
    timeouts.put("mail.smtp.writetimeout", "5000");
    sender.setJavaMailProperties(timeouts);
    return sender;
  }

  /** A local port where nothing listens: the mail server is down. */
  static int deadPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A staff directory from maps. */
  static final class FakeStaffDirectory implements StaffDirectory {
    final Map<String, String> emails = new HashMap<>();
    final Map<String, List<String>> groups = new HashMap<>();
    final Map<String, List<String>> managers = new HashMap<>();

    @Override
    public Optional<String> emailOf(String userId) {
      return Optional.ofNullable(emails.get(userId));
    }

    @Override
    public List<String> emailsOfGroup(String groupId) {
      return groups.getOrDefault(groupId, List.of());
    }

    @Override
    public List<String> managersOf(String groupId) {
      return managers.getOrDefault(groupId, List.of());
    }
  }
}
