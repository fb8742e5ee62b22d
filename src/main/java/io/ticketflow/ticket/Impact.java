package io.ticketflow.ticket;

/** How far the problem reaches: the whole company, a department or one person. */
public enum Impact {
  ENTERPRISE,
  DEPARTMENT,
  INDIVIDUAL
}
