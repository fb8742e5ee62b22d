package io.ticketflow.incident;

/**
 * What the incident store needs from the emergency-response process; implemented by the process
 * layer.
 */
public interface IncidentProcessPort {

  /**
   * Starts emergency-response for a declared incident in the caller's transaction; returns the
   * process instance id.
   */
  String startResponse(Incident incident);

  /** Tells the running response that monitoring reports recovery; does nothing once resolved. */
  void alertRecovered(String incidentNumber);
}
