package io.ticketflow.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.ticketflow.intake.AlertOutcome;
import io.ticketflow.intake.AlertResult;
import java.time.Instant;
import java.util.List;

/** What each alert of a delivery led to, in the delivery's order. */
public record AlertmanagerResponse(int received, List<AlertView> alerts) {

  /**
   * One alert's outcome.
   *
   * @param incident the incident's number, when the alert belongs to one
   * @param ticket the ticket's number, when the alert belongs to one
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record AlertView(
      String fingerprint, Instant startsAt, AlertOutcome outcome, String incident, String ticket) {}

  static AlertmanagerResponse of(List<AlertResult> results) {
    return new AlertmanagerResponse(
        results.size(),
        results.stream()
            .map(
                r ->
                    new AlertView(
                        r.fingerprint(),
                        r.startsAt(),
                        r.outcome(),
                        r.incidentNumber(),
                        r.ticketNumber()))
            .toList());
  }
}
