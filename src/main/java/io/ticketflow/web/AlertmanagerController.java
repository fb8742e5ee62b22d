package io.ticketflow.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.ticketflow.intake.AlertIntakeService;
import io.ticketflow.intake.AlertNotification;
import io.ticketflow.ticket.InvalidTicketRequestException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Prometheus Alertmanager's webhook receiver. The bearer token is checked before this is reached
 * (see {@code SecurityConfig}).
 */
@RestController
@SecurityRequirement(name = "alertmanager")
public class AlertmanagerController {

  static final String PATH = "/api/integrations/alertmanager";
  private static final int LOGGED_ERRORS = 5;
  private static final Logger LOG = LoggerFactory.getLogger(AlertmanagerController.class);

  private final AlertIntakeService alerts;
  private final ObjectMapper json;

  public AlertmanagerController(AlertIntakeService alerts, ObjectMapper json) {
    this.alerts = alerts;
    this.json = json;
  }

  @Operation(
      summary =
          "Receive an Alertmanager webhook (version 4): critical alerts declare or join a major"
              + " incident, others open a ticket, resolved alerts report recovery")
  @PostMapping(PATH)
  public AlertmanagerResponse receive(@RequestBody(required = false) String body) {
    AlertNotification notification;
    try {
      notification = AlertmanagerRequest.read(json, body);
    } catch (InvalidTicketRequestException e) {
      // the problems only: a payload may be large and carry whatever its labels say
      LOG.warn(
          "Refused an Alertmanager delivery ({} bytes): {}{}",
          body == null ? 0 : body.length(),
          e.errors().stream()
              .limit(LOGGED_ERRORS)
              .map(err -> err.field() + " " + err.message())
              .collect(Collectors.joining("; ")),
          e.errors().size() > LOGGED_ERRORS ? "; ..." : "");
      throw e;
    }
    return AlertmanagerResponse.of(alerts.receive(notification));
  }
}
