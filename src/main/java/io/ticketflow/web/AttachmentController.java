package io.ticketflow.web;

import io.swagger.v3.oas.annotations.Operation;
import io.ticketflow.ticket.Attachment;
import io.ticketflow.ticket.AttachmentService;
import io.ticketflow.ticket.InvalidTicketRequestException;
import io.ticketflow.ticket.MergedTickets;
import io.ticketflow.ticket.StaffAccess;
import io.ticketflow.ticket.StoredFile;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketMask;
import io.ticketflow.ticket.TicketProperties;
import io.ticketflow.ticket.TicketService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files on tickets, for staff ({@code /api/tickets/...}) and for the ticket's requester with the
 * access token ({@code /api/portal/tickets/...}). Files are only ever served as downloads of opaque
 * bytes: never rendered by the browser, whatever they contain.
 */
@RestController
@Validated
public class AttachmentController {

  private static final String STAFF = "/api/tickets/{number}/attachments";
  private static final String PORTAL = "/api/portal/tickets/{number}/attachments";

  private final AttachmentService attachments;
  private final TicketService tickets;
  private final MergedTickets merged;
  private final ZoneId zone;

  public AttachmentController(
      AttachmentService attachments,
      TicketService tickets,
      MergedTickets merged,
      TicketProperties properties) {
    this.merged = merged;
    this.attachments = attachments;
    this.tickets = tickets;
    this.zone = properties.zone();
  }

  @Operation(summary = "Attach a file (multipart field \"file\") to an open ticket")
  @PostMapping(path = STAFF, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<AttachmentView> upload(
      @PathVariable @Pattern(regexp = TicketController.NUMBER_PATTERN) String number,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Authentication authentication,
      HttpServletRequest request) {
    tickets.getFor(number, Callers.of(authentication, request));
    Attachment stored =
        attachments.store(number, null, name(file), bytes(file), authentication.getName());
    return ResponseEntity.created(
            URI.create("/api/tickets/" + number + "/attachments/" + stored.getId()))
        .body(AttachmentView.forStaff(stored, zone));
  }

  @Operation(summary = "The ticket's files (of an archived ticket: names and senders masked)")
  @GetMapping(STAFF)
  public List<AttachmentView> list(
      @PathVariable @Pattern(regexp = TicketController.NUMBER_PATTERN) String number,
      Authentication authentication,
      HttpServletRequest request) {
    Ticket ticket = tickets.getFor(number, Callers.of(authentication, request));
    TicketMask mask = TicketMask.forStaff(ticket);
    List<AttachmentView> files =
        new ArrayList<>(
            attachments.list(ticket).stream()
                .map(a -> AttachmentView.forStaff(a, zone, mask))
                .toList());
    // the files of the duplicates merged into it, by reference: downloaded through this ticket
    merged.files(ticket).stream()
        .map(f -> AttachmentView.forStaff(f.attachment(), zone, mask).mergedFrom(f.ticketNumber()))
        .forEach(files::add);
    return files;
  }

  @Operation(
      summary =
          "Download one of the ticket's files (of an archived ticket: recorded in the audit trail)")
  @GetMapping(STAFF + "/{id}")
  public ResponseEntity<byte[]> download(
      @PathVariable @Pattern(regexp = TicketController.NUMBER_PATTERN) String number,
      @PathVariable long id,
      Authentication authentication,
      HttpServletRequest request) {
    StaffAccess caller = Callers.of(authentication, request);
    Ticket ticket = tickets.getFor(number, caller);
    String owner = merged.ownerOf(ticket, id).orElse(number);
    return asDownload(attachments.download(owner, id, caller));
  }

  @Operation(summary = "The requester attaches a file (multipart field \"file\")")
  @PostMapping(path = PORTAL, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<AttachmentView> uploadAsRequester(
      @PathVariable String number,
      @RequestHeader(name = PortalController.ACCESS_TOKEN, required = false) String token,
      @RequestParam(name = "file", required = false) MultipartFile file) {
    Attachment stored = attachments.storeForRequester(number, token, name(file), bytes(file));
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/portal/tickets/" + number + "/attachments/" + stored.getId()))
        .body(AttachmentView.forRequester(stored, zone));
  }

  @Operation(summary = "The requester's view of the ticket's files")
  @GetMapping(PORTAL)
  public List<AttachmentView> listForRequester(
      @PathVariable String number,
      @RequestHeader(name = PortalController.ACCESS_TOKEN, required = false) String token) {
    return attachments.list(tickets.getForRequester(number, token)).stream()
        .map(a -> AttachmentView.forRequester(a, zone))
        .toList();
  }

  @Operation(summary = "The requester downloads one of the ticket's files")
  @GetMapping(PORTAL + "/{id}")
  public ResponseEntity<byte[]> downloadAsRequester(
      @PathVariable String number,
      @PathVariable long id,
      @RequestHeader(name = PortalController.ACCESS_TOKEN, required = false) String token) {
    return asDownload(attachments.downloadForRequester(number, token, id));
  }

  private static ResponseEntity<byte[]> asDownload(StoredFile file) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
    headers.set(
        HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(file.attachment().getFilename()));
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Content-Security-Policy", "default-src 'none'; sandbox");
    headers.set("X-Detected-Content-Type", file.attachment().getContentType());
    headers.setCacheControl(CacheControl.noStore().cachePrivate());
    return ResponseEntity.ok().headers(headers).body(file.content());
  }

  private static String name(MultipartFile file) {
    return file == null ? null : file.getOriginalFilename();
  }

  private static byte[] bytes(MultipartFile file) {
    if (file == null) {
      throw new InvalidTicketRequestException(
          "file", "a file is required (multipart field \"file\")");
    }
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new InvalidTicketRequestException("file", "the upload could not be read");
    }
  }
}
