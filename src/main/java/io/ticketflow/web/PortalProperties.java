package io.ticketflow.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Requester portal settings: how many tickets one client address may submit anonymously.
 *
 * @param submissionsPerClient tickets one address may submit within {@code submissionWindow}, as a
 *     token bucket (a burst of this many, then one more every window divided by it); 0 turns the
 *     limit off
 * @param submissionWindow the window of the limit
 * @param trackedClients most client addresses remembered at once; past that, and after forgetting
 *     the idle ones, new addresses are refused until room is made
 */
@Validated
@ConfigurationProperties("ticketflow.portal")
public record PortalProperties(
    @Min(0) @DefaultValue("10") int submissionsPerClient,
    @NotNull @DefaultValue("PT1H") Duration submissionWindow,
    @Min(1) @DefaultValue("10000") int trackedClients) {}
