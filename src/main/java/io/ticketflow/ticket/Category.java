package io.ticketflow.ticket;

/** The four ticket categories of the domain brief. */
public enum Category {
  SYSTEM_FAULT,
  OPERATION_GUIDANCE,
  ENVIRONMENT_CONFIGURATION,
  REQUIREMENT_REQUEST
}
