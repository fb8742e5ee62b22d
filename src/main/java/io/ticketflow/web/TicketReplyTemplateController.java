package io.ticketflow.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.ticketflow.template.TemplateService;
import io.ticketflow.ticket.TicketService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The canned replies that suit a ticket, filled in for it and for the agent asking. */
@RestController
@Validated
@SecurityRequirement(name = "basic")
public class TicketReplyTemplateController {

  private final TemplateService templates;
  private final TicketService tickets;

  public TicketReplyTemplateController(TemplateService templates, TicketService tickets) {
    this.templates = templates;
    this.tickets = tickets;
  }

  @Operation(
      summary =
          "The active canned replies for the ticket's category, each filled in for the ticket and"
              + " the calling agent")
  @GetMapping("/api/tickets/{number}/reply-templates")
  public List<ReplyTemplateResponse.Rendered> replies(
      @PathVariable @Pattern(regexp = TicketController.NUMBER_PATTERN) String number,
      Authentication authentication,
      HttpServletRequest request) {
    tickets.getFor(number, Callers.of(authentication, request));
    return templates.repliesFor(number, authentication.getName()).stream()
        .map(ReplyTemplateResponse.Rendered::of)
        .toList();
  }
}
