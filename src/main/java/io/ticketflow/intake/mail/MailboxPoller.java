package io.ticketflow.intake.mail;

import io.ticketflow.ticket.IdempotencyKeyReusedException;
import io.ticketflow.ticket.IllegalTicketStateException;
import io.ticketflow.ticket.InvalidTicketRequestException;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Fetches new (unseen) mail from the IMAP mailbox and hands each message to {@link
 * MailIntakeService}. A message is marked seen, or moved to the processed folder, only after its
 * ticket, comment or quarantine entry was committed; a message whose handling failed for a passing
 * reason (the database down) stays unseen and is tried again at the next poll.
 */
@Component
public class MailboxPoller {

  private static final Logger LOG = LoggerFactory.getLogger(MailboxPoller.class);

  private final MailIntakeService intake;
  private final MailIntakeProperties properties;

  public MailboxPoller(MailIntakeService intake, MailIntakeProperties properties) {
    this.intake = intake;
    this.properties = properties;
    if (properties.enabled()) {
      LOG.info(
          "E-mail intake is on: {} polled every {}{}",
          properties,
          properties.pollInterval(),
          properties.polling() ? "" : " (scheduled polling off)");
    } else {
      LOG.info("E-mail intake is off: ticketflow.mail-intake.host is not set.");
    }
  }

  /** Runs every {@code ticketflow.mail-intake.poll-interval} when intake and polling are on. */
  @Scheduled(
      fixedDelayString = "${ticketflow.mail-intake.poll-interval:1m}",
      initialDelayString = "${ticketflow.mail-intake.poll-interval:1m}")
  public void scheduledPoll() {
    if (properties.polling()) {
      poll();
    }
  }

  /**
   * Handles up to {@code batch-size} unseen messages.
   *
   * @return how many were handled (and marked)
   */
  public synchronized int poll() {
    if (!properties.enabled()) {
      return 0;
    }
    Session session = Session.getInstance(properties.sessionProperties());
    try (Store store = session.getStore(properties.protocol())) {
      store.connect(
          properties.host(), properties.port(), properties.username(), properties.password());
      try (Folder inbox = store.getFolder(properties.folder())) {
        inbox.open(Folder.READ_WRITE);
        Message[] unseen = inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
        int handled = 0;
        for (Message message :
            Arrays.copyOf(unseen, Math.min(unseen.length, properties.batchSize()))) {
          if (handleOne(store, inbox, message)) {
            handled++;
          }
        }
        if (properties.movesProcessedMail() && handled > 0) {
          inbox.expunge();
        }
        return handled;
      }
    } catch (MessagingException e) {
      LOG.warn("Cannot read the mailbox {}: {}", properties, e.getMessage());
      return 0;
    }
  }

  private boolean handleOne(Store store, Folder inbox, Message message) {
    String ref = reference(inbox, message);
    try {
      MailResult result = deliver(message, ref);
      LOG.debug("Mail {}: {}", ref, result);
      markHandled(store, inbox, message);
      return true;
    } catch (MessagingException | IOException e) {
      LOG.warn("Cannot fetch mail {}; trying again at the next poll: {}", ref, e.getMessage());
    } catch (DataAccessException e) {
      LOG.warn("Cannot store mail {}; trying again at the next poll: {}", ref, e.getMessage());
    } catch (RuntimeException e) {
      LOG.error("Mail {} failed; it stays unseen and is tried again at the next poll", ref, e);
    }
    return false;
  }

  private MailResult deliver(Message message, String ref) throws MessagingException, IOException {
    long limit = properties.maxMessageSize().toBytes();
    int size = message.getSize();
    if (size > limit) {
      return intake.receiveOversized(headers(message), size, ref);
    }
    ByteArrayOutputStream raw = new ByteArrayOutputStream(Math.max(size, 0));
    message.writeTo(raw);
    byte[] bytes = raw.toByteArray();
    if (bytes.length > limit) {
      return intake.receiveOversized(headers(message), bytes.length, ref);
    }
    try {
      return intake.receive(bytes, ref, null);
    } catch (DataAccessException passing) {
      throw passing;
    } catch (RuntimeException withAttachments) {
      // the attachment store may refuse a file and so undo the whole mail: once more without them
      LOG.warn(
          "Mail {} failed ({}); handling it again without its attachments",
          ref,
          withAttachments.getMessage());
      try {
        return intake.receive(bytes, ref, "the first try failed: " + withAttachments.getMessage());
      } catch (InvalidTicketRequestException
          | IllegalTicketStateException
          | IdempotencyKeyReusedException refused) {
        return intake.quarantineRefused(bytes, ref, refused.getMessage());
      }
    }
  }

  private static byte[] headers(Message message) throws MessagingException {
    StringBuilder text = new StringBuilder();
    if (message instanceof MimeMessage mime) {
      for (String line : Collections.list(mime.getAllHeaderLines())) {
        text.append(line).append("\r\n");
      }
    }
    text.append("\r\n");
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void markHandled(Store store, Folder inbox, Message message) throws MessagingException {
    if (properties.movesProcessedMail()) {
      Folder target = store.getFolder(properties.processedFolder());
      if (!target.exists()) {
        target.create(Folder.HOLDS_MESSAGES);
      }
      inbox.copyMessages(new Message[] {message}, target);
      message.setFlag(Flags.Flag.DELETED, true);
    } else {
      message.setFlag(Flags.Flag.SEEN, true);
    }
  }

  private static String reference(Folder folder, Message message) {
    try {
      if (folder instanceof UIDFolder uids) {
        return folder.getFullName() + "/" + uids.getUIDValidity() + "/" + uids.getUID(message);
      }
    } catch (MessagingException e) {
      // fall back to the message number
    }
    return folder.getFullName() + "#" + message.getMessageNumber();
  }
}
