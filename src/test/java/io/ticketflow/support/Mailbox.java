package io.ticketflow.support;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * What the test mail server received. Notifications leave after the commit that queued them, on the
 * relay's threads: a test waits for the mail it expects instead of reading the box at once.
 */
public final class Mailbox {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private Mailbox() {}

  /** The received messages that match, once at least {@code count} of them have arrived. */
  public static List<MimeMessage> awaitAtLeast(
      GreenMail smtp, int count, Predicate<MimeMessage> matching) {
    Instant giveUp = Instant.now().plus(PATIENCE);
    List<MimeMessage> found;
    do {
      found = Arrays.stream(smtp.getReceivedMessages()).filter(matching).toList();
      if (found.size() >= count) {
        return found;
      }
      pause();
    } while (Instant.now().isBefore(giveUp));
    return found;
  }

  /** The first received message that matches, waiting for it to arrive. */
  public static MimeMessage awaitFirst(GreenMail smtp, Predicate<MimeMessage> matching) {
    List<MimeMessage> found = awaitAtLeast(smtp, 1, matching);
    if (found.isEmpty()) {
      throw new AssertionError("no such mail arrived within " + PATIENCE);
    }
    return found.get(0);
  }

  /** The plain-text part of a notification mail. */
  public static String text(MimeMessage message) {
    try {
      return (String)
          ((jakarta.mail.internet.MimeMultipart) message.getContent()).getBodyPart(0).getContent();
    } catch (jakarta.mail.MessagingException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The subject of a mail. */
  public static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A short pause between two looks at something that happens on another thread. */
  public static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
