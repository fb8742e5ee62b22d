package io.ticketflow.ticket;

import io.ticketflow.audit.AuditAction;
import io.ticketflow.audit.AuditService;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.tika.Tika;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to tickets, from staff, the requester (portal) or mail. The content type is
 * detected from the bytes; names are reduced to a plain file name; size and count are limited.
 * Files are only ever handed out as downloads (see the web layer).
 */
@Service
public class AttachmentService {

  static final int MAX_FILENAME = 255;
  private static final String FIELD = "file";

  private final TicketService tickets;
  private final AttachmentRepository attachments;
  private final AttachmentContentRepository contents;
  private final AttachmentProperties properties;
  private final AuditService audit;
  private final Clock clock;
  private final Tika tika = new Tika();

  public AttachmentService(
      TicketService tickets,
      AttachmentRepository attachments,
      AttachmentContentRepository contents,
      AttachmentProperties properties,
      AuditService audit,
      Clock clock) {
    this.tickets = tickets;
    this.attachments = attachments;
    this.contents = contents;
    this.properties = properties;
    this.audit = audit;
    this.clock = clock;
  }

  /** Attaches a file from staff (or an integration) to an open ticket. */
  @Transactional
  public Attachment store(
      String ticketNumber, Long commentId, String filename, byte[] content, String uploadedBy) {
    return store(
        tickets.get(ticketNumber), commentId, filename, content, uploadedBy, AuthorType.STAFF);
  }

  /** Attaches a file the requester sent by mail (already matched to the ticket). */
  @Transactional
  public Attachment storeFromRequester(
      String ticketNumber, Long commentId, String filename, byte[] content) {
    Ticket ticket = tickets.get(ticketNumber);
    return store(
        ticket,
        commentId,
        filename,
        content,
        ticket.getRequester().getName(),
        AuthorType.REQUESTER);
  }

  /** Attaches a file through the portal; the access token proves the requester. */
  @Transactional
  public Attachment storeForRequester(
      String ticketNumber, String accessToken, String filename, byte[] content) {
    Ticket ticket = tickets.getForRequester(ticketNumber, accessToken);
    return store(
        ticket, null, filename, content, ticket.getRequester().getName(), AuthorType.REQUESTER);
  }

  @Transactional(readOnly = true)
  public List<Attachment> list(Ticket ticket) {
    return attachments.findByTicketIdOrderByIdAsc(ticket.getId());
  }

  /**
   * A ticket's file for staff. A file of an archived ticket is personal data read unmasked: the
   * download is recorded in the audit trail ({@code PERSONAL_DATA_READ}).
   */
  @Transactional
  public StoredFile download(String ticketNumber, long attachmentId, StaffAccess access) {
    Ticket ticket = tickets.get(ticketNumber);
    StoredFile file = load(ticket, attachmentId);
    if (ticket.isArchived()) {
      audit.record(
          AuditAction.PERSONAL_DATA_READ,
          access.user(),
          PersonalDataService.TICKET,
          ticket.getNumber(),
          "file " + attachmentId + " of the archived ticket downloaded",
          access.clientAddress());
    }
    return file;
  }

  /** A ticket's file for its requester; another ticket's file is "not found". */
  @Transactional(readOnly = true)
  public StoredFile downloadForRequester(
      String ticketNumber, String accessToken, long attachmentId) {
    return load(tickets.getForRequester(ticketNumber, accessToken), attachmentId);
  }

  private StoredFile load(Ticket ticket, long attachmentId) {
    Attachment attachment =
        attachments
            .findByIdAndTicketId(attachmentId, ticket.getId())
            .orElseThrow(() -> new AttachmentNotFoundException(ticket.getNumber(), attachmentId));
    AttachmentContent content =
        contents
            .findById(attachment.getId())
            .orElseThrow(() -> new AttachmentNotFoundException(ticket.getNumber(), attachmentId));
    return new StoredFile(attachment, content.getContent());
  }

  private Attachment store(
      Ticket ticket,
      Long commentId,
      String filename,
      byte[] content,
      String uploadedBy,
      AuthorType authorType) {
    TicketService.requireWritable(ticket);
    if (!ticket.getStatus().isOpen()) {
      throw new IllegalTicketStateException(
          "Ticket "
              + ticket.getNumber()
              + " is "
              + ticket.getStatus()
              + " and takes no more files.");
    }
    if (content == null || content.length == 0) {
      throw new InvalidTicketRequestException(FIELD, "the file is empty");
    }
    if (content.length > properties.maxSize().toBytes()) {
      throw new InvalidTicketRequestException(
          FIELD, "larger than " + properties.maxSize().toMegabytes() + " MB");
    }
    if (attachments.countByTicketId(ticket.getId()) >= properties.maxPerTicket()) {
      throw new InvalidTicketRequestException(
          FIELD, "a ticket carries at most " + properties.maxPerTicket() + " files");
    }
    String type = tika.detect(content).toLowerCase(Locale.ROOT);
    if (properties.blockedTypes().contains(type)) {
      throw new InvalidTicketRequestException(FIELD, "files of type " + type + " are not accepted");
    }
    Attachment attachment =
        attachments.save(
            new Attachment(
                ticket.getId(),
                commentId,
                safeName(filename),
                type,
                content.length,
                sha256(content),
                uploadedBy,
                authorType,
                clock.instant()));
    contents.save(new AttachmentContent(attachment.getId(), content));
    tickets.logAttachment(ticket, attachment);
    return attachment;
  }

  /**
   * The last path segment of {@code name}, without control characters, quotes or path separators,
   * at most 255 characters; "attachment" when nothing is left.
   */
  static String safeName(String name) {
    if (name == null) {
      return "attachment";
    }
    String base = name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    StringBuilder clean = new StringBuilder();
    base.codePoints()
        .filter(c -> !Character.isISOControl(c) && c != '"' && c != '<' && c != '>')
        .filter(c -> Character.getType(c) != Character.FORMAT)
        .forEach(clean::appendCodePoint);
    String result = clean.toString().strip();
    while (result.startsWith(".")) {
      result = result.substring(1);
    }
    if (result.isBlank()) {
      return "attachment";
    }
    return result.length() <= MAX_FILENAME ? result : result.substring(0, MAX_FILENAME);
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
