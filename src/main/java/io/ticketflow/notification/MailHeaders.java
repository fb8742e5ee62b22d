package io.ticketflow.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What may go into a mail header. Recipients are bare addresses that survive strict parsing
 * unchanged; subjects are one line. Ticket titles and addresses are user input: nothing from them
 * may add a header or a recipient.
 */
final class MailHeaders {

  /** Longest subject kept; also the outbox column's size. */
  static final int MAX_SUBJECT = 300;

  /** Longest address (RFC 5321 path limit). */
  static final int MAX_ADDRESS = 254;

  static final String SEPARATOR = ", ";

  /** Characters that only quoted, commented or listed address forms need. */
  private static final String NOT_IN_BARE_ADDRESS = ",;:<>\"()[]\\";

  private MailHeaders() {}

  /**
   * The address as a recipient, when it is one plain address ({@code name@example.com}): no display
   * name, no list, no comment, no line break, ASCII only.
   */
  static Optional<InternetAddress> recipient(String address) {
    if (address == null || address.isEmpty() || address.length() > MAX_ADDRESS) {
      return Optional.empty();
    }
    for (int i = 0; i < address.length(); i++) {
      char c = address.charAt(i);
      if (c <= ' ' || c >= 0x7f || NOT_IN_BARE_ADDRESS.indexOf(c) >= 0) {
        return Optional.empty();
      }
    }
    try {
      InternetAddress parsed = new InternetAddress(address, true);
      if (!address.equals(parsed.getAddress())
          || parsed.getPersonal() != null
          || address.indexOf('@') <= 0
          || address.indexOf('@') != address.lastIndexOf('@')) {
        return Optional.empty();
      }
      return Optional.of(parsed);
    } catch (AddressException e) {
      return Optional.empty();
    }
  }

  /**
   * The sender from configuration: an address, optionally with a display name ({@code ticketflow
   * <support@example.com>}).
   *
   * @throws IllegalArgumentException when it is not one valid address on one line
   */
  static InternetAddress sender(String from) {
    if (from == null || from.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("not a single-line address: " + from);
    }
    try {
      InternetAddress parsed = new InternetAddress(from, true);
      if (recipient(parsed.getAddress()).isEmpty()) {
        throw new IllegalArgumentException("not a plain address: " + from);
      }
      return parsed;
    } catch (AddressException e) {
      throw new IllegalArgumentException("not a valid address: " + from, e);
    }
  }

  /** A subject on one line, at most {@value #MAX_SUBJECT} characters. */
  static String subject(String text) {
    return Texts.truncate(oneLine(text), MAX_SUBJECT);
  }

  /** The text on one line: control characters and line breaks become spaces, runs collapse. */
  static String oneLine(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder line = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)
          || Character.isWhitespace(c)
          || c == '\u2028'
          || c == '\u2029') {
        space = line.length() > 0;
        continue;
      }
      if (space) {
        line.append(' ');
        space = false;
      }
      line.append(c);
    }
    return line.toString();
  }

  /** The recipients as stored in the outbox: addresses separated by {@value #SEPARATOR}. */
  static String join(List<String> addresses) {
    return String.join(SEPARATOR, addresses);
  }

  static List<String> split(String stored) {
    if (stored == null || stored.isBlank()) {
      return List.of();
    }
    List<String> addresses = new ArrayList<>();
    Arrays.stream(stored.split(","))
        .map(String::trim)
        .filter(a -> !a.isEmpty())
        .forEach(addresses::add);
    return List.copyOf(addresses);
  }
}
