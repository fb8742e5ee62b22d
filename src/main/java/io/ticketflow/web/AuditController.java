package io.ticketflow.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.ticketflow.audit.AuditAction;
import io.ticketflow.audit.AuditFilter;
import io.ticketflow.audit.AuditService;
import io.ticketflow.ticket.TicketProperties;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail, newest first: managers and administrators only (see SecurityConfig). */
@RestController
@Validated
@SecurityRequirement(name = "basic")
public class AuditController {

  private final AuditService audit;
  private final ZoneId zone;

  public AuditController(AuditService audit, TicketProperties properties) {
    this.audit = audit;
    this.zone = properties.zone();
  }

  @Operation(
      summary =
          "The audit trail (unmasked reads of personal data, exports), newest first; from and to"
              + " are ISO dates, inclusive")
  @GetMapping("/api/audit")
  public PageResponse<AuditEventResponse> list(
      @RequestParam(required = false) AuditAction action,
      @RequestParam(required = false) @Size(max = 200) String actor,
      @RequestParam(required = false) @Size(max = 200) String target,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    DayRange days = DayRange.of(from, to, zone, "from", "to");
    return PageResponse.of(
        audit
            .search(new AuditFilter(action, actor, target, days.start(), days.end()), page, size)
            .map(e -> AuditEventResponse.of(e, zone)));
  }
}
