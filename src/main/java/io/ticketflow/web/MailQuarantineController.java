package io.ticketflow.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.ticketflow.intake.mail.MailIntakeService;
import io.ticketflow.intake.mail.MailResult;
import io.ticketflow.ticket.TicketProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.security.Principal;
import java.time.ZoneId;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff API for mail the intake put aside: list it, and let a readable one through. */
@RestController
@Validated
@RequestMapping("/api/mail/quarantine")
@SecurityRequirement(name = "basic")
public class MailQuarantineController {

  private final MailIntakeService mail;
  private final ZoneId zone;

  public MailQuarantineController(MailIntakeService mail, TicketProperties properties) {
    this.mail = mail;
    this.zone = properties.zone();
  }

  @Operation(
      summary =
          "Quarantined mail, newest first: held only, or with released=true all of it (each read"
              + " recorded in the audit trail)")
  @GetMapping
  public List<QuarantinedMailResponse> list(
      @RequestParam(name = "released", defaultValue = "false") boolean released,
      @RequestParam(name = "page", defaultValue = "0") @Min(0) int page,
      @RequestParam(name = "size", defaultValue = "50") @Min(1) @Max(100) int size,
      Principal principal,
      HttpServletRequest request) {
    return mail
        .quarantined(released, page, size, principal.getName(), request.getRemoteAddr())
        .stream()
        .map(entry -> QuarantinedMailResponse.of(entry, zone))
        .toList();
  }

  @Operation(
      summary =
          "Let a held mail through: it becomes a ticket or a comment as if it had just come,"
              + " without the sender limit and the requester check")
  @PostMapping("/{id}/release")
  public MailReleaseResponse release(@PathVariable("id") long id, Principal principal) {
    MailResult result = mail.release(id, principal.getName());
    return new MailReleaseResponse(id, result.outcome(), result.ticketNumber());
  }
}
