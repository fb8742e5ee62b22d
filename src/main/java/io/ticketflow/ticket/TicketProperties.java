package io.ticketflow.ticket;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Set;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Ticket settings.
 *
 * @param zone the zone whose calendar date goes into ticket numbers
 * @param portalUrl the requester portal's public address, used in acknowledgements
 * @param recentComments how many of the latest comments an agent sees in the work form
 * @param archiveAfter a closed ticket is archived this long after closing (by the archive process)
 * @param personalDataReaders the Camunda groups whose members may read an archived ticket's
 *     personal data unmasked
 * @param exportMaxRows the most tickets one export holds
 */
@Validated
@ConfigurationProperties("ticketflow.tickets")
public record TicketProperties(
    @NotNull @DefaultValue("Asia/Shanghai") ZoneId zone,
    @NotNull @DefaultValue("http://localhost:8080/portal") URI portalUrl,
    @DefaultValue("5") int recentComments,
    @NotNull @DurationMin(nanos = 0, inclusive = false) @DefaultValue("P30D") Duration archiveAfter,
    @NotEmpty @DefaultValue({"managers", "camunda-admin"}) Set<String> personalDataReaders,
    @Min(1) @DefaultValue("10000") int exportMaxRows) {}
