package io.ticketflow.ticket;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Ticket settings.
 *
 * @param zone the zone whose calendar date goes into ticket numbers
 * @param portalUrl the requester portal's public address, used in acknowledgements
 * @param recentComments how many of the latest comments an agent sees in the work form
 */
@Validated
@ConfigurationProperties("ticketflow.tickets")
public record TicketProperties(
    @NotNull @DefaultValue("Asia/Shanghai") ZoneId zone,
    @NotNull @DefaultValue("http://localhost:8080/portal") URI portalUrl,
    @DefaultValue("5") int recentComments) {}
