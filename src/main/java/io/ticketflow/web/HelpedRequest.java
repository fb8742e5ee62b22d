package io.ticketflow.web;

/**
 * The body of {@code POST /api/portal/knowledge/{number}/helped}: {@code avoidedTicket} says the
 * requester needs no ticket now (a deflection).
 */
public record HelpedRequest(Boolean avoidedTicket) {}
