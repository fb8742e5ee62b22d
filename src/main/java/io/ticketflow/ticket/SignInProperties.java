package io.ticketflow.ticket;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * A requester's sign-in by e-mail link ({@code ticketflow.portal.sign-in}).
 *
 * @param linkLifetime how long a sign-in link works after its mail was sent
 * @param sessionLifetime how long the session it opens lasts (no extension by use)
 * @param perAddress links one e-mail address may be sent within {@code window} (token bucket, as
 *     the portal's other limits); 0 turns the limit off
 * @param perClient sign-in requests one client address may make within {@code window}; 0 turns it
 *     off
 * @param window the window of both limits
 * @param maxTickets most tickets the list shows, newest first
 */
@Validated
@ConfigurationProperties("ticketflow.portal.sign-in")
public record SignInProperties(
    @NotNull @DefaultValue("PT15M") Duration linkLifetime,
    @NotNull @DefaultValue("PT8H") Duration sessionLifetime,
    @Min(0) @DefaultValue("5") int perAddress,
    @Min(0) @DefaultValue("20") int perClient,
    @NotNull @DefaultValue("PT1H") Duration window,
    @Min(1) @DefaultValue("500") int maxTickets) {}
