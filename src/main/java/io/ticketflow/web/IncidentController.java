package io.ticketflow.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.ticketflow.incident.Incident;
import io.ticketflow.incident.IncidentService;
import io.ticketflow.incident.IncidentStatus;
import io.ticketflow.ticket.TicketProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.security.Principal;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Major incidents: any staff member reads them; managers and the emergency team declare them (also
 * as drills), link and unlink tickets, and set the status requesters hear.
 */
@RestController
@Validated
@RequestMapping("/api/incidents")
@SecurityRequirement(name = "basic")
public class IncidentController {

  static final String NUMBER_PATTERN = "MI\\d{8}-\\d{3,}";

  private final IncidentService incidents;
  private final ZoneId zone;

  public IncidentController(IncidentService incidents, TicketProperties properties) {
    this.incidents = incidents;
    this.zone = properties.zone();
  }

  @Operation(summary = "Declare a major incident (or a drill); the emergency team is paged")
  @PostMapping
  public ResponseEntity<IncidentResponse> declare(
      @Valid @RequestBody DeclareIncidentRequest request, Principal principal) {
    Incident incident = incidents.declare(request.toDeclaration(), principal.getName());
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/incidents/" + incident.getNumber()))
        .body(view(incident));
  }

  @Operation(summary = "List major incidents, newest first")
  @GetMapping
  public PageResponse<IncidentResponse> list(
      @RequestParam(required = false) Set<IncidentStatus> status,
      @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    PageRequest request =
        PageRequest.of(page, size, Sort.by(Sort.Order.desc("declaredAt"), Sort.Order.desc("id")));
    return PageResponse.of(
        incidents
            .list(status == null ? EnumSet.noneOf(IncidentStatus.class) : status, request)
            .map(i -> IncidentResponse.summary(i, zone)));
  }

  @Operation(summary = "Read one incident with its linked tickets and timeline")
  @GetMapping("/{number}")
  public IncidentResponse get(@PathVariable @Pattern(regexp = NUMBER_PATTERN) String number) {
    return view(incidents.get(number));
  }

  @Operation(summary = "How the incident or drill went against its targets (the drill report)")
  @GetMapping("/{number}/report")
  public IncidentResponse.ReportView report(
      @PathVariable @Pattern(regexp = NUMBER_PATTERN) String number) {
    return IncidentResponse.ReportView.of(incidents.report(number), zone);
  }

  @Operation(summary = "Link a ticket: its requester gets the incident's status updates")
  @PostMapping("/{number}/links")
  public IncidentResponse link(
      @PathVariable @Pattern(regexp = NUMBER_PATTERN) String number,
      @Valid @RequestBody LinkTicketRequest request,
      Principal principal) {
    incidents.link(number, request.ticketNumber(), principal.getName());
    return get(number);
  }

  @Operation(summary = "Unlink a ticket")
  @DeleteMapping("/{number}/links/{ticketNumber}")
  public ResponseEntity<Void> unlink(
      @PathVariable @Pattern(regexp = NUMBER_PATTERN) String number,
      @PathVariable @Pattern(regexp = TicketController.NUMBER_PATTERN) String ticketNumber,
      Principal principal) {
    incidents.unlink(number, ticketNumber, principal.getName());
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Set the status the affected requesters hear in the next update")
  @PostMapping("/{number}/updates")
  public IncidentResponse note(
      @PathVariable @Pattern(regexp = NUMBER_PATTERN) String number,
      @Valid @RequestBody StatusNoteRequest request,
      Principal principal) {
    incidents.noteStatus(number, request.message(), principal.getName());
    return get(number);
  }

  private IncidentResponse view(Incident incident) {
    return IncidentResponse.of(
        incident, zone, incidents.linked(incident), incidents.timeline(incident));
  }
}
