package io.ticketflow.intake;

import io.ticketflow.ticket.AccessTokens;
import io.ticketflow.ticket.IdempotencyKeyReusedException;
import io.ticketflow.ticket.InvalidTicketRequestException;
import io.ticketflow.ticket.NewTicket;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketNumberGenerator;
import io.ticketflow.ticket.TicketService;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * The one funnel every channel's request goes through: numbers it, honours the caller's idempotency
 * key (a repeat returns the first ticket, never a second one) and opens the ticket.
 */
@Service
public class TicketIntakeService {

  /** Printable ASCII, as RFC 9110 allows in a header value, within a sane length. */
  private static final Pattern KEY_FORMAT = Pattern.compile("[\\x21-\\x7E]{1,200}");

  private final TicketService tickets;
  private final TicketNumberGenerator numbers;
  private final AccessTokens tokens;

  public TicketIntakeService(
      TicketService tickets, TicketNumberGenerator numbers, AccessTokens tokens) {
    this.tickets = tickets;
    this.numbers = numbers;
    this.tokens = tokens;
  }

  /**
   * Opens a ticket for {@code request}.
   *
   * @param idempotencyKey the caller's key or null
   * @param scope who the key belongs to (the API user, or the portal), so that callers cannot
   *     collide
   */
  public IntakeResult submit(TicketDraft request, String idempotencyKey, String scope) {
    String scopedKey = scopeKey(idempotencyKey, scope);
    String fingerprint = fingerprint(request);
    if (scopedKey != null) {
      Optional<Ticket> earlier = tickets.findByIdempotencyKey(scopedKey);
      if (earlier.isPresent()) {
        return replay(earlier.get(), fingerprint);
      }
    }
    NewTicket ticket = request.toNewTicket(scopedKey, fingerprint);
    String number = numbers.next();
    AccessTokens.Issued token = tokens.issue(number);
    try {
      Ticket opened = tickets.open(number, ticket, token.hash());
      return new IntakeResult(opened, Optional.of(token.raw()), true);
    } catch (DataIntegrityViolationException concurrentDuplicate) {
      // the same key arrived twice at once: the other request's ticket is the one
      return Optional.ofNullable(scopedKey)
          .flatMap(tickets::findByIdempotencyKey)
          .map(earlier -> replay(earlier, fingerprint))
          .orElseThrow(() -> concurrentDuplicate);
    }
  }

  private IntakeResult replay(Ticket earlier, String fingerprint) {
    if (!tickets.sameRequest(earlier, fingerprint)) {
      throw new IdempotencyKeyReusedException(earlier.getNumber());
    }
    return new IntakeResult(earlier, Optional.empty(), false);
  }

  private static String scopeKey(String key, String scope) {
    if (key == null) {
      return null;
    }
    if (!KEY_FORMAT.matcher(key).matches()) {
      throw new InvalidTicketRequestException(
          "Idempotency-Key", "must be 1 to 200 printable ASCII characters without spaces");
    }
    return scope + ":" + key;
  }

  static String fingerprint(TicketDraft request) {
    String canonical =
        Stream.of(
                request.title(),
                request.description(),
                request.category(),
                request.subcategory(),
                request.urgency(),
                request.impact(),
                request.channel(),
                request.requesterName(),
                request.requesterEmail(),
                request.requesterPhone(),
                request.requesterDepartment(),
                request.requesterEmployeeId())
            .map(v -> Objects.toString(v, ""))
            .collect(Collectors.joining("\u0000"));
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
