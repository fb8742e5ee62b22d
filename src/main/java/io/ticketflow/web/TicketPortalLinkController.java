package io.ticketflow.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.ticketflow.ticket.IllegalTicketStateException;
import io.ticketflow.ticket.RequesterSessions;
import io.ticketflow.ticket.RequesterSignIns;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketService;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff send a ticket's requester the sign-in link to all their tickets (a phone or e-mail
 * requester who lost their mails, say). Whether the caller sees the ticket is checked by {@link
 * TicketAccessInterceptor}.
 */
@RestController
@SecurityRequirement(name = "basic")
public class TicketPortalLinkController {

  private final TicketService tickets;
  private final RequesterSignIns signIns;
  private final SignInAddressLimit perAddress;

  public TicketPortalLinkController(
      TicketService tickets, RequesterSignIns signIns, SignInAddressLimit perAddress) {
    this.tickets = tickets;
    this.signIns = signIns;
    this.perAddress = perAddress;
  }

  @Operation(
      summary =
          "Send the ticket's requester a sign-in link to all their tickets, in their language; 409"
              + " when the ticket has no requester e-mail address")
  @PostMapping(TicketAccessInterceptor.TICKET_RESOURCE + "/portal-link")
  public ResponseEntity<Object> send(@PathVariable String number) {
    Ticket ticket = tickets.get(number);
    String address =
        ticket.getRequester() == null
            ? null
            : RequesterSessions.normalise(ticket.getRequester().getEmail());
    if (address == null) {
      throw new IllegalTicketStateException(
          "Ticket " + number + " has no requester e-mail address to send a sign-in link to.");
    }
    Optional<ResponseEntity<Object>> refused = perAddress.refuse(address);
    if (refused.isPresent()) {
      return refused.get();
    }
    signIns.request(address, ticket.getLanguage().orElse(null));
    return ResponseEntity.accepted().build();
  }
}
