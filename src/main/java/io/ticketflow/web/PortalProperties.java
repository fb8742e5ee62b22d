package io.ticketflow.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Requester portal settings: how many tickets one client address may submit anonymously, how many
 * knowledge-base calls it may make, and how many failed calls on tickets (guessing) it may make.
 * Every limit holds for the whole desk: its buckets are kept in the database, shared by all nodes.
 *
 * @param submissionsPerClient tickets one address may submit within {@code submissionWindow}, as a
 *     token bucket (a burst of this many, then one more every window divided by it); 0 turns the
 *     limit off
 * @param submissionWindow the window of the limit
 * @param knowledgeRequestsPerClient knowledge-base calls (search, read, "helped") one address may
 *     make within {@code knowledgeWindow}, a token bucket like the submissions'; 0 turns it off
 * @param knowledgeWindow the window of the knowledge-base limit
 * @param failedAccessPerClient failed calls on a ticket (unknown number, wrong or revoked token,
 *     another ticket's file) one address may make within {@code failedAccessWindow}, a token bucket
 *     like the others; past it every call on a ticket from that address is refused until the bucket
 *     refills; successful calls never count; 0 turns it off
 * @param failedAccessWindow the window of the failed-call limit
 */
@Validated
@ConfigurationProperties("ticketflow.portal")
public record PortalProperties(
    @Min(0) @DefaultValue("10") int submissionsPerClient,
    @NotNull @DefaultValue("PT1H") Duration submissionWindow,
    @Min(0) @DefaultValue("60") int knowledgeRequestsPerClient,
    @NotNull @DefaultValue("PT5M") Duration knowledgeWindow,
    @Min(0) @DefaultValue("20") int failedAccessPerClient,
    @NotNull @DefaultValue("PT10M") Duration failedAccessWindow) {}
