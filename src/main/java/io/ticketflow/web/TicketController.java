package io.ticketflow.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.ticketflow.intake.IntakeResult;
import io.ticketflow.intake.TicketIntakeService;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.MergedTickets;
import io.ticketflow.ticket.RaceRetry;
import io.ticketflow.ticket.StaffAccess;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketComment;
import io.ticketflow.ticket.TicketEvent;
import io.ticketflow.ticket.TicketFilter;
import io.ticketflow.ticket.TicketLinks;
import io.ticketflow.ticket.TicketProperties;
import io.ticketflow.ticket.TicketSearch;
import io.ticketflow.ticket.TicketService;
import io.ticketflow.ticket.TicketStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff and integration API for tickets: create, read, search, comment. Archived tickets are read
 * only and shown with their personal data masked. Whether the caller sees the ticket is checked for
 * every {@code /{number}} call by {@link TicketAccessInterceptor}.
 */
@RestController
@Validated
@RequestMapping("/api/tickets")
@SecurityRequirement(name = "basic")
public class TicketController {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  static final String NUMBER_PATTERN = "TS\\d{8}-\\d{4,}";

  private final TicketIntakeService intake;
  private final TicketService tickets;
  private final TicketSearch search;
  private final RaceRetry retry;
  private final MergedTickets merged;
  private final TicketLinks links;
  private final ZoneId zone;

  public TicketController(
      TicketIntakeService intake,
      TicketService tickets,
      TicketSearch search,
      RaceRetry retry,
      MergedTickets merged,
      TicketLinks links,
      TicketProperties properties) {
    this.intake = intake;
    this.tickets = tickets;
    this.search = search;
    this.retry = retry;
    this.merged = merged;
    this.links = links;
    this.zone = properties.zone();
  }

  @Operation(summary = "Open a ticket; a repeated Idempotency-Key returns the first ticket")
  @PostMapping
  public ResponseEntity<TicketResponse> create(
      @Valid @RequestBody CreateTicketRequest request,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
      Principal principal) {
    Channel channel = request.channel() == null ? Channel.API : request.channel();
    IntakeResult result =
        intake.submit(
            request.toDraft(channel, principal.getName()),
            idempotencyKey,
            "api/" + principal.getName());
    Ticket ticket = result.ticket();
    TicketResponse body =
        TicketResponse.of(ticket, zone, result.accessToken().orElse(null), null, null);
    return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .location(URI.create("/api/tickets/" + ticket.getNumber()))
        .body(body);
  }

  @Operation(
      summary =
          "Read one ticket with its comments (public, and the internal notes the caller may read)"
              + " and event log; a ticket of another group is not found")
  @GetMapping("/{number}")
  public TicketResponse get(
      @PathVariable @Pattern(regexp = NUMBER_PATTERN) String number,
      Authentication authentication,
      HttpServletRequest request) {
    return view(number, Callers.of(authentication, request));
  }

  private TicketResponse view(String number, StaffAccess caller) {
    Ticket ticket = tickets.getFor(number, caller);
    // the comments of the duplicates merged into it are shown with its own, by reference
    List<TicketComment> comments = new ArrayList<>(tickets.comments(ticket, caller));
    Map<Long, String> duplicates = new LinkedHashMap<>();
    for (Ticket duplicate : merged.of(ticket)) {
      duplicates.put(duplicate.getId(), duplicate.getNumber());
      comments.addAll(tickets.comments(duplicate, caller));
    }
    comments.sort(
        Comparator.comparing(TicketComment::getCreatedAt).thenComparing(TicketComment::getId));
    return TicketResponse.of(
        ticket,
        zone,
        null,
        comments,
        tickets.events(ticket),
        new TicketResponse.Related(duplicates, links.of(ticket, caller)));
  }

  @Operation(
      summary =
          "List the tickets the caller sees, newest first, or search them (q: words of the title,"
              + " description or requester's name, or a ticket number; best match first);"
              + " archived tickets are found too and shown masked")
  @GetMapping
  public PageResponse<TicketResponse> list(
      @RequestParam(required = false) TicketStatus status,
      @RequestParam(required = false) Category category,
      @RequestParam(required = false) @Pattern(regexp = "P[1-4]") String priority,
      @RequestParam(required = false) @Size(max = 200) String q,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate createdFrom,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate createdTo,
      @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
      Authentication authentication,
      HttpServletRequest http) {
    PageRequest request =
        PageRequest.of(page, size, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
    DayRange created = DayRange.of(createdFrom, createdTo, zone, "createdFrom", "createdTo");
    return PageResponse.of(
        search
            .search(
                new TicketFilter(status, category, priority, q, created.start(), created.end()),
                request,
                Callers.of(authentication, http))
            .map(t -> TicketResponse.summary(t, zone)));
  }

  @Operation(summary = "Add a public reply or an internal note")
  @PostMapping("/{number}/comments")
  public ResponseEntity<TicketResponse.CommentView> comment(
      @PathVariable @Pattern(regexp = NUMBER_PATTERN) String number,
      @Valid @RequestBody CommentRequest request,
      Authentication authentication,
      HttpServletRequest http) {
    TicketComment comment =
        retry.call(
            () ->
                tickets.addStaffComment(
                    number,
                    request.body(),
                    request.visibility(),
                    Callers.of(authentication, http)));
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(TicketResponse.CommentView.of(comment, zone));
  }

  @Operation(summary = "Record a complaint; the work in progress moves up a tier")
  @PostMapping("/{number}/complaints")
  public ResponseEntity<ComplaintResponse> complain(
      @PathVariable @Pattern(regexp = NUMBER_PATTERN) String number,
      @Valid @RequestBody ComplaintRequest request,
      Authentication authentication) {
    boolean escalated =
        retry.call(() -> tickets.complain(number, request.reason(), authentication.getName()));
    return ResponseEntity.status(HttpStatus.CREATED).body(new ComplaintResponse(number, escalated));
  }

  @Operation(summary = "Record a collaboration request to another team (whom, what was asked)")
  @PostMapping("/{number}/collaborations")
  public ResponseEntity<TicketResponse.EventView> collaborate(
      @PathVariable @Pattern(regexp = NUMBER_PATTERN) String number,
      @Valid @RequestBody CollaborationRequest request,
      Authentication authentication) {
    TicketEvent event =
        retry.call(
            () ->
                tickets.requestCollaboration(
                    number, request.team(), request.request(), authentication.getName()));
    return ResponseEntity.status(HttpStatus.CREATED).body(TicketResponse.EventView.of(event, zone));
  }

  @Operation(summary = "Give the requester a workaround and the expected resolution time")
  @PostMapping("/{number}/workaround")
  public TicketResponse workaround(
      @PathVariable @Pattern(regexp = NUMBER_PATTERN) String number,
      @Valid @RequestBody WorkaroundRequest request,
      Authentication authentication,
      HttpServletRequest http) {
    retry.run(
        () ->
            tickets.giveWorkaround(
                number,
                request.workaround(),
                request.expectedResolutionAt().toInstant(),
                authentication.getName()));
    return view(number, Callers.of(authentication, http));
  }
}
