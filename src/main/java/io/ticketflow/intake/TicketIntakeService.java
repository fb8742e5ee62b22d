package io.ticketflow.intake;

import io.ticketflow.ticket.AccessTokens;
import io.ticketflow.ticket.FieldError;
import io.ticketflow.ticket.IdempotencyKeyReusedException;
import io.ticketflow.ticket.InvalidTicketRequestException;
import io.ticketflow.ticket.NewTicket;
import io.ticketflow.ticket.ReplyThread;
import io.ticketflow.ticket.SimilarLinks;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketNumberGenerator;
import io.ticketflow.ticket.TicketService;
import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one funnel every channel's request goes through: numbers it, honours the caller's idempotency
 * key (a repeat returns the first ticket, never a second one) and opens the ticket.
 */
@Service
public class TicketIntakeService {

  /** Printable ASCII, as RFC 9110 allows in a header value, within a sane length. */
  private static final Pattern KEY_FORMAT = Pattern.compile("[\\x21-\\x7E]{1,200}");

  /** The create body's limits (web/CreateTicketRequest), for requests no web form checked. */
  static final int MAX_TITLE = 200;

  static final int MAX_DESCRIPTION = 20000;
  static final int MAX_NAME = 200;
  static final int MAX_EMAIL = 320;
  private static final Pattern EMAIL =
      Pattern.compile(
          "[^@\\s<>(),;:\"\\[\\]]{1,64}@[^@\\s<>(),;:\"\\[\\]]+\\.[^@\\s<>(),;:\"\\[\\]]+");
  private static final Pattern PHONE = Pattern.compile("[0-9+()\\-. ]{3,40}");

  /** New tickets waiting to be linked to similar ones; beyond this they stay unlinked. */
  static final int LINKING_QUEUE = 10_000;

  private static final Logger LOG = LoggerFactory.getLogger(TicketIntakeService.class);

  private final TicketService tickets;
  private final TicketNumberGenerator numbers;
  private final AccessTokens tokens;
  private final SimilarLinks similarLinks;
  private final ThreadPoolTaskExecutor linking;

  public TicketIntakeService(
      TicketService tickets,
      TicketNumberGenerator numbers,
      AccessTokens tokens,
      SimilarLinks similarLinks) {
    this.tickets = tickets;
    this.numbers = numbers;
    this.tokens = tokens;
    this.similarLinks = similarLinks;
    // one thread: new tickets are linked one after the other, never racing each other for a pair
    this.linking = new ThreadPoolTaskExecutor();
    linking.setCorePoolSize(1);
    linking.setMaxPoolSize(1);
    linking.setQueueCapacity(LINKING_QUEUE);
    linking.setThreadNamePrefix("similar-links-");
    linking.setWaitForTasksToCompleteOnShutdown(false);
    linking.initialize();
  }

  /** Stops the linking thread with the application. */
  @PreDestroy
  void stop() {
    linking.shutdown();
  }

  /**
   * Opens a ticket for {@code request}.
   *
   * @param idempotencyKey the caller's key or null
   * @param scope who the key belongs to (the API user, or the portal), so that callers cannot
   *     collide
   */
  public IntakeResult submit(TicketDraft request, String idempotencyKey, String scope) {
    return submit(request, idempotencyKey, scope, ReplyThread.NONE);
  }

  /**
   * Opens a ticket for a request that came by mail; {@code thread} says how replies to the
   * requester continue the conversation.
   *
   * @see #submit(TicketDraft, String, String)
   */
  public IntakeResult submit(
      TicketDraft request, String idempotencyKey, String scope, ReplyThread thread) {
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
    AccessTokens.Issued token = tokens.issue();
    try {
      Ticket opened =
          thread.equals(ReplyThread.NONE)
              ? tickets.open(number, ticket, token.hash())
              : tickets.open(number, ticket, token.hash(), thread);
      linkSimilarOnceCommitted(opened.getNumber());
      return new IntakeResult(opened, Optional.of(token.raw()), true);
    } catch (DataIntegrityViolationException concurrentDuplicate) {
      // the same key arrived twice at once: the other request's ticket is the one
      return Optional.ofNullable(scopedKey)
          .flatMap(tickets::findByIdempotencyKey)
          .map(earlier -> replay(earlier, fingerprint))
          .orElseThrow(() -> concurrentDuplicate);
    }
  }

  /**
   * Links the new ticket to similar open ones once it is committed, on a thread of its own so that
   * the requester's answer does not wait for the search; a failure there, or a full queue, leaves
   * the ticket as it is, unlinked.
   */
  private void linkSimilarOnceCommitted(String number) {
    Runnable link =
        () -> {
          try {
            similarLinks.linkNew(number);
          } catch (RuntimeException e) {
            LOG.warn("Ticket {} was not linked to similar tickets: {}", number, e.toString());
          }
        };
    Runnable later =
        () -> {
          try {
            linking.execute(link);
          } catch (RejectedExecutionException full) {
            LOG.warn("Ticket {} was not linked to similar tickets: the queue is full", number);
          }
        };
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new AfterCommit(later));
    } else {
      later.run();
    }
  }

  /**
   * Checks a request that no web form checked (a start form in Tasklist, say) against the rules of
   * the API's create body.
   *
   * @throws InvalidTicketRequestException naming each offending field
   */
  public void check(TicketDraft request) {
    List<FieldError> errors = new ArrayList<>();
    requireText(errors, "title", request.title(), MAX_TITLE);
    requireText(errors, "description", request.description(), MAX_DESCRIPTION);
    require(errors, "category", request.category());
    require(errors, "subcategory", request.subcategory());
    require(errors, "urgency", request.urgency());
    if (request.category() != null
        && request.subcategory() != null
        && !request.subcategory().belongsTo(request.category())) {
      errors.add(
          new FieldError(
              "subcategory",
              request.subcategory() + " is not a subcategory of " + request.category()));
    }
    requireText(errors, "requester.name", request.requesterName(), MAX_NAME);
    boolean email = present(request.requesterEmail());
    boolean phone = present(request.requesterPhone());
    if (!email && !phone) {
      errors.add(new FieldError("requester", "give an email address or a phone number"));
    }
    if (email
        && (request.requesterEmail().strip().length() > MAX_EMAIL
            || !EMAIL.matcher(request.requesterEmail().strip()).matches())) {
      errors.add(new FieldError("requester.email", "must be a well-formed email address"));
    }
    if (phone && !PHONE.matcher(request.requesterPhone().strip()).matches()) {
      errors.add(
          new FieldError("requester.phone", "must be a phone number (digits, spaces, + - ( ) .)"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidTicketRequestException(errors);
    }
  }

  private static void require(List<FieldError> errors, String field, Object value) {
    if (value == null) {
      errors.add(new FieldError(field, "must not be empty"));
    }
  }

  private static void requireText(List<FieldError> errors, String field, String value, int max) {
    if (!present(value)) {
      errors.add(new FieldError(field, "must not be blank"));
    } else if (value.strip().length() > max) {
      errors.add(new FieldError(field, "must be at most " + max + " characters"));
    }
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
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

  /** Runs its work once the surrounding transaction has committed. */
  private record AfterCommit(Runnable work) implements TransactionSynchronization {
    @Override
    public void afterCommit() {
      work.run();
    }
  }
}
