package io.ticketflow.web;

import io.swagger.v3.oas.annotations.Operation;
import io.ticketflow.ticket.TicketService;
import jakarta.validation.constraints.Pattern;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff end a ticket's requester access tokens, e.g. when a link leaked. */
@RestController
@Validated
public class AccessTokenController {

  private final TicketService tickets;

  public AccessTokenController(TicketService tickets) {
    this.tickets = tickets;
  }

  @Operation(
      summary =
          "Revoke every access token of the ticket; the next mail to the requester brings a new"
              + " link")
  @PostMapping("/api/tickets/{number}/access-tokens/revoke")
  public RevokedTokensResponse revoke(
      @PathVariable @Pattern(regexp = TicketController.NUMBER_PATTERN) String number) {
    return new RevokedTokensResponse(number, tickets.revokeAccess(number));
  }
}
