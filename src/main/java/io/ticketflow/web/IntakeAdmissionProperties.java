package io.ticketflow.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many ticket submissions one node works on at once, and how long a further one may wait for
 * its turn before it is answered 503 with {@code Retry-After}. Beyond the node's capacity, waiting
 * longer only makes every answer late; a quick 503 lets the client (or the balancer) try again
 * later or elsewhere, and the accepted submissions stay fast.
 *
 * @param maxConcurrent submissions in work at once on this node
 * @param maxWait the longest a submission waits for one of them
 * @param retryAfter what the 503 answer asks the client to wait
 */
@Validated
@ConfigurationProperties("ticketflow.intake.admission")
public record IntakeAdmissionProperties(
    @Min(1) @DefaultValue("4") int maxConcurrent,
    @NotNull @DefaultValue("250ms") Duration maxWait,
    @NotNull @DefaultValue("1s") Duration retryAfter) {}
