package io.ticketflow.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.ticketflow.intake.IntakeResult;
import io.ticketflow.intake.TicketIntakeService;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.RaceRetry;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketNotFoundException;
import io.ticketflow.ticket.TicketProperties;
import io.ticketflow.ticket.TicketService;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.ZoneId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The requester's side: submit through the web form, then follow, reply, confirm and rate with the
 * ticket's access token. A wrong number or token is answered as "not found".
 */
@RestController
@Validated
@RequestMapping("/api/portal/tickets")
public class PortalController {

  static final String ACCESS_TOKEN = "X-Access-Token";
  private static final String PORTAL_SCOPE = "portal";

  private final TicketIntakeService intake;
  private final TicketService tickets;
  private final RaceRetry retry;
  private final ZoneId zone;

  public PortalController(
      TicketIntakeService intake,
      TicketService tickets,
      RaceRetry retry,
      TicketProperties properties) {
    this.intake = intake;
    this.tickets = tickets;
    this.retry = retry;
    this.zone = properties.zone();
  }

  @Operation(
      summary =
          "Submit a request from the web form; the answer carries the ticket's secret access token")
  @PostMapping
  public ResponseEntity<PortalTicketView> submit(
      @Valid @RequestBody CreateTicketRequest request,
      @RequestHeader(name = TicketController.IDEMPOTENCY_KEY, required = false)
          String idempotencyKey) {
    IntakeResult result =
        intake.submit(request.toDraft(Channel.WEB, null), idempotencyKey, PORTAL_SCOPE);
    Ticket ticket = result.ticket();
    return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .location(URI.create("/api/portal/tickets/" + ticket.getNumber()))
        .body(
            PortalTicketView.of(
                ticket, tickets.publicComments(ticket), zone, result.accessToken().orElse(null)));
  }

  @Operation(summary = "The requester's view of a ticket: status and the public conversation")
  @GetMapping("/{number}")
  public PortalTicketView get(
      @PathVariable String number,
      @Parameter(required = true) @RequestHeader(name = ACCESS_TOKEN, required = false)
          String token) {
    return view(number, token);
  }

  @Operation(summary = "Reply to the support team")
  @PostMapping("/{number}/replies")
  public ResponseEntity<PortalTicketView> reply(
      @PathVariable String number,
      @RequestHeader(name = ACCESS_TOKEN, required = false) String token,
      @Valid @RequestBody ReplyRequest request) {
    guard(number);
    retry.run(() -> tickets.addRequesterReply(number, token, request.body()));
    return ResponseEntity.status(HttpStatus.CREATED).body(view(number, token));
  }

  @Operation(
      summary = "Confirm the solution, or say it did not solve the problem (reopens the ticket)")
  @PostMapping("/{number}/confirmation")
  public PortalTicketView confirm(
      @PathVariable String number,
      @RequestHeader(name = ACCESS_TOKEN, required = false) String token,
      @Valid @RequestBody ConfirmationRequest request) {
    guard(number);
    retry.run(() -> tickets.confirm(number, token, request.resolved(), request.comment()));
    return view(number, token);
  }

  @Operation(summary = "Rate how the ticket was handled")
  @PostMapping("/{number}/feedback")
  public PortalTicketView feedback(
      @PathVariable String number,
      @RequestHeader(name = ACCESS_TOKEN, required = false) String token,
      @Valid @RequestBody FeedbackRequest request) {
    guard(number);
    retry.run(
        () ->
            tickets.recordFeedback(
                number, token, request.rating(), request.score(), request.comment()));
    return view(number, token);
  }

  @Operation(summary = "Complain about how the ticket is handled; the work moves up a tier")
  @PostMapping("/{number}/complaints")
  public ResponseEntity<ComplaintResponse> complain(
      @PathVariable String number,
      @RequestHeader(name = ACCESS_TOKEN, required = false) String token,
      @Valid @RequestBody ComplaintRequest request) {
    guard(number);
    boolean escalated =
        retry.call(() -> tickets.complainAsRequester(number, token, request.reason()));
    return ResponseEntity.status(HttpStatus.CREATED).body(new ComplaintResponse(number, escalated));
  }

  @Operation(
      summary =
          "Sign out everywhere: revoke every access token of the ticket, including the one sent")
  @PostMapping("/{number}/revoke")
  public RevokedTokensResponse revoke(
      @PathVariable String number,
      @RequestHeader(name = ACCESS_TOKEN, required = false) String token) {
    guard(number);
    return new RevokedTokensResponse(number, tickets.revokeAccessAsRequester(number, token));
  }

  private PortalTicketView view(String number, String token) {
    guard(number);
    Ticket ticket = tickets.getForRequester(number, token);
    return PortalTicketView.of(ticket, tickets.publicComments(ticket), zone, null);
  }

  /** Malformed numbers get the same answer as unknown ones. */
  private static void guard(String number) {
    if (number == null || !number.matches(TicketController.NUMBER_PATTERN)) {
      throw new TicketNotFoundException(number);
    }
  }
}
