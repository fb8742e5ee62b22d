package io.ticketflow.process;

import io.ticketflow.incident.Incident;
import io.ticketflow.incident.IncidentProcessPort;
import io.ticketflow.incident.IncidentService;
import io.ticketflow.process.ProcessModel.EmergencyResponse;
import io.ticketflow.process.ProcessModel.Messages;
import io.ticketflow.process.ProcessModel.Vars;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Starts {@code emergency-response} for a declared incident and passes monitoring news to it. */
@Component
public class EmergencyResponseProcess implements IncidentProcessPort {

  private final RuntimeService runtime;
  private final IncidentService incidents;

  public EmergencyResponseProcess(RuntimeService runtime, @Lazy IncidentService incidents) {
    this.runtime = runtime;
    this.incidents = incidents;
  }

  @Override
  public String startResponse(Incident incident) {
    return runtime
        .startProcessInstanceByKey(EmergencyResponse.KEY, incident.getNumber(), variables(incident))
        .getId();
  }

  @Override
  public void alertRecovered(String incidentNumber) {
    runtime
        .createMessageCorrelation(Messages.ALERT_RECOVERED)
        .processInstanceBusinessKey(incidentNumber)
        .correlateAll();
  }

  /** The variables the response runs on: the incident's number, drill flag and timer values. */
  public VariableMap variables(Incident incident) {
    return Variables.createVariables()
        .putValue(Vars.INCIDENT_NUMBER, incident.getNumber())
        .putValue(Vars.DRILL, incident.isDrill())
        .putValue(Vars.ACKNOWLEDGE_DUE_AT, iso(incident.getAcknowledgeDueAt()))
        .putValue(Vars.FIX_DUE_AT, iso(incident.getFixDueAt()))
        .putValue(Vars.STATUS_UPDATE_CYCLE, incidents.statusUpdateCycle());
  }

  private static String iso(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }
}
