package io.ticketflow.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.ticketflow.notification.NotificationService;
import io.ticketflow.ticket.TicketProperties;
import io.ticketflow.ticket.TicketService;
import jakarta.validation.constraints.Pattern;
import java.time.ZoneId;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff API for the notifications of a ticket: the in-app channel, with delivery states. */
@RestController
@Validated
@RequestMapping("/api/notifications")
@SecurityRequirement(name = "basic")
public class NotificationController {

  private final TicketService tickets;
  private final NotificationService notifications;
  private final ZoneId zone;

  public NotificationController(
      TicketService tickets, NotificationService notifications, TicketProperties properties) {
    this.tickets = tickets;
    this.notifications = notifications;
    this.zone = properties.zone();
  }

  @Operation(summary = "The notifications of one ticket, oldest first, with their delivery state")
  @GetMapping
  public List<NotificationResponse> list(
      @RequestParam("ticket") @Pattern(regexp = TicketController.NUMBER_PATTERN) String ticket) {
    tickets.get(ticket); // an unknown ticket is a 404, not an empty list
    return notifications.forTicket(ticket).stream()
        .map(n -> NotificationResponse.of(n, zone))
        .toList();
  }
}
