package io.ticketflow.notification;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Delivers notifications as e-mail through Spring Mail: plain text and HTML as
 * multipart/alternative, marked {@code Auto-Submitted: auto-generated} so that auto-responders stay
 * quiet. On only when {@code spring.mail.host} is set (Spring Boot then provides the mail sender).
 */
@Component
public class EmailNotificationSender implements NotificationSender {

  static final String AUTO_SUBMITTED = "Auto-Submitted";
  static final String AUTO_GENERATED = "auto-generated";

  /** Asks Microsoft Exchange and Outlook not to send out-of-office and other automatic replies. */
  static final String AUTO_RESPONSE_SUPPRESS = "X-Auto-Response-Suppress";

  private static final Logger LOG = LoggerFactory.getLogger(EmailNotificationSender.class);

  /** The Message-IDs of our mails: {@code <ticketflow.<notification id>.<number>@<domain>>}. */
  private static final Pattern OUR_MESSAGE_ID =
      Pattern.compile("<ticketflow\\.\\d+\\.([A-Za-z0-9-]+)@([^<>@\\s]+)>");

  private static final String UTF_8 = StandardCharsets.UTF_8.name();

  private final Optional<JavaMailSender> mail;
  private final InternetAddress from;

  @Autowired
  public EmailNotificationSender(
      ObjectProvider<JavaMailSender> mail, NotificationProperties properties) {
    this(mail.getIfAvailable(), properties);
  }

  EmailNotificationSender(JavaMailSender mail, NotificationProperties properties) {
    this.mail = Optional.ofNullable(mail);
    this.from = MailHeaders.sender(properties.from());
    if (mail == null) {
      LOG.info(
          "E-mail notifications are off: mail is not configured (spring.mail.host is not set)."
              + " Notifications stay PENDING and are readable in the app.");
    } else {
      LOG.info("E-mail notifications are on, sent as {}", from);
    }
  }

  @Override
  public boolean isEnabled() {
    return mail.isPresent();
  }

  @Override
  public void send(Notification notification) {
    JavaMailSender sender =
        mail.orElseThrow(() -> new IllegalStateException("mail is not configured"));
    List<InternetAddress> to = recipients(notification);
    MimeMessage message = sender.createMimeMessage();
    try {
      compose(message, notification, to);
    } catch (MessagingException e) {
      throw new UndeliverableNotificationException(
          "the message cannot be composed: " + e.getMessage(), e);
    }
    try {
      sender.send(message);
    } catch (MailSendException e) {
      if (refusedRecipients(e)) {
        throw new UndeliverableNotificationException(
            "the mail server refused the recipient: " + e.getMessage(), e);
      }
      throw e;
    }
  }

  private void compose(MimeMessage message, Notification notification, List<InternetAddress> to)
      throws MessagingException {
    message.setFrom(from);
    message.setRecipients(Message.RecipientType.TO, to.toArray(new InternetAddress[0]));
    message.setSubject(MailHeaders.subject(notification.getSubject()), UTF_8);
    message.setHeader(AUTO_SUBMITTED, AUTO_GENERATED);
    message.setHeader(AUTO_RESPONSE_SUPPRESS, "All");
    // The same id on a repeated send lets mail clients recognise the duplicate.
    message.setHeader("Message-ID", messageId(notification));
    Optional<String> answered = notification.getInReplyTo().filter(MailReply::isMessageId);
    if (answered.isPresent()) {
      // the requester's mail client shows the message in the thread of the mail it answers
      message.setHeader("In-Reply-To", answered.get());
      message.setHeader("References", answered.get());
    }
    message.setContentLanguage(new String[] {notification.getLanguage()});

    MimeMultipart alternative = new MimeMultipart("alternative");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(notification.getBody(), UTF_8, "plain");
    alternative.addBodyPart(text);
    Optional<String> html = notification.getBodyHtml();
    if (html.isPresent()) {
      MimeBodyPart part = new MimeBodyPart();
      part.setText(html.get(), UTF_8, "html");
      alternative.addBodyPart(part);
    }
    message.setContent(alternative);
  }

  private String messageId(Notification notification) {
    String ticket = notification.getTicketNumber().replaceAll("[^A-Za-z0-9-]", "");
    return "<ticketflow." + notification.getId() + "." + ticket + "@" + domainOf(from) + ">";
  }

  /**
   * The ticket (or incident) number in a Message-ID that this sender gave one of its mails, sent as
   * {@code from}; empty for any other id. Replies name it in {@code In-Reply-To} and {@code
   * References}.
   */
  public static Optional<String> numberInMessageId(String messageId, String from) {
    if (messageId == null) {
      return Optional.empty();
    }
    Matcher ours = OUR_MESSAGE_ID.matcher(messageId.strip());
    if (!ours.matches() || !ours.group(2).equalsIgnoreCase(domainOf(MailHeaders.sender(from)))) {
      return Optional.empty();
    }
    return Optional.of(ours.group(1));
  }

  private static String domainOf(InternetAddress address) {
    String text = address.getAddress();
    return text.substring(text.indexOf('@') + 1);
  }

  private static List<InternetAddress> recipients(Notification notification) {
    List<String> addresses = notification.getRecipients();
    if (addresses.isEmpty()) {
      throw new UndeliverableNotificationException("no e-mail address to send to");
    }
    List<InternetAddress> valid = new ArrayList<>();
    for (String address : addresses) {
      valid.add(
          MailHeaders.recipient(address)
              .orElseThrow(
                  () ->
                      new UndeliverableNotificationException(
                          "the recipient is not a valid e-mail address")));
    }
    return valid;
  }

  /**
   * True when the server refused every recipient permanently (5xx: unknown mailbox); then sending
   * again cannot help. Temporary refusals (4xx) and connection failures are worth a retry.
   */
  static boolean refusedRecipients(MailSendException e) {
    if (e.getFailedMessages().isEmpty()) {
      return false;
    }
    return e.getFailedMessages().values().stream()
        .allMatch(
            failure ->
                failure instanceof SendFailedException refused
                    && length(refused.getInvalidAddresses()) > 0
                    && length(refused.getValidUnsentAddresses()) == 0
                    && length(refused.getValidSentAddresses()) == 0);
  }

  private static int length(Object[] addresses) {
    return addresses == null ? 0 : addresses.length;
  }
}
