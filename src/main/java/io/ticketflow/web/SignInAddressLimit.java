package io.ticketflow.web;

import io.ticketflow.ratelimit.Limit;
import io.ticketflow.ratelimit.SharedBuckets;
import io.ticketflow.ticket.SignInProperties;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * How many sign-in links one e-mail address may be sent ({@code
 * ticketflow.portal.sign-in.per-address} within {@code window}), whoever asks: the requester or
 * staff. The same for known and unknown addresses, so it tells nobody which is which.
 */
@Component
public class SignInAddressLimit {

  private final Limit limiter;

  public SignInAddressLimit(SignInProperties properties, SharedBuckets buckets) {
    this.limiter = buckets.limit("sign-in-address", properties.perAddress(), properties.window());
  }

  /**
   * Takes one link from the address's allowance.
   *
   * @param address the normalised e-mail address
   * @return empty when a link may go, otherwise the 429 answer
   */
  Optional<ResponseEntity<Object>> refuse(String address) {
    Optional<Duration> wait = limiter.tryTake(address);
    if (wait.isEmpty()) {
      return Optional.empty();
    }
    long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.TOO_MANY_REQUESTS,
            "Too many sign-in links were asked for this address. Please try again later.");
    problem.setTitle("Too many requests");
    problem.setProperty("retryAfterSeconds", seconds);
    return Optional.of(
        ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
            .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
            .body(problem));
  }
}
