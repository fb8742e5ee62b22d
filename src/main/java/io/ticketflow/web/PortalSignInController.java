package io.ticketflow.web;

import io.swagger.v3.oas.annotations.Operation;
import io.ticketflow.ticket.RequesterSession;
import io.ticketflow.ticket.RequesterSessions;
import io.ticketflow.ticket.RequesterSignIns;
import io.ticketflow.ticket.TicketProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A requester signs in by e-mail link and sees all their tickets. Asking for a link is answered 202
 * whether the address is known or not; the link's secret opens a session held in an HttpOnly cookie
 * ({@link RequesterSessionCookie}) of limited length.
 */
@RestController
public class PortalSignInController {

  static final String SESSION_PATH = "/api/portal/session";

  private final RequesterSignIns signIns;
  private final RequesterSessions sessions;
  private final SignInAddressLimit perAddress;
  private final ZoneId zone;
  private final Clock clock;

  public PortalSignInController(
      RequesterSignIns signIns,
      RequesterSessions sessions,
      SignInAddressLimit perAddress,
      TicketProperties tickets,
      Clock clock) {
    this.signIns = signIns;
    this.sessions = sessions;
    this.perAddress = perAddress;
    this.zone = tickets.zone();
    this.clock = clock;
  }

  @Operation(
      summary =
          "Ask for a sign-in link to all tickets of an e-mail address; 202 whether the address is"
              + " known or not (a mail goes only to addresses with tickets)")
  @PostMapping(PortalSignInLimitFilter.SIGN_IN_PATH)
  public ResponseEntity<Object> signIn(@Valid @RequestBody SignInRequest request) {
    String address = RequesterSessions.normalise(request.email());
    Optional<ResponseEntity<Object>> refused = perAddress.refuse(address);
    if (refused.isPresent()) {
      return refused.get();
    }
    signIns.request(address, request.language());
    return ResponseEntity.accepted().build();
  }

  @Operation(
      summary =
          "Trade a sign-in link's secret for a requester session (cookie); 401 when the link is"
              + " unknown, used or expired")
  @PostMapping(SESSION_PATH)
  public ResponseEntity<Object> open(
      @Valid @RequestBody SessionRequest request, HttpServletRequest http) {
    return signIns
        .signIn(request.token())
        .<ResponseEntity<Object>>map(
            opened ->
                ResponseEntity.ok()
                    .header(
                        HttpHeaders.SET_COOKIE,
                        RequesterSessionCookie.carrying(
                                opened.secret(),
                                Duration.between(clock.instant(), opened.expiresAt()),
                                http)
                            .toString())
                    .body(
                        new MyTicketsResponse(
                            opened.email(),
                            TicketResponse.at(opened.expiresAt(), zone),
                            List.of())))
        .orElseGet(
            () ->
                unauthorized(
                    "This sign-in link is unknown, was used already or has expired. Please ask"
                        + " for a new one."));
  }

  @Operation(summary = "The signed-in requester's tickets, newest first, all channels")
  @GetMapping("/api/portal/my-tickets")
  public ResponseEntity<Object> myTickets(HttpServletRequest http) {
    Optional<RequesterSession> session = RequesterSessionCookie.of(http).flatMap(sessions::live);
    if (session.isEmpty()) {
      return unauthorized("Please sign in with the link we send you by e-mail.");
    }
    RequesterSession signedIn = session.get();
    return ResponseEntity.ok()
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(
            new MyTicketsResponse(
                signedIn.getEmail(),
                TicketResponse.at(signedIn.getExpiresAt(), zone),
                signIns.ticketsOf(signedIn).stream()
                    .map(ticket -> MyTicketsResponse.Item.of(ticket, zone))
                    .toList()));
  }

  @Operation(summary = "Sign out: end the requester session and forget its cookie")
  @DeleteMapping(SESSION_PATH)
  public ResponseEntity<Void> signOut(HttpServletRequest http) {
    RequesterSessionCookie.of(http).ifPresent(sessions::end);
    return ResponseEntity.noContent()
        .header(HttpHeaders.SET_COOKIE, RequesterSessionCookie.cleared(http).toString())
        .build();
  }

  private static ResponseEntity<Object> unauthorized(String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
    problem.setTitle("Not signed in");
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
  }
}
