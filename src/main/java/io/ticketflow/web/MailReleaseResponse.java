package io.ticketflow.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.ticketflow.intake.mail.MailOutcome;

/**
 * What a released mail became.
 *
 * @param outcome {@code TICKET}, {@code FOLLOW_UP} or {@code COMMENT} (or {@code DROPPED})
 * @param ticketNumber the ticket it opened or commented on
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MailReleaseResponse(long id, MailOutcome outcome, String ticketNumber) {}
