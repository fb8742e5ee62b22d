package io.ticketflow.ticket;

import io.ticketflow.notification.RequesterLinks;
import java.net.URI;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links to a ticket in the requester portal. The link in a queued mail names the ticket only; as
 * the mail is sent, the access token is added in the fragment ({@code #token=…}), which browsers
 * never send to a server, so it stays out of access logs too.
 */
@Component
public class PortalLinks implements RequesterLinks {

  static final String TOKEN_FRAGMENT = "#token=";

  private final TicketRepository tickets;
  private final AccessTokens tokens;
  private final URI portalUrl;

  public PortalLinks(TicketRepository tickets, AccessTokens tokens, TicketProperties properties) {
    this.tickets = tickets;
    this.tokens = tokens;
    this.portalUrl = properties.portalUrl();
  }

  /** The link to the ticket without any secret: what the outbox and the staff see. */
  static String link(URI portalUrl, String ticketNumber) {
    return portalUrl + "?ticket=" + ticketNumber;
  }

  /**
   * The link with the ticket's token, when the token can be derived again: not for tickets whose
   * token was issued at random or under another key.
   */
  @Override
  @Transactional(readOnly = true)
  public Optional<Personal> personal(String ticketNumber) {
    return tickets
        .findByNumber(ticketNumber)
        .map(Ticket::getAccessTokenHash)
        .flatMap(
            hash -> {
              String token = tokens.derive(ticketNumber);
              return tokens.matches(token, hash) ? Optional.of(token) : Optional.empty();
            })
        .map(
            token -> {
              String plain = link(portalUrl, ticketNumber);
              return new Personal(plain, plain + TOKEN_FRAGMENT + token);
            });
  }
}
