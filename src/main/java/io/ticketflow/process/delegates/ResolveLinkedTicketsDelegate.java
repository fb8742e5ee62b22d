package io.ticketflow.process.delegates;

import io.ticketflow.incident.IncidentService;
import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Resolves the tickets linked to the incident with its resolution; never called for a drill. */
@Component(Beans.RESOLVE_LINKED_TICKETS)
public class ResolveLinkedTicketsDelegate implements JavaDelegate {

  private final IncidentService incidents;

  public ResolveLinkedTicketsDelegate(IncidentService incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    incidents.resolveLinkedTickets((String) execution.getVariable(Vars.INCIDENT_NUMBER));
  }
}
