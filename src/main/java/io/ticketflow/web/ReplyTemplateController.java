package io.ticketflow.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.ticketflow.template.ReplyTemplate;
import io.ticketflow.template.TemplateService;
import io.ticketflow.ticket.Category;
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
 * Canned replies: any staff member reads them, managers and administrators write them. DELETE
 * deactivates: the template stays on record and can be made active again with a PUT.
 */
@RestController
@Validated
@RequestMapping("/api/reply-templates")
@SecurityRequirement(name = "basic")
public class ReplyTemplateController {

  private final TemplateService templates;
  private final ZoneId zone;

  public ReplyTemplateController(TemplateService templates, TicketProperties properties) {
    this.templates = templates;
    this.zone = properties.zone();
  }

  @Operation(
      summary =
          "List canned replies by name; category= gives those for that category and for every"
              + " category")
  @GetMapping
  public List<ReplyTemplateResponse> list(
      @RequestParam(required = false) Category category,
      @RequestParam(required = false) Boolean active) {
    return templates.replyTemplates(category, active).stream().map(this::view).toList();
  }

  @Operation(summary = "Read one canned reply, active or not")
  @GetMapping("/{id}")
  public ReplyTemplateResponse get(@PathVariable long id) {
    return view(templates.replyTemplate(id));
  }

  @Operation(summary = "Write a canned reply (managers and administrators)")
  @PostMapping
  public ResponseEntity<ReplyTemplateResponse> create(
      @Valid @RequestBody ReplyTemplateRequest request, Principal principal) {
    ReplyTemplate template = templates.createReplyTemplate(request.toDraft(), principal.getName());
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/reply-templates/" + template.getId()))
        .body(view(template));
  }

  @Operation(summary = "Replace a canned reply (managers and administrators)")
  @PutMapping("/{id}")
  public ReplyTemplateResponse update(
      @PathVariable long id,
      @Valid @RequestBody ReplyTemplateRequest request,
      Principal principal) {
    return view(
        templates.updateReplyTemplate(
            id, request.toDraft(), request.version(), principal.getName()));
  }

  @Operation(
      summary =
          "Deactivate a canned reply (managers and administrators); it stays on record and a PUT"
              + " with active=true brings it back")
  @DeleteMapping("/{id}")
  public ResponseEntity<Void> deactivate(@PathVariable long id, Principal principal) {
    templates.deactivateReplyTemplate(id, principal.getName());
    return ResponseEntity.noContent().build();
  }

  private ReplyTemplateResponse view(ReplyTemplate template) {
    return ReplyTemplateResponse.of(template, zone);
  }
}
