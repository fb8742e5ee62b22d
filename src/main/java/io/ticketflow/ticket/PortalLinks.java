package io.ticketflow.ticket;

import io.ticketflow.notification.RequesterLinks;
import java.net.URI;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links to a ticket in the requester portal. The link in a queued mail names the ticket only; as
 * the mail is sent, a fresh access token is minted for it and added in the fragment ({@code
 * #token=…}), which browsers never send to a server, so it stays out of access logs too. Only the
 * token's hash is stored; the requester can revoke it like any other.
 */
@Component
public class PortalLinks implements RequesterLinks {

  static final String TOKEN_FRAGMENT = "#token=";

  private final TicketRepository tickets;
  private final AccessTokens tokens;
  private final SignInLinks signIns;
  private final URI portalUrl;

  public PortalLinks(
      TicketRepository tickets,
      AccessTokens tokens,
      SignInLinks signIns,
      TicketProperties properties) {
    this.tickets = tickets;
    this.tokens = tokens;
    this.signIns = signIns;
    this.portalUrl = properties.portalUrl();
  }

  /** The link to the ticket without any secret: what the outbox and the staff see. */
  static String link(URI portalUrl, String ticketNumber) {
    return portalUrl + "?ticket=" + ticketNumber;
  }

  /**
   * Mints a token for the mail only when its text carries the ticket's link; a sign-in mail gets
   * its link from {@link SignInLinks}.
   */
  @Override
  @Transactional
  public Optional<Personal> personal(String ticketNumber, String text) {
    if (SignInLinks.isSignIn(ticketNumber)) {
      return signIns.personal(ticketNumber, text);
    }
    String plain = link(portalUrl, ticketNumber);
    if (!RequesterLinks.mentions(text, plain)) {
      return Optional.empty();
    }
    return tickets
        .findByNumber(ticketNumber)
        .map(
            ticket ->
                new Personal(
                    plain, plain + TOKEN_FRAGMENT + tokens.mint(ticket, AccessTokenPurpose.MAIL)));
  }
}
