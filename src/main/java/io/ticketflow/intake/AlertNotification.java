package io.ticketflow.intake;

import java.util.List;
import java.util.Objects;

/**
 * One webhook delivery from Alertmanager: a group of alerts, checked for form.
 *
 * @param receiver the Alertmanager receiver that sent it
 * @param groupKey identifies the alert group; critical alerts of one group share one incident
 */
public record AlertNotification(String receiver, String groupKey, List<IncomingAlert> alerts) {

  public AlertNotification {
    Objects.requireNonNull(receiver, "receiver");
    Objects.requireNonNull(groupKey, "groupKey");
    alerts = List.copyOf(alerts);
  }
}
