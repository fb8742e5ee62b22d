package io.ticketflow.incident;

import io.ticketflow.ticket.TicketStatus;
import java.time.Instant;

/** A ticket linked to an incident, as shown with the incident. */
public record LinkedTicket(
    String number, String title, TicketStatus status, String linkedBy, Instant linkedAt) {}
