package io.ticketflow.ticket;

/** A ticket linked to another one: what it is to that ticket, and the ticket itself. */
public record LinkedTicket(TicketLink link, Ticket ticket) {}
