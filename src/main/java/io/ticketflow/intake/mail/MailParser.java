package io.ticketflow.intake.mail;

import io.ticketflow.notification.MailReply;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a raw RFC 5322 message: sender, subject, text, the ids it answers, attachments, and the
 * marks that a machine sent it (RFC 3834 {@code Auto-Submitted}, {@code Precedence}, {@code
 * X-Loop}, {@code List-Id}).
 */
public final class MailParser {

  /** One Message-ID inside a header that may hold several (References) or comments. */
  private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");

  private static final Set<String> BULK_PRECEDENCE = Set.of("bulk", "list", "junk");
  private static final int MAX_NAME = 200;
  private static final int MAX_ADDRESS = 254;
  private static final int MAX_REFERENCES = 50;
  private static final int MAX_DEPTH = 10;

  private final long maxMessageSize;
  private final Session session;

  public MailParser(long maxMessageSize) {
    this.maxMessageSize = maxMessageSize;
    Properties strict = new Properties();
    // a multipart without its boundary is a broken message, not one big text part
    strict.setProperty("mail.mime.multipart.ignoremissingboundaryparameter", "false");
    strict.setProperty("mail.mime.multipart.ignoreexistingboundaryparameter", "false");
    this.session = Session.getInstance(strict);
  }

  /**
   * Reads the message.
   *
   * @throws UnreadableMailException when it is too large, has no usable sender or a broken MIME
   *     structure
   */
  public InboundMail parse(byte[] raw) throws UnreadableMailException {
    if (raw.length > maxMessageSize) {
      throw new UnreadableMailException(
          QuarantineReason.TOO_LARGE,
          "the message has " + raw.length + " bytes; at most " + maxMessageSize + " are read");
    }
    try {
      MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw));
      InternetAddress sender = sender(message);
      String subject = subject(message);
      Body body = new Body();
      body.collect(message, 0);
      String text = body.text();
      String messageId = messageId(message.getHeader("Message-ID", " "));
      String key =
          messageId != null
              ? keyOf(messageId)
              : hash(
                  String.join(
                      "\u0000",
                      "derived",
                      sender.getAddress(),
                      String.valueOf(message.getHeader("Date", " ")),
                      subject,
                      text));
      return new InboundMail(
          key,
          messageId,
          sender.getAddress().toLowerCase(Locale.ROOT),
          displayName(sender),
          subject,
          text,
          references(message),
          automatic(message),
          body.attachments);
    } catch (MessagingException | IOException e) {
      throw new UnreadableMailException(
          QuarantineReason.MALFORMED, "the MIME structure cannot be read: " + e.getMessage(), e);
    }
  }

  /** The key of a message with this Message-ID. */
  public static String keyOf(String messageId) {
    return hash("id\u0000" + messageId);
  }

  /** The key of a message that cannot be read: a hash of its bytes. */
  public static String keyOfUnreadable(byte[] raw) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** A header as sent, or null, for the quarantine's overview of a message it could not read. */
  public static String headerOf(byte[] raw, String name) {
    try {
      MimeMessage message =
          new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
      String value = message.getHeader(name, " ");
      if (value == null) {
        return null;
      }
      try {
        return MimeUtility.decodeText(MimeUtility.unfold(value));
      } catch (UnsupportedEncodingException e) {
        return value;
      }
    } catch (MessagingException e) {
      return null;
    }
  }

  private static InternetAddress sender(MimeMessage message)
      throws MessagingException, UnreadableMailException {
    String from = message.getHeader("From", ",");
    if (from == null || from.isBlank()) {
      throw new UnreadableMailException(QuarantineReason.NO_SENDER, "the message has no From");
    }
    InternetAddress[] addresses;
    try {
      addresses = InternetAddress.parseHeader(from, false);
    } catch (AddressException e) {
      throw new UnreadableMailException(
          QuarantineReason.NO_SENDER, "the From header cannot be read", e);
    }
    if (addresses.length != 1 || !plainAddress(addresses[0].getAddress())) {
      throw new UnreadableMailException(
          QuarantineReason.NO_SENDER, "the From header holds no single usable address");
    }
    return addresses[0];
  }

  /** One {@code local@domain} of printable ASCII, no spaces, within the SMTP length limit. */
  static boolean plainAddress(String address) {
    if (address == null || address.isEmpty() || address.length() > MAX_ADDRESS) {
      return false;
    }
    int at = address.indexOf('@');
    if (at <= 0 || at != address.lastIndexOf('@') || at == address.length() - 1) {
      return false;
    }
    return address.chars().allMatch(c -> c > ' ' && c < 0x7f && "<>,;:\"()[]\\".indexOf(c) < 0);
  }

  private static String displayName(InternetAddress sender) {
    String personal = sender.getPersonal();
    String name =
        personal == null || personal.isBlank()
            ? sender.getAddress().substring(0, sender.getAddress().indexOf('@'))
            : oneLine(personal);
    return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
  }

  private static String subject(MimeMessage message) throws MessagingException {
    String subject = message.getSubject();
    return subject == null ? "" : oneLine(subject);
  }

  private static String oneLine(String text) {
    return text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").replaceAll(" {2,}", " ").strip();
  }

  /** The first Message-ID in the header, when it is one that may be echoed in our headers. */
  static String messageId(String header) {
    if (header == null) {
      return null;
    }
    Matcher id = MESSAGE_ID.matcher(header);
    if (!id.find()) {
      return null;
    }
    return MailReply.isMessageId(id.group()) ? id.group() : null;
  }

  private static List<String> references(MimeMessage message) throws MessagingException {
    Set<String> ids = new LinkedHashSet<>();
    for (String header : List.of("In-Reply-To", "References")) {
      String value = message.getHeader(header, " ");
      if (value == null) {
        continue;
      }
      Matcher id = MESSAGE_ID.matcher(value);
      while (id.find() && ids.size() < MAX_REFERENCES) {
        ids.add(id.group());
      }
    }
    return new ArrayList<>(ids);
  }

  /** Why the message looks machine-sent, or null when a person seems to have written it. */
  static String automatic(MimeMessage message) throws MessagingException {
    String autoSubmitted = token(message.getHeader("Auto-Submitted", ","));
    if (autoSubmitted != null && !"no".equals(autoSubmitted)) {
      return "Auto-Submitted: " + autoSubmitted;
    }
    String precedence = token(message.getHeader("Precedence", ","));
    if (precedence != null && BULK_PRECEDENCE.contains(precedence)) {
      return "Precedence: " + precedence;
    }
    if (message.getHeader("X-Loop") != null) {
      return "X-Loop";
    }
    if (message.getHeader("List-Id") != null) {
      return "List-Id";
    }
    return null;
  }

  /** The header's value without parameters and comments, lower-cased; null when absent. */
  private static String token(String value) {
    if (value == null) {
      return null;
    }
    String bare = value.replaceAll("\\(.*?\\)", "");
    int semicolon = bare.indexOf(';');
    return (semicolon < 0 ? bare : bare.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
  }

  private static String hash(String text) {
    return keyOfUnreadable(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The text parts (plain preferred over HTML) and the attachments of a message. */
  private static final class Body {
    private final StringBuilder plain = new StringBuilder();
    private final StringBuilder html = new StringBuilder();
    private final List<MailAttachment> attachments = new ArrayList<>();

    void collect(Part part, int depth) throws MessagingException, IOException {
      if (depth > MAX_DEPTH) {
        throw new MessagingException("parts nested deeper than " + MAX_DEPTH);
      }
      ContentType type = contentType(part);
      boolean attachment =
          Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
      if (type.match("multipart/*") && !attachment) {
        Object content = part.getContent();
        if (!(content instanceof Multipart multipart)) {
          throw new MessagingException("a multipart without parts");
        }
        for (int i = 0; i < multipart.getCount(); i++) {
          BodyPart child = multipart.getBodyPart(i);
          collect(child, depth + 1);
        }
      } else if (type.match("text/plain") && !attachment) {
        append(plain, text(part));
      } else if (type.match("text/html") && !attachment) {
        append(html, HtmlText.toText(text(part)));
      } else {
        attachments.add(new MailAttachment(filename(part, type), type.getBaseType(), bytes(part)));
      }
    }

    String text() {
      return (plain.length() > 0 ? plain : html).toString().strip();
    }

    private static void append(StringBuilder to, String text) {
      if (text.isBlank()) {
        return;
      }
      if (to.length() > 0) {
        to.append("\n\n");
      }
      to.append(text.strip());
    }

    private static ContentType contentType(Part part) throws MessagingException {
      try {
        String header = part.getContentType();
        return new ContentType(header == null ? "text/plain" : header);
      } catch (ParseException e) {
        throw new MessagingException("unreadable Content-Type", e);
      }
    }

    private static String text(Part part) throws MessagingException, IOException {
      Object content = part.getContent();
      if (content instanceof String text) {
        return text.replace("\r\n", "\n");
      }
      return new String(bytes(part), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Part part) throws MessagingException, IOException {
      try (InputStream in = part.getInputStream()) {
        return in.readAllBytes();
      }
    }

    private static String filename(Part part, ContentType type) throws MessagingException {
      String name = part.getFileName();
      if (name != null) {
        try {
          name = MimeUtility.decodeText(name);
        } catch (UnsupportedEncodingException e) {
          // keep the encoded name: still a name
        }
        // only the last path segment, on one line
        name = oneLine(name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1));
      }
      if (name == null || name.isBlank()) {
        return type.match("message/rfc822") ? "attached-message.eml" : "attachment";
      }
      return name;
    }
  }
}
