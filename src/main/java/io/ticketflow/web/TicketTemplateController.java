package io.ticketflow.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.ticketflow.template.TicketTemplate;
import io.ticketflow.template.TicketTemplateService;
import io.ticketflow.ticket.TicketProperties;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.time.ZoneId;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Request templates of the portal: any staff member reads them, managers and administrators write
 * them. DELETE deactivates: the template leaves the portal and can be made active again.
 */
@RestController
@Validated
@RequestMapping("/api/ticket-templates")
@SecurityRequirement(name = "basic")
public class TicketTemplateController {

  private final TicketTemplateService templates;
  private final ZoneId zone;

  public TicketTemplateController(TicketTemplateService templates, TicketProperties properties) {
    this.templates = templates;
    this.zone = properties.zone();
  }

  @Operation(summary = "List request templates in their sort order, then by name")
  @GetMapping
  public List<TicketTemplateResponse> list(@RequestParam(required = false) Boolean active) {
    return templates.ticketTemplates(active).stream().map(this::view).toList();
  }

  @Operation(summary = "Read one request template, active or not")
  @GetMapping("/{id}")
  public TicketTemplateResponse get(@PathVariable long id) {
    return view(templates.ticketTemplate(id));
  }

  @Operation(summary = "Write a request template (managers and administrators)")
  @PostMapping
  public ResponseEntity<TicketTemplateResponse> create(
      @Valid @RequestBody TicketTemplateRequest request, Principal principal) {
    TicketTemplate template =
        templates.createTicketTemplate(request.toDraft(), principal.getName());
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/ticket-templates/" + template.getId()))
        .body(view(template));
  }

  @Operation(summary = "Replace a request template (managers and administrators)")
  @PutMapping("/{id}")
  public TicketTemplateResponse update(
      @PathVariable long id,
      @Valid @RequestBody TicketTemplateRequest request,
      Principal principal) {
    return view(
        templates.updateTicketTemplate(
            id, request.toDraft(), request.version(), principal.getName()));
  }

  @Operation(
      summary =
          "Deactivate a request template (managers and administrators); it leaves the portal and a"
              + " PUT with active=true brings it back")
  @DeleteMapping("/{id}")
  public ResponseEntity<Void> deactivate(@PathVariable long id, Principal principal) {
    templates.deactivateTicketTemplate(id, principal.getName());
    return ResponseEntity.noContent().build();
  }

  private TicketTemplateResponse view(TicketTemplate template) {
    return TicketTemplateResponse.of(template, zone);
  }
}
