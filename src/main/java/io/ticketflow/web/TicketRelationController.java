package io.ticketflow.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.ticketflow.ticket.LinkedTicket;
import io.ticketflow.ticket.RaceRetry;
import io.ticketflow.ticket.StaffAccess;
import io.ticketflow.ticket.TicketLinks;
import io.ticketflow.ticket.TicketMerges;
import io.ticketflow.ticket.TicketProperties;
import io.ticketflow.ticket.TicketService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tickets in relation to one another: a duplicate merged into its master, and links ({@code
 * RELATED}, {@code PARENT}/{@code CHILD}). The caller must see both tickets: the one in the path
 * ({@link TicketAccessInterceptor}) and the other one (the service, with the same rule).
 */
@RestController
@Validated
@RequestMapping("/api/tickets/{number}")
@SecurityRequirement(name = "basic")
public class TicketRelationController {

  private final TicketMerges merges;
  private final TicketLinks links;
  private final TicketService tickets;
  private final RaceRetry retry;
  private final ZoneId zone;

  public TicketRelationController(
      TicketMerges merges,
      TicketLinks links,
      TicketService tickets,
      RaceRetry retry,
      TicketProperties properties) {
    this.merges = merges;
    this.links = links;
    this.tickets = tickets;
    this.retry = retry;
    this.zone = properties.zone();
  }

  @Operation(
      summary =
          "Merge this ticket, a duplicate, into another open ticket: it ends MERGED, its process"
              + " ends, both requesters are told")
  @PostMapping("/merge")
  public TicketResponse merge(
      @PathVariable @Pattern(regexp = TicketController.NUMBER_PATTERN) String number,
      @Valid @RequestBody MergeRequest request,
      Authentication authentication,
      HttpServletRequest http) {
    StaffAccess caller = Callers.of(authentication, http);
    return TicketResponse.summary(
        retry.call(() -> merges.merge(number, request.into(), request.note(), caller)), zone);
  }

  @Operation(summary = "Link another ticket to this one as RELATED, PARENT or CHILD")
  @PostMapping("/links")
  public ResponseEntity<TicketResponse.LinkView> link(
      @PathVariable @Pattern(regexp = TicketController.NUMBER_PATTERN) String number,
      @Valid @RequestBody TicketLinkRequest request,
      Authentication authentication,
      HttpServletRequest http) {
    StaffAccess caller = Callers.of(authentication, http);
    LinkedTicket linked =
        retry.call(() -> links.link(number, request.type(), request.ticketNumber(), caller));
    return ResponseEntity.created(
            URI.create("/api/tickets/" + number + "/links/" + request.ticketNumber()))
        .body(TicketResponse.LinkView.of(linked, zone));
  }

  @Operation(summary = "The tickets linked to this one that the caller sees")
  @GetMapping("/links")
  public List<TicketResponse.LinkView> links(
      @PathVariable @Pattern(regexp = TicketController.NUMBER_PATTERN) String number,
      Authentication authentication,
      HttpServletRequest http) {
    StaffAccess caller = Callers.of(authentication, http);
    return links.of(tickets.getFor(number, caller), caller).stream()
        .map(l -> TicketResponse.LinkView.of(l, zone))
        .toList();
  }

  @Operation(summary = "Remove the link between this ticket and another one, from both sides")
  @DeleteMapping("/links/{other}")
  public ResponseEntity<Void> unlink(
      @PathVariable @Pattern(regexp = TicketController.NUMBER_PATTERN) String number,
      @PathVariable @Pattern(regexp = TicketController.NUMBER_PATTERN) String other,
      Authentication authentication,
      HttpServletRequest http) {
    StaffAccess caller = Callers.of(authentication, http);
    retry.run(() -> links.unlink(number, other, caller));
    return ResponseEntity.noContent().build();
  }
}
