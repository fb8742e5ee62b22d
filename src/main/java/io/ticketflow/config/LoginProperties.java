package io.ticketflow.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed logins are slowed ({@link LoginThrottle}).
 *
 * @param failuresPerClient failed logins one client address may make in {@code window}, whatever
 *     the user names; then it waits
 * @param failuresPerUser failed logins for one user in {@code window} from addresses where that
 *     user has not signed in lately; then such addresses wait, the user's own do not
 * @param window the time over which those allowances refill
 * @param freeFailures failures in a row of one user from one address before each next try waits
 * @param firstDelay the first wait; it doubles with every further failure in a row
 * @param maxDelay the longest wait of one user at one address
 * @param knownAddressFor how long an address where the user signed in counts as theirs
 */
@ConfigurationProperties("ticketflow.login")
public record LoginProperties(
    @DefaultValue("30") int failuresPerClient,
    @DefaultValue("100") int failuresPerUser,
    @DefaultValue("PT15M") Duration window,
    @DefaultValue("3") int freeFailures,
    @DefaultValue("PT1S") Duration firstDelay,
    @DefaultValue("PT1M") Duration maxDelay,
    @DefaultValue("P30D") Duration knownAddressFor) {}
