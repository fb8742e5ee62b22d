package io.ticketflow.web;

/**
 * What happened to a complaint: always recorded; {@code escalated} when the running work moved up a
 * tier.
 */
public record ComplaintResponse(String number, boolean escalated) {}
