package io.ticketflow.intake;

import io.ticketflow.ticket.Ticket;
import java.util.Optional;

/**
 * The ticket a request produced.
 *
 * @param accessToken the requester's secret, present only when it was issued by this call
 * @param created false when an earlier request with the same idempotency key made the ticket
 */
public record IntakeResult(Ticket ticket, Optional<String> accessToken, boolean created) {}
