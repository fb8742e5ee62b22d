package io.ticketflow.monitoring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.ticketflow.incident.IncidentEvent;
import io.ticketflow.incident.IncidentEventType;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.EscalationReason;
import io.ticketflow.ticket.ResolutionTargetMetBy;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketEvent;
import io.ticketflow.ticket.TicketRepository;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts what the ticket and incident logs record, once the entry is committed: tickets created,
 * triaged, resolved, reopened and closed, SLA warnings and breaches, resolution targets met (by the
 * resolution or a workaround), escalations and major incidents declared. The series of every known
 * tag value exist from the start at zero.
 */
@Component
public class EventCounters {

  private static final Pattern TIER = Pattern.compile("\\(tier (\\d+)\\)");

  private final MeterRegistry registry;
  private final TicketRepository tickets;

  public EventCounters(MeterRegistry registry, TicketRepository tickets) {
    this.registry = registry;
    this.tickets = tickets;
    for (Channel channel : Channel.values()) {
      for (Category category : Category.values()) {
        created(channel.name(), category.name());
      }
    }
    MetricNames.PRIORITIES.forEach(this::triaged);
    counter(MetricNames.TICKETS_RESOLVED);
    counter(MetricNames.TICKETS_REOPENED);
    counter(MetricNames.TICKETS_CLOSED);
    counter(MetricNames.TICKETS_MERGED);
    for (String sla : new String[] {MetricNames.SLA_RESPONSE, MetricNames.SLA_RESOLUTION}) {
      counter(MetricNames.SLA_WARNINGS, MetricNames.SLA, sla);
      counter(MetricNames.SLA_BREACHES, MetricNames.SLA, sla);
    }
    for (String tier : MetricNames.ESCALATION_TIERS) {
      for (EscalationReason reason : EscalationReason.values()) {
        escalation(tier, reason.name());
      }
    }
    for (ResolutionTargetMetBy by : ResolutionTargetMetBy.values()) {
      counter(MetricNames.RESOLUTION_TARGETS_MET, MetricNames.MET_BY, by.name());
    }
    counter(MetricNames.INCIDENTS_DECLARED);
  }

  /** Counts a committed entry of a ticket's log (or one saved outside a transaction). */
  @TransactionalEventListener(fallbackExecution = true)
  public void on(TicketEvent event) {
    switch (event.getType()) {
      case CREATED -> {
        Optional<Ticket> ticket = tickets.findById(event.getTicketId());
        created(
                ticket.map(t -> t.getChannel().name()).orElse(MetricNames.UNKNOWN),
                ticket.map(t -> t.getCategory().name()).orElse(MetricNames.UNKNOWN))
            .increment();
      }
      case TRIAGED -> triaged(orUnknown(event.getToValue())).increment();
      case RESOLVED -> counter(MetricNames.TICKETS_RESOLVED).increment();
      case REOPENED -> counter(MetricNames.TICKETS_REOPENED).increment();
      case CLOSED -> counter(MetricNames.TICKETS_CLOSED).increment();
      case MERGED -> counter(MetricNames.TICKETS_MERGED).increment();
      case SLA_WARNING ->
          counter(MetricNames.SLA_WARNINGS, MetricNames.SLA, warnedSla(event)).increment();
      case RESPONSE_SLA_BREACHED ->
          counter(MetricNames.SLA_BREACHES, MetricNames.SLA, MetricNames.SLA_RESPONSE).increment();
      case RESOLUTION_SLA_BREACHED ->
          counter(MetricNames.SLA_BREACHES, MetricNames.SLA, MetricNames.SLA_RESOLUTION)
              .increment();
      case RESOLUTION_TARGET_MET ->
          counter(
                  MetricNames.RESOLUTION_TARGETS_MET,
                  MetricNames.MET_BY,
                  orUnknown(event.getToValue()))
              .increment();
      case ESCALATED ->
          escalation(fromTier(event.getFromValue()), reason(event.getDetail())).increment();
      default -> {
        // not counted
      }
    }
  }

  /** Counts a committed entry of a major incident's timeline: its declaration. */
  @TransactionalEventListener(fallbackExecution = true)
  public void on(IncidentEvent event) {
    if (event.getType() == IncidentEventType.DECLARED) {
      counter(MetricNames.INCIDENTS_DECLARED).increment();
    }
  }

  private Counter created(String channel, String category) {
    return registry.counter(
        MetricNames.TICKETS_CREATED, MetricNames.CHANNEL, channel, MetricNames.CATEGORY, category);
  }

  private Counter triaged(String priority) {
    return counter(MetricNames.TICKETS_TRIAGED, MetricNames.PRIORITY, priority);
  }

  private Counter escalation(String fromTier, String reason) {
    return registry.counter(
        MetricNames.ESCALATIONS, MetricNames.FROM_TIER, fromTier, MetricNames.REASON, reason);
  }

  private Counter counter(String name, String... tags) {
    return registry.counter(name, tags);
  }

  /** The log says "first response due …" or "resolution due …". */
  static String warnedSla(TicketEvent event) {
    String detail = event.getDetail() == null ? "" : event.getDetail();
    if (detail.startsWith("first response")) {
      return MetricNames.SLA_RESPONSE;
    }
    return detail.startsWith("resolution") ? MetricNames.SLA_RESOLUTION : MetricNames.UNKNOWN;
  }

  /** The log's from value reads "group (tier 1)". */
  static String fromTier(String from) {
    Matcher tier = from == null ? null : TIER.matcher(from);
    return tier != null && tier.find() ? tier.group(1) : MetricNames.UNKNOWN;
  }

  /** The log's detail starts with the reason, maybe followed by ": note". */
  static String reason(String detail) {
    String head = detail == null ? "" : detail.split(":", 2)[0].strip();
    return Arrays.stream(EscalationReason.values())
        .map(Enum::name)
        .filter(head::equals)
        .findFirst()
        .orElse(MetricNames.UNKNOWN);
  }

  private static String orUnknown(String value) {
    return value == null || value.isBlank() ? MetricNames.UNKNOWN : value;
  }
}
