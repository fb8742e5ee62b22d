package io.ticketflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.util.ReflectionTestUtils;

class EmailNotificationSenderTest {

  private static final String REQUESTER = "zhang.san@example.com";

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private EmailNotificationSender sender;

  @BeforeEach
  void sender() {
    sender =
        new EmailNotificationSender(
            TestOutbox.mailSender(SMTP.getSmtp().getPort()), TestOutbox.properties());
  }

  static Stream<Arguments> eventsAndLanguages() {
    return Arrays.stream(NotificationEvent.values())
        .flatMap(
            event ->
                NotificationTemplates.LANGUAGES.stream().map(lang -> Arguments.of(event, lang)));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("eventsAndLanguages")
  void everyEventIsMailedAsTextAndHtmlAlternativesInItsLanguage(
      NotificationEvent event, String language) throws Exception {
    Notification notification =
        TestOutbox.notification(event, language, REQUESTER, "Printer offline", 42);

    sender.send(notification);

    MimeMessage mail = single();
    assertThat(mail.getSubject()).isEqualTo(notification.getSubject());
    if (event != NotificationEvent.SIGN_IN_LINK) {
      // the sign-in link is about all of a requester's tickets, not one
      assertThat(mail.getSubject()).contains(TestOutbox.TICKET);
    }
    assertThat(mail.getFrom()).containsExactly(new InternetAddress(TestOutbox.FROM));
    assertThat(mail.getRecipients(Message.RecipientType.TO))
        .containsExactly(new InternetAddress(REQUESTER));
    assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
    assertThat(mail.getHeader("X-Auto-Response-Suppress")).containsExactly("All");
    assertThat(mail.getContentLanguage()).containsExactly(language);
    assertThat(mail.getMessageID())
        .isEqualTo("<ticketflow.42." + TestOutbox.TICKET + "@ticketflow.example>");
    assertThat(mail.getContentType()).startsWith("multipart/alternative");
    assertThat(part(mail, 0).getContentType())
        .startsWith("text/plain")
        .containsIgnoringCase("utf-8");
    assertThat(part(mail, 1).getContentType())
        .startsWith("text/html")
        .containsIgnoringCase("utf-8");
    assertThat(text(mail, 0)).isEqualToIgnoringNewLines(notification.getBody());
    assertThat(text(mail, 1)).contains("<html lang=\"" + language + "\">");
    if (event != NotificationEvent.SIGN_IN_LINK) {
      assertThat(text(mail, 1)).contains("Printer offline", TestOutbox.TICKET);
    }
  }

  @Test
  void acknowledgementCarriesNumberAndPortalLinkInBothParts() throws Exception {
    sender.send(
        TestOutbox.notification(
            NotificationEvent.TICKET_ACKNOWLEDGED, "en", REQUESTER, "Printer offline", 1));

    MimeMessage mail = single();
    assertThat(mail.getSubject()).isEqualTo("[TS20261122-0001] We received your request");
    assertThat(text(mail, 0))
        .contains("registered it as ticket TS20261122-0001", TestOutbox.PORTAL_LINK);
    assertThat(text(mail, 1)).contains("<a href=\"" + TestOutbox.PORTAL_LINK + "\">");
  }

  @Test
  void chineseMailIsReadableAfterTransport() throws Exception {
    sender.send(
        TestOutbox.notification(NotificationEvent.WAITING_FOR_YOU, "zh-CN", REQUESTER, "打印机离线", 2));

    MimeMessage mail = single();
    assertThat(mail.getSubject()).isEqualTo("[TS20261122-0001] 需要您的答复");
    assertThat(text(mail, 0)).contains("“打印机离线”", "我们需要您答复以下问题");
    assertThat(text(mail, 1)).contains("请在这里回复");
  }

  @Test
  void scriptInTheTitleArrivesEscapedInTheHtmlPart() throws Exception {
    sender.send(
        TestOutbox.notification(
            NotificationEvent.TICKET_ACKNOWLEDGED,
            "en",
            REQUESTER,
            "<script>alert(document.cookie)</script>",
            3));

    MimeMessage mail = single();
    assertThat(text(mail, 1))
        .doesNotContain("<script>")
        .contains("&lt;script&gt;alert(document.cookie)&lt;/script&gt;");
    assertThat(text(mail, 0)).contains("<script>alert(document.cookie)</script>");
  }

  @Test
  void lineBreaksInTheStoredSubjectCannotAddHeadersOrRecipients() throws Exception {
    Notification notification =
        TestOutbox.notification(
            NotificationEvent.TICKET_ACKNOWLEDGED, "en", REQUESTER, "Printer offline", 4);
    ReflectionTestUtils.setField(
        notification, "subject", "Hello\r\nBcc: eve@evil.example\r\nX-Injected: yes");

    sender.send(notification);

    MimeMessage mail = single();
    assertThat(SMTP.getReceivedMessages()).hasSize(1);
    assertThat(mail.getSubject()).isEqualTo("Hello Bcc: eve@evil.example X-Injected: yes");
    assertThat(mail.getHeader("Subject")).singleElement().asString().doesNotContain("\r", "\n");
    assertThat(mail.getHeader("X-Injected")).isNull();
    assertThat(mail.getAllRecipients()).containsExactly(new InternetAddress(REQUESTER));
  }

  @Test
  void recipientThatIsNoPlainAddressIsUndeliverableAndNothingIsSent() {
    for (String recipient :
        new String[] {
          "13800138000", REQUESTER + "\r\nBcc: eve@evil.example", "Eve <eve@x.example>"
        }) {
      Notification notification =
          TestOutbox.notification(
              NotificationEvent.TICKET_ACKNOWLEDGED, "en", recipient, "Printer offline", 5);
      assertThatThrownBy(() -> sender.send(notification))
          .isInstanceOf(UndeliverableNotificationException.class)
          .hasMessageNotContaining("eve")
          .hasMessageContaining("not a valid e-mail address");
    }
    assertThat(SMTP.getReceivedMessages()).isEmpty();
  }

  @Test
  void notificationWithoutAddressIsUndeliverable() {
    Notification notification =
        TestOutbox.notification(NotificationEvent.SLA_BREACHED, "en", null, "VPN down", 6);
    assertThatThrownBy(() -> sender.send(notification))
        .isInstanceOf(UndeliverableNotificationException.class)
        .hasMessageContaining("no e-mail address");
  }

  @Test
  void staffNotificationGoesToEveryRecipientInOneMessage() throws Exception {
    sender.send(
        TestOutbox.notification(
            NotificationEvent.SLA_WARNING,
            "en",
            "oscar@ticketflow.example, olga@ticketflow.example",
            "VPN down",
            7));

    assertThat(SMTP.waitForIncomingEmail(5000, 2)).isTrue();
    MimeMessage mail = SMTP.getReceivedMessages()[0];
    assertThat(mail.getRecipients(Message.RecipientType.TO))
        .containsExactly(
            new InternetAddress("oscar@ticketflow.example"),
            new InternetAddress("olga@ticketflow.example"));
    assertThat(mail.getSubject()).startsWith("[TS20261122-0001] SLA warning: resolution due at");
  }

  @Test
  void mailServerDownIsAFailureWorthARetry() {
    EmailNotificationSender down =
        new EmailNotificationSender(
            TestOutbox.mailSender(TestOutbox.deadPort()), TestOutbox.properties());
    Notification notification =
        TestOutbox.notification(
            NotificationEvent.TICKET_CLOSED, "en", REQUESTER, "Printer offline", 8);

    assertThatThrownBy(() -> down.send(notification))
        .isInstanceOf(MailException.class)
        .isNotInstanceOf(UndeliverableNotificationException.class);
  }

  @Test
  void onlyRecipientsRefusedForGoodAreUndeliverable() throws Exception {
    Address address = new InternetAddress(REQUESTER);
    Address[] none = new Address[0];
    Address[] one = {address};
    MailSendException unknownMailbox =
        new MailSendException(
            Map.of(
                new Object(), new SendFailedException("Invalid Addresses", null, none, none, one)));
    MailSendException mailboxBusy =
        new MailSendException(
            Map.of(new Object(), new SendFailedException("Try later", null, none, one, none)));
    MailSendException connectionFailed =
        new MailSendException("Mail server connection failed", new MessagingException("refused"));
    MailSendException otherFailure =
        new MailSendException(Map.of(new Object(), new MessagingException("451 local error")));

    assertThat(EmailNotificationSender.refusedRecipients(unknownMailbox)).isTrue();
    assertThat(EmailNotificationSender.refusedRecipients(mailboxBusy)).isFalse();
    assertThat(EmailNotificationSender.refusedRecipients(connectionFailed)).isFalse();
    assertThat(EmailNotificationSender.refusedRecipients(otherFailure)).isFalse();
  }

  @Test
  void withoutMailServerSettingsEmailIsOff() {
    EmailNotificationSender off =
        new EmailNotificationSender((JavaMailSender) null, TestOutbox.properties());
    Notification notification =
        TestOutbox.notification(
            NotificationEvent.TICKET_CLOSED, "en", REQUESTER, "Printer offline", 9);

    assertThat(off.isEnabled()).isFalse();
    assertThat(sender.isEnabled()).isTrue();
    assertThatThrownBy(() -> off.send(notification)).isInstanceOf(IllegalStateException.class);
  }

  private static MimeMessage single() {
    assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).hasSize(1);
    return received[0];
  }

  private static BodyPart part(MimeMessage mail, int index) throws MessagingException, IOException {
    MimeMultipart alternative = (MimeMultipart) mail.getContent();
    assertThat(alternative.getCount()).isEqualTo(2);
    return alternative.getBodyPart(index);
  }

  private static String text(MimeMessage mail, int index) throws MessagingException, IOException {
    return (String) part(mail, index).getContent();
  }
}
