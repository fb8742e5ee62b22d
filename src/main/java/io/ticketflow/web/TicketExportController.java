package io.ticketflow.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.TicketExport;
import io.ticketflow.ticket.TicketFilter;
import io.ticketflow.ticket.TicketProperties;
import io.ticketflow.ticket.TicketStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tickets as a CSV download for spreadsheets (staff): personal data masked, at most {@code
 * ticketflow.tickets.export-max-rows} rows, each export recorded in the audit trail.
 */
@RestController
@Validated
@SecurityRequirement(name = "basic")
public class TicketExportController {

  static final String CSV = "text/csv; charset=UTF-8";

  private final TicketExport exports;
  private final ZoneId zone;

  public TicketExportController(TicketExport exports, TicketProperties properties) {
    this.exports = exports;
    this.zone = properties.zone();
  }

  @Operation(
      summary =
          "Export tickets as CSV (the list's filters plus createdFrom/createdTo, ISO dates,"
              + " inclusive); requester details masked; audited")
  @GetMapping("/api/tickets/export")
  public void export(
      @RequestParam(required = false) TicketStatus status,
      @RequestParam(required = false) Category category,
      @RequestParam(required = false) @Pattern(regexp = "P[1-4]") String priority,
      @RequestParam(required = false) @Size(max = 200) String q,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate createdFrom,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate createdTo,
      Authentication authentication,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    DayRange created = DayRange.of(createdFrom, createdTo, zone, "createdFrom", "createdTo");
    TicketExport.Export export =
        exports.prepare(
            new TicketFilter(status, category, priority, q, created.start(), created.end()),
            Callers.of(authentication, request));
    response.setContentType(CSV);
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(export.filename()).build().toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
    response.setHeader("X-Content-Type-Options", "nosniff");
    Writer out =
        new BufferedWriter(
            new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    exports.write(export, out);
  }
}
