package io.ticketflow.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.ticketflow.assignment.AssignmentService;
import io.ticketflow.ticket.TicketProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.security.Principal;
import java.time.ZoneId;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Agents' assignment profiles: any staff member reads them, managers change them (each change
 * recorded in the audit trail).
 */
@RestController
@Validated
@RequestMapping("/api/agents")
@SecurityRequirement(name = "basic")
public class AgentController {

  /** Camunda user and group ids as the identity store accepts them, at most 64 characters. */
  static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._@-]{0,63}";

  private final AssignmentService assignment;
  private final ZoneId zone;

  public AgentController(AssignmentService assignment, TicketProperties properties) {
    this.assignment = assignment;
    this.zone = properties.zone();
  }

  @Operation(summary = "List a group's agents with skills, availability and open tickets")
  @GetMapping
  public AgentResponse.GroupView list(@RequestParam @Pattern(regexp = ID_PATTERN) String group) {
    return AgentResponse.GroupView.of(assignment.group(group), zone);
  }

  @Operation(summary = "Set an agent's skills and availability (managers and administrators)")
  @PutMapping("/{userId}")
  public AgentResponse update(
      @PathVariable @Pattern(regexp = ID_PATTERN) String userId,
      @Valid @RequestBody AgentProfileRequest request,
      Principal principal,
      HttpServletRequest http) {
    return AgentResponse.of(
        assignment.updateProfile(
            userId,
            request.skills(),
            request.available(),
            principal.getName(),
            http.getRemoteAddr()),
        zone);
  }
}
