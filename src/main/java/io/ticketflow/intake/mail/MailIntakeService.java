package io.ticketflow.intake.mail;

import io.ticketflow.audit.AuditAction;
import io.ticketflow.audit.AuditService;
import io.ticketflow.intake.IntakeResult;
import io.ticketflow.intake.TicketDraft;
import io.ticketflow.intake.TicketIntakeService;
import io.ticketflow.notification.EmailNotificationSender;
import io.ticketflow.notification.NotificationProperties;
import io.ticketflow.ticket.AttachmentProperties;
import io.ticketflow.ticket.AttachmentService;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.IdempotencyKeyReusedException;
import io.ticketflow.ticket.Impact;
import io.ticketflow.ticket.ReplyThread;
import io.ticketflow.ticket.Requester;
import io.ticketflow.ticket.Subcategory;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketComment;
import io.ticketflow.ticket.TicketService;
import io.ticketflow.ticket.TicketStatus;
import io.ticketflow.ticket.Urgency;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns one received mail into a ticket, a requester's comment, or a quarantine entry, in one
 * transaction with the record that the mail was handled: the same mail never makes two tickets or
 * two comments, however often it is fetched.
 *
 * <p>The rules: a mail that answers a ticket (its number in the subject, or one of our Message-IDs,
 * or the opening mail's, in {@code In-Reply-To}/{@code References}) from the ticket's requester
 * becomes their public comment while the ticket is open; after it closed, a follow-up ticket within
 * {@code reopen-window} (same classification, linked), else a new ticket naming the old one. An
 * answer from anyone else is quarantined. Any other mail opens a ticket with the configured
 * classification, up to {@code sender-daily-limit} per sender in 24 hours. Mail from an automatic
 * sender is handled alike but never acknowledged and never wakes a waiting process; mail from our
 * own address is dropped.
 */
@Service
public class MailIntakeService {

  /** The idempotency scope of tickets opened from mail. */
  static final String SCOPE = "mail";

  private static final Logger LOG = LoggerFactory.getLogger(MailIntakeService.class);
  private static final Pattern TICKET_NUMBER = Pattern.compile("TS\\d{8}-\\d{4,}");
  private static final Duration SENDER_WINDOW = Duration.ofHours(24);
  private static final List<MailOutcome> OPENS_TICKET =
      List.of(MailOutcome.TICKET, MailOutcome.FOLLOW_UP);
  private static final int MAX_TITLE = 200;
  private static final int MAX_DESCRIPTION = 20000;
  private static final int MAX_UPLOADER = 64;
  private static final String NO_TEXT = "(The e-mail had no text.)";
  private static final String UNKNOWN_SENDER = "(unknown)";

  /** The audit trail's target type for the mail quarantine. */
  static final String QUARANTINE = "MAIL_QUARANTINE";

  private final TicketIntakeService intake;
  private final TicketService tickets;
  private final ProcessedMailRepository processed;
  private final QuarantinedMailRepository quarantine;
  private final MailIntakeProperties properties;
  private final AttachmentService attachments;
  private final AttachmentProperties attachmentLimits;
  private final AuditService audit;
  private final Clock clock;
  private final MailParser parser;
  private final String from;
  private final String ownAddress;

  public MailIntakeService(
      TicketIntakeService intake,
      TicketService tickets,
      ProcessedMailRepository processed,
      QuarantinedMailRepository quarantine,
      MailIntakeProperties properties,
      NotificationProperties notifications,
      AttachmentService attachments,
      AttachmentProperties attachmentLimits,
      AuditService audit,
      Clock clock) {
    this.intake = intake;
    this.tickets = tickets;
    this.processed = processed;
    this.quarantine = quarantine;
    this.properties = properties;
    this.attachments = attachments;
    this.attachmentLimits = attachmentLimits;
    this.audit = audit;
    this.clock = clock;
    this.parser = new MailParser(properties.maxMessageSize().toBytes());
    this.from = notifications.from();
    this.ownAddress = addressOf(notifications.from());
  }

  /**
   * Handles one received mail.
   *
   * @param mailboxRef where the original is ({@code folder/uid}), kept with a quarantine entry
   * @param attachmentsRefused null to keep the attachments on the ticket; otherwise why they stay
   *     in the mailbox (a second try, after the attachment store refused one and so undid the
   *     first)
   */
  @Transactional
  public MailResult receive(byte[] raw, String mailboxRef, String attachmentsRefused) {
    InboundMail mail;
    try {
      mail = parser.parse(raw);
    } catch (UnreadableMailException unreadable) {
      return quarantineUnread(
          raw, raw.length, mailboxRef, unreadable.reason(), unreadable.getMessage());
    }
    Optional<ProcessedMail> earlier = processed.findByKey(mail.key());
    if (earlier.isPresent()) {
      LOG.info("Mail {} was handled before; nothing new", mail.messageId());
      return MailResult.of(MailOutcome.DUPLICATE, earlier.get().getTicketNumber().orElse(null));
    }
    return handle(mail, raw, mailboxRef, attachmentsRefused, null);
  }

  /** A mail too large to fetch: its headers go to the quarantine, with where the original is. */
  @Transactional
  public MailResult receiveOversized(byte[] headers, long size, String mailboxRef) {
    return quarantineUnread(
        headers,
        size,
        mailboxRef,
        QuarantineReason.TOO_LARGE,
        "the message has "
            + size
            + " bytes; at most "
            + properties.maxMessageSize().toBytes()
            + " are read; only its headers are kept here");
  }

  /** A readable mail that the ticket store refused (a rule broken): put aside for an agent. */
  @Transactional
  public MailResult quarantineRefused(byte[] raw, String mailboxRef, String why) {
    try {
      InboundMail mail = parser.parse(raw);
      if (processed.existsByKey(mail.key())) {
        return MailResult.of(MailOutcome.DUPLICATE, null);
      }
      return quarantine(mail, raw, mailboxRef, QuarantineReason.REFUSED, why);
    } catch (UnreadableMailException unreadable) {
      return quarantineUnread(
          raw, raw.length, mailboxRef, unreadable.reason(), unreadable.getMessage());
    }
  }

  /**
   * The quarantine, newest first. It shows senders and subjects of mail that is no ticket, so each
   * read that shows any is recorded in the audit trail ({@code QUARANTINED_MAIL_READ}) with the
   * reader and the entries shown.
   *
   * @param reader who reads
   * @param clientAddress where the request came from, when known
   */
  @Transactional
  public List<QuarantineEntry> quarantined(
      boolean includeReleased, int page, int size, String reader, String clientAddress) {
    List<QuarantineStatus> statuses =
        includeReleased ? List.of(QuarantineStatus.values()) : List.of(QuarantineStatus.HELD);
    List<QuarantineEntry> entries = quarantine.list(statuses, PageRequest.of(page, size));
    if (!entries.isEmpty()) {
      audit.record(
          AuditAction.QUARANTINED_MAIL_READ,
          reader,
          QUARANTINE,
          null,
          (includeReleased ? "all mail" : "held mail")
              + ", page "
              + page
              + ": entries "
              + entries.stream().map(e -> String.valueOf(e.id())).collect(Collectors.joining(", ")),
          clientAddress);
    }
    return entries;
  }

  /**
   * An agent lets a quarantined mail through: it is handled as if it had just come, except that the
   * sender limit and the requester check no longer hold it back.
   *
   * @throws QuarantinedMailNotFoundException when there is no such entry
   * @throws IllegalQuarantineStateException when it was released already or cannot be read
   */
  @Transactional
  public MailResult release(long id, String actor) {
    QuarantinedMail held =
        quarantine.findById(id).orElseThrow(() -> new QuarantinedMailNotFoundException(id));
    if (held.getStatus() == QuarantineStatus.RELEASED) {
      throw new IllegalQuarantineStateException(
          "Quarantined mail " + id + " was released already.");
    }
    if (!held.getReason().releasable()) {
      throw new IllegalQuarantineStateException(
          "Quarantined mail "
              + id
              + " cannot be read ("
              + held.getReason()
              + "); open the original in the mailbox and log the request by hand.");
    }
    InboundMail mail;
    try {
      mail = parser.parse(held.getRaw());
    } catch (UnreadableMailException unreadable) {
      throw new IllegalQuarantineStateException(
          "Quarantined mail " + id + " cannot be read: " + unreadable.getMessage());
    }
    MailResult result = handle(mail, held.getRaw(), held.getMailboxRef().orElse(null), null, actor);
    held.release(actor, result.ticketNumber(), clock.instant());
    LOG.info("Quarantined mail {} released by {}: {}", id, actor, result);
    return result;
  }

  // --- the rules ----------------------------------------------------------------------------

  private MailResult handle(
      InboundMail mail,
      byte[] raw,
      String mailboxRef,
      String attachmentsRefused,
      String releasedBy) {
    if (mail.senderAddress().equals(ownAddress)) {
      LOG.info(
          "Dropped mail {} from our own address {}: never a request", mail.messageId(), ownAddress);
      record(mail, MailOutcome.DROPPED, null);
      return MailResult.of(MailOutcome.DROPPED, null);
    }
    Optional<Ticket> answered = answeredTicket(mail);
    if (answered.isEmpty()) {
      return open(mail, newRequest(mail), raw, mailboxRef, attachmentsRefused, releasedBy);
    }
    Ticket ticket = answered.get();
    boolean fromRequester = mail.senderAddress().equalsIgnoreCase(ticket.getRequester().getEmail());
    if (!fromRequester && releasedBy == null) {
      return quarantine(
          mail,
          raw,
          mailboxRef,
          QuarantineReason.FOREIGN_REPLY,
          "answers ticket "
              + ticket.getNumber()
              + " but comes from "
              + mail.senderAddress()
              + ", not from the ticket's requester");
    }
    if (ticket.getStatus().isOpen()) {
      return comment(mail, ticket, attachmentsRefused);
    }
    return followUp(mail, ticket, raw, mailboxRef, attachmentsRefused, releasedBy);
  }

  private MailResult comment(InboundMail mail, Ticket ticket, String attachmentsRefused) {
    String body = textOr(ReplyText.withoutQuote(mail.text()));
    // an auto-responder's answer is kept, but it is not the requester's answer to a question
    boolean wakes = mail.automaticReason().isEmpty();
    TicketComment reply =
        tickets.addRequesterMailReply(
            ticket.getNumber(), MailText.cut(body, MAX_DESCRIPTION), mail.sender(), wakes);
    keepAttachments(ticket, reply.getId(), mail, attachmentsRefused);
    record(mail, MailOutcome.COMMENT, ticket.getNumber());
    LOG.info("Mail {} added as a comment to {}", mail.messageId(), ticket.getNumber());
    return MailResult.of(MailOutcome.COMMENT, ticket.getNumber());
  }

  /**
   * A reply to a ticket that is no longer open. The process of a closed ticket has ended and a
   * closed ticket cannot move back to work, so the reply opens a new ticket: within the reopen
   * window as a linked follow-up with the old classification, later as a fresh request that names
   * the old ticket.
   */
  private MailResult followUp(
      InboundMail mail,
      Ticket closed,
      byte[] raw,
      String mailboxRef,
      String attachmentsRefused,
      String releasedBy) {
    Instant closedAt = closed.getClosedAt().orElse(closed.getUpdatedAt());
    // an archived ticket was closed first: its reply is treated as one to a closed ticket
    boolean closedOrArchived =
        closed.getStatus() == TicketStatus.CLOSED || closed.getStatus() == TicketStatus.ARCHIVED;
    boolean recent =
        closedOrArchived && !closedAt.plus(properties.reopenWindow()).isBefore(clock.instant());
    String text = textOr(ReplyText.withoutQuote(mail.text()));
    String when = tickets.formatDue(closedAt);
    if (!recent) {
      String description =
          "Refers to the earlier ticket "
              + closed.getNumber()
              + " ("
              + (closedOrArchived ? "closed" : closed.getStatus().name().toLowerCase(Locale.ROOT))
              + " "
              + when
              + ").\n\n"
              + text;
      return open(
          mail,
          newRequest(mail).withDescription(description),
          raw,
          mailboxRef,
          attachmentsRefused,
          releasedBy);
    }
    String description = "Follow-up of " + closed.getNumber() + ", closed " + when + ".\n\n" + text;
    Requester requester = closed.getRequester();
    Request request =
        new Request(
            title(mail),
            description,
            closed.getCategory(),
            closed.getSubcategory(),
            closed.getUrgency(),
            closed.getImpact(),
            requester.getName(),
            mail.senderAddress(),
            requester.getPhone(),
            requester.getDepartment(),
            requester.getEmployeeId(),
            closed.getLanguage().orElse(null));
    MailResult opened = open(mail, request, raw, mailboxRef, attachmentsRefused, releasedBy);
    if (opened.outcome() == MailOutcome.TICKET) {
      tickets.recordFollowUp(closed.getNumber(), opened.ticketNumber(), mail.senderAddress());
      record(mail, MailOutcome.FOLLOW_UP, opened.ticketNumber());
      return MailResult.of(MailOutcome.FOLLOW_UP, opened.ticketNumber());
    }
    return opened;
  }

  private MailResult open(
      InboundMail mail,
      Request request,
      byte[] raw,
      String mailboxRef,
      String attachmentsRefused,
      String releasedBy) {
    if (releasedBy == null && overDailyLimit(mail.senderAddress())) {
      return quarantine(
          mail,
          raw,
          mailboxRef,
          QuarantineReason.SENDER_LIMIT,
          mail.senderAddress()
              + " opened "
              + properties.senderDailyLimit()
              + " tickets by mail in the last 24 hours already");
    }
    ReplyThread thread = new ReplyThread(mail.messageId(), mail.automaticReason().isEmpty());
    IntakeResult result;
    try {
      result = intake.submit(request.toDraft(), mail.key(), SCOPE, thread);
    } catch (IdempotencyKeyReusedException sameKeyOtherContent) {
      // the same mail made a ticket before, read differently: it is still the same mail
      LOG.info("Mail {} made a ticket before; nothing new", mail.messageId());
      record(mail, MailOutcome.DUPLICATE, null);
      return MailResult.of(MailOutcome.DUPLICATE, null);
    }
    String number = result.ticket().getNumber();
    if (!result.created()) {
      record(mail, MailOutcome.TICKET, number);
      return MailResult.of(MailOutcome.DUPLICATE, number);
    }
    keepAttachments(result.ticket(), null, mail, attachmentsRefused);
    record(mail, MailOutcome.TICKET, number);
    LOG.info(
        "Mail {} opened ticket {}{}",
        mail.messageId(),
        number,
        mail.automaticReason()
            .map(why -> " (automatic mail, " + why + ": not acknowledged)")
            .orElse(""));
    return MailResult.of(MailOutcome.TICKET, number);
  }

  private boolean overDailyLimit(String sender) {
    long opened =
        processed.countBySenderAndOutcomeInAndReceivedAtAfter(
            sender, OPENS_TICKET, clock.instant().minus(SENDER_WINDOW));
    return opened >= properties.senderDailyLimit();
  }

  /**
   * The ticket the mail answers: one of our Message-IDs or the opening mail's among the ids it
   * answers, else a ticket number in its subject.
   */
  private Optional<Ticket> answeredTicket(InboundMail mail) {
    Set<String> numbers = new LinkedHashSet<>();
    List<String> keys = new ArrayList<>();
    for (String id : mail.referencedIds()) {
      EmailNotificationSender.numberInMessageId(id, from).ifPresent(numbers::add);
      keys.add(MailParser.keyOf(id));
    }
    if (!keys.isEmpty()) {
      processed.findByKeyInAndTicketNumberNotNull(keys).stream()
          .map(ProcessedMail::getTicketNumber)
          .flatMap(Optional::stream)
          .forEach(numbers::add);
    }
    Matcher inSubject = TICKET_NUMBER.matcher(mail.subject());
    while (inSubject.find()) {
      numbers.add(inSubject.group());
    }
    return numbers.stream().map(tickets::find).flatMap(Optional::stream).findFirst();
  }

  /**
   * Puts the mail's files on the ticket through the attachment store. Files over the store's size
   * or count limits stay in the mailbox and are listed in a staff note instead. The store may still
   * refuse a file (its type), which undoes the whole mail: the poller then hands it in again with
   * {@code attachmentsRefused}, and the files are only listed.
   */
  private void keepAttachments(
      Ticket ticket, Long commentId, InboundMail mail, String attachmentsRefused) {
    if (mail.attachments().isEmpty()) {
      return;
    }
    boolean fromRequester = mail.senderAddress().equalsIgnoreCase(ticket.getRequester().getEmail());
    long carried = attachmentsRefused == null ? attachments.list(ticket).size() : 0;
    List<String> notKept = new ArrayList<>();
    for (MailAttachment attachment : mail.attachments()) {
      String name = attachment.filename() + " (" + attachment.size() + " bytes)";
      if (attachmentsRefused != null) {
        notKept.add(name);
      } else if (attachment.size() == 0) {
        notKept.add(name + ": empty");
      } else if (attachment.size() > attachmentLimits.maxSize().toBytes()) {
        notKept.add(name + ": larger than " + attachmentLimits.maxSize().toMegabytes() + " MB");
      } else if (carried >= attachmentLimits.maxPerTicket()) {
        notKept.add(
            name + ": the ticket carries " + attachmentLimits.maxPerTicket() + " files already");
      } else {
        if (fromRequester) {
          attachments.storeFromRequester(
              ticket.getNumber(), commentId, attachment.filename(), attachment.content());
        } else {
          // let through by an agent: kept as the sender's
          attachments.store(
              ticket.getNumber(),
              commentId,
              attachment.filename(),
              attachment.content(),
              MailText.cut(mail.senderAddress(), MAX_UPLOADER));
        }
        carried++;
      }
    }
    if (!notKept.isEmpty()) {
      tickets.addSystemNote(
          ticket.getNumber(),
          "Files of the e-mail from "
              + mail.senderAddress()
              + " not kept on the ticket; the original stays in the mailbox"
              + (attachmentsRefused == null ? "" : " (" + attachmentsRefused + ")")
              + ":\n- "
              + String.join("\n- ", notKept));
    }
  }

  // --- the record of handled mail and the quarantine ------------------------------------------

  private void record(InboundMail mail, MailOutcome outcome, String number) {
    Optional<ProcessedMail> earlier = processed.findByKey(mail.key());
    if (earlier.isPresent()) {
      earlier.get().settle(outcome, number);
      return;
    }
    processed.save(
        new ProcessedMail(
            mail.key(),
            mail.messageId(),
            mail.senderAddress(),
            mail.subject(),
            mail.automatic(),
            outcome,
            number,
            clock.instant()));
  }

  private MailResult quarantine(
      InboundMail mail, byte[] raw, String mailboxRef, QuarantineReason reason, String detail) {
    QuarantinedMail held =
        quarantine.save(
            new QuarantinedMail(
                mail.key(),
                reason,
                detail,
                mail.senderAddress(),
                mail.subject(),
                mail.messageId(),
                mailboxRef,
                raw.length,
                raw,
                clock.instant()));
    record(mail, MailOutcome.QUARANTINED, null);
    LOG.warn("Mail {} quarantined ({}): {}", mail.messageId(), reason, detail);
    return new MailResult(MailOutcome.QUARANTINED, null, held.getId());
  }

  private MailResult quarantineUnread(
      byte[] raw, long size, String mailboxRef, QuarantineReason reason, String detail) {
    String key = MailParser.keyOfUnreadable(raw);
    if (processed.existsByKey(key)) {
      return MailResult.of(MailOutcome.DUPLICATE, null);
    }
    String sender = MailParser.headerOf(raw, "From");
    String subject = MailParser.headerOf(raw, "Subject");
    String messageId = MailParser.headerOf(raw, "Message-ID");
    QuarantinedMail held =
        quarantine.save(
            new QuarantinedMail(
                key,
                reason,
                detail,
                sender,
                subject,
                messageId,
                mailboxRef,
                size,
                raw,
                clock.instant()));
    processed.save(
        new ProcessedMail(
            key,
            MailText.cut(messageId, 1000),
            sender == null || sender.isBlank() ? UNKNOWN_SENDER : sender,
            subject,
            null,
            MailOutcome.QUARANTINED,
            null,
            clock.instant()));
    LOG.warn("Mail {} quarantined ({}): {}", mailboxRef, reason, detail);
    return new MailResult(MailOutcome.QUARANTINED, null, held.getId());
  }

  // --- requests ---------------------------------------------------------------------------

  private Request newRequest(InboundMail mail) {
    return new Request(
        title(mail),
        MailText.cut(textOr(mail.text()), MAX_DESCRIPTION),
        properties.category(),
        properties.subcategory(),
        properties.urgency(),
        Impact.INDIVIDUAL,
        mail.senderName(),
        mail.senderAddress(),
        null,
        null,
        null,
        null);
  }

  private static String title(InboundMail mail) {
    String subject = mail.subject().isBlank() ? "(no subject)" : mail.subject();
    return MailText.cut(subject, MAX_TITLE);
  }

  private static String textOr(String text) {
    return text == null || text.isBlank() ? NO_TEXT : text;
  }

  private static String addressOf(String configured) {
    try {
      return new InternetAddress(configured, true).getAddress().toLowerCase(Locale.ROOT);
    } catch (AddressException e) {
      // NotificationProperties refuses an invalid sender at startup; this cannot happen
      return configured.strip().toLowerCase(Locale.ROOT);
    }
  }

  /** What a mail asks for, before it becomes a ticket. */
  private record Request(
      String title,
      String description,
      Category category,
      Subcategory subcategory,
      Urgency urgency,
      Impact impact,
      String name,
      String email,
      String phone,
      String department,
      String employeeId,
      String language) {

    Request withDescription(String text) {
      return new Request(
          title,
          MailText.cut(text, MAX_DESCRIPTION),
          category,
          subcategory,
          urgency,
          impact,
          name,
          email,
          phone,
          department,
          employeeId,
          language);
    }

    TicketDraft toDraft() {
      return new TicketDraft(
          title,
          MailText.cut(description, MAX_DESCRIPTION),
          category,
          subcategory,
          urgency,
          impact,
          Channel.EMAIL,
          name,
          email,
          phone,
          department,
          employeeId,
          language,
          null);
    }
  }
}
