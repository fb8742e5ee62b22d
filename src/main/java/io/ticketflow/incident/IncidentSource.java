package io.ticketflow.incident;

/** What declared a major incident. */
public enum IncidentSource {
  /** A P1 ticket. */
  TICKET,
  /** A burst of related tickets (same category and subcategory within a short window). */
  BURST,
  /** A firing critical alert from monitoring (Alertmanager). */
  MONITORING,
  /** A manager or the emergency team, through the API or the Tasklist start form. */
  MANAGER
}
