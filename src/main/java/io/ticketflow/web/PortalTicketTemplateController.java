package io.ticketflow.web;

import io.swagger.v3.oas.annotations.Operation;
import io.ticketflow.template.TicketTemplateService;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The common requests the portal's form offers: no login, active templates only. */
@RestController
@Validated
public class PortalTicketTemplateController {

  private final TicketTemplateService templates;

  public PortalTicketTemplateController(TicketTemplateService templates) {
    this.templates = templates;
  }

  @Operation(
      summary =
          "Active request templates for the portal's form; language= keeps those in that language"
              + " and those for every language")
  @GetMapping("/api/portal/ticket-templates")
  public List<TicketTemplateResponse.PortalView> list(
      @RequestParam(required = false)
          @Size(max = 35)
          @Pattern(
              regexp = "[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*",
              message = "must be a language tag such as en or zh-CN")
          String language) {
    return templates.offeredTo(language).stream()
        .map(TicketTemplateResponse.PortalView::of)
        .toList();
  }
}
