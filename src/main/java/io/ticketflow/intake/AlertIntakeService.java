package io.ticketflow.intake;

import io.ticketflow.incident.Incident;
import io.ticketflow.incident.IncidentDeclaration;
import io.ticketflow.incident.IncidentRepository;
import io.ticketflow.incident.IncidentService;
import io.ticketflow.incident.IncidentSource;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.Impact;
import io.ticketflow.ticket.Subcategory;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketRepository;
import io.ticketflow.ticket.TicketService;
import io.ticketflow.ticket.TicketStatus;
import io.ticketflow.ticket.Urgency;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns Alertmanager's alerts into work: a firing critical alert declares a major incident (or
 * joins the open one of its alert group), any other firing alert opens a ticket, a resolved alert
 * tells the incident or ticket. Every alert occurrence (fingerprint + start time) is acted on once,
 * however often and however concurrently it is delivered.
 */
@Service
public class AlertIntakeService {

  /** Who monitoring's comments and tickets are logged as. */
  public static final String ACTOR = "monitoring";

  static final String IDEMPOTENCY_SCOPE = "alertmanager";
  static final String CATEGORY_LABEL = "category";
  static final String SUBCATEGORY_LABEL = "subcategory";
  static final String RUNBOOK_ANNOTATION = "runbook_url";
  static final String CRITICAL = "critical";
  static final String WARNING = "warning";
  static final Category DEFAULT_CATEGORY = Category.SYSTEM_FAULT;

  static final int CLAIM_ATTEMPTS = 3;
  static final int MAX_TITLE = 200;
  static final int MAX_INCIDENT_TEXT = 4000;
  static final int MAX_TICKET_TEXT = 20000;

  /** Tickets still waiting for the fix: only their agents want to hear that the alert is over. */
  private static final Set<TicketStatus> AWAITING_FIX =
      EnumSet.of(
          TicketStatus.NEW,
          TicketStatus.WAITING_ASSIGNMENT,
          TicketStatus.IN_PROGRESS,
          TicketStatus.WAITING_CUSTOMER);

  private static final Logger LOG = LoggerFactory.getLogger(AlertIntakeService.class);

  private final MonitoringAlertRepository alerts;
  private final IncidentService incidents;
  private final IncidentRepository incidentStore;
  private final TicketIntakeService intake;
  private final TicketService tickets;
  private final TicketRepository ticketStore;
  private final AlertmanagerProperties properties;
  private final TransactionTemplate claimTransaction;
  private final TransactionTemplate workTransaction;
  private final Clock clock;

  public AlertIntakeService(
      MonitoringAlertRepository alerts,
      IncidentService incidents,
      IncidentRepository incidentStore,
      TicketIntakeService intake,
      TicketService tickets,
      TicketRepository ticketStore,
      AlertmanagerProperties properties,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.alerts = alerts;
    this.incidents = incidents;
    this.incidentStore = incidentStore;
    this.intake = intake;
    this.tickets = tickets;
    this.ticketStore = ticketStore;
    this.properties = properties;
    this.claimTransaction = new TransactionTemplate(transactions);
    this.claimTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.workTransaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /**
   * Acts on every alert of one delivery, all in one transaction: it fails (and the sender retries)
   * or all of it is done.
   *
   * @return one result per alert, in the delivery's order
   */
  public List<AlertResult> receive(AlertNotification notification) {
    // Each occurrence's row is claimed first, in a short transaction of its own: a concurrent
    // duplicate then finds the row instead of failing on the unique key (a failed insert would
    // spoil the work transaction on PostgreSQL). A claimed row that the work below never links
    // (because that failed) is acted on by the next delivery.
    List<Claim> claims = new ArrayList<>();
    for (IncomingAlert alert : notification.alerts()) {
      claims.add(claim(alert, notification.groupKey()));
    }
    List<AlertResult> results = workTransaction.execute(status -> work(notification, claims));
    if (results == null) {
      return List.of();
    }
    LOG.info(
        "Alertmanager receiver {}, group {}: {}",
        notification.receiver(),
        notification.groupKey(),
        results.stream()
            .collect(
                Collectors.groupingBy(
                    AlertResult::outcome,
                    () -> new EnumMap<>(AlertOutcome.class),
                    Collectors.counting())));
    return results;
  }

  // --- claiming rows ---------------------------------------------------------------------------

  /** The row of one alert occurrence, and whether this delivery created it. */
  record Claim(Long id, boolean inserted) {}

  Claim claim(IncomingAlert alert, String groupKey) {
    for (int attempt = 1; ; attempt++) {
      try {
        return claimTransaction.execute(
            status ->
                known(alert)
                    .map(row -> new Claim(row.getId(), false))
                    .orElseGet(
                        () ->
                            new Claim(
                                alerts
                                    .saveAndFlush(new MonitoringAlert(alert, groupKey, now()))
                                    .getId(),
                                true)));
      } catch (DataIntegrityViolationException concurrentDuplicate) {
        // a delivery running at the same moment inserted the occurrence first: look again
        if (attempt >= CLAIM_ATTEMPTS) {
          throw concurrentDuplicate;
        }
      }
    }
  }

  /**
   * The row a delivery is about: its occurrence. For a resolved alert whose start time matches no
   * row: the latest firing row of its fingerprint, or else the resolved row this very resolution
   * already ended (a repeat).
   */
  private Optional<MonitoringAlert> known(IncomingAlert alert) {
    Optional<MonitoringAlert> exact =
        alerts.findByFingerprintAndStartsAt(alert.fingerprint(), alert.startsAt());
    if (exact.isPresent() || alert.status() == AlertStatus.FIRING) {
      return exact;
    }
    Optional<MonitoringAlert> firing =
        alerts.findFirstByFingerprintAndStatusOrderByStartsAtDesc(
            alert.fingerprint(), AlertStatus.FIRING);
    if (firing.isPresent() || alert.endsAt() == null) {
      return firing;
    }
    return alerts
        .findFirstByFingerprintAndStatusOrderByStartsAtDesc(
            alert.fingerprint(), AlertStatus.RESOLVED)
        .filter(row -> row.getEndsAt().filter(alert.endsAt()::equals).isPresent());
  }

  // --- acting on them --------------------------------------------------------------------------

  private List<AlertResult> work(AlertNotification notification, List<Claim> claims) {
    Map<Long, MonitoringAlert> rows =
        alerts.lockAll(claims.stream().map(Claim::id).distinct().sorted().toList()).stream()
            .collect(Collectors.toMap(MonitoringAlert::getId, Function.identity()));
    List<AlertResult> results = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      IncomingAlert alert = notification.alerts().get(i);
      Claim claim = claims.get(i);
      MonitoringAlert row = rows.get(claim.id());
      if (row == null) {
        throw new IllegalStateException("Alert row " + claim.id() + " vanished");
      }
      results.add(
          alert.status() == AlertStatus.FIRING
              ? firing(notification, alert, row, claim.inserted())
              : resolved(alert, row, claim.inserted()));
    }
    return results;
  }

  private AlertResult firing(
      AlertNotification notification, IncomingAlert alert, MonitoringAlert row, boolean inserted) {
    if (!inserted) {
      row.countDelivery(now());
    }
    if (row.handled()) {
      return result(alert, row, AlertOutcome.REPEATED);
    }
    return isCritical(alert)
        ? declare(notification, alert, row)
        : openTicket(notification, alert, row);
  }

  private AlertResult declare(
      AlertNotification notification, IncomingAlert alert, MonitoringAlert row) {
    IncidentService.Declared declared =
        incidents.openForAlert(declaration(notification.groupKey(), alert));
    Incident incident = declared.incident();
    if (!declared.created()) {
      incidents.recordAlert(incident.getNumber(), firingDetail(alert));
    }
    row.linkIncident(incident.getId());
    return new AlertResult(
        alert.fingerprint(),
        alert.startsAt(),
        declared.created() ? AlertOutcome.INCIDENT_OPENED : AlertOutcome.INCIDENT_JOINED,
        incident.getNumber(),
        null);
  }

  private AlertResult openTicket(
      AlertNotification notification, IncomingAlert alert, MonitoringAlert row) {
    IntakeResult opened =
        intake.submit(
            draft(notification.receiver(), alert), idempotencyKey(alert), IDEMPOTENCY_SCOPE);
    row.linkTicket(opened.ticket().getId());
    return new AlertResult(
        alert.fingerprint(),
        alert.startsAt(),
        opened.created() ? AlertOutcome.TICKET_OPENED : AlertOutcome.REPEATED,
        null,
        opened.ticket().getNumber());
  }

  private AlertResult resolved(IncomingAlert alert, MonitoringAlert row, boolean inserted) {
    if (inserted) {
      // never seen firing (sent before this service listened, or its firing was not routed here)
      return result(alert, row, AlertOutcome.IGNORED);
    }
    Instant now = now();
    row.countDelivery(now);
    if (row.getStatus() == AlertStatus.RESOLVED) {
      return result(alert, row, AlertOutcome.REPEATED);
    }
    Instant endedAt = alert.endsAt() != null ? alert.endsAt() : now;
    row.resolve(endedAt, now);
    incidentNumber(row)
        .ifPresent(number -> incidents.recordRecovery(number, recoveryDetail(alert, endedAt)));
    row.getTicketId()
        .flatMap(ticketStore::findById)
        .filter(ticket -> AWAITING_FIX.contains(ticket.getStatus()))
        .ifPresent(
            ticket ->
                tickets.addApplicationNote(
                    ticket.getNumber(), recoveryNote(alert, endedAt), ACTOR));
    return result(alert, row, AlertOutcome.RECOVERED);
  }

  private AlertResult result(IncomingAlert alert, MonitoringAlert row, AlertOutcome outcome) {
    return new AlertResult(
        alert.fingerprint(),
        alert.startsAt(),
        outcome,
        incidentNumber(row).orElse(null),
        row.getTicketId().flatMap(ticketStore::findById).map(Ticket::getNumber).orElse(null));
  }

  private Optional<String> incidentNumber(MonitoringAlert row) {
    return row.getIncidentId().flatMap(incidentStore::findById).map(Incident::getNumber);
  }

  // --- what the alert says ---------------------------------------------------------------------

  static boolean isCritical(IncomingAlert alert) {
    return alert.severity().filter(CRITICAL::equalsIgnoreCase).isPresent();
  }

  static Urgency urgency(IncomingAlert alert) {
    return alert.severity().filter(WARNING::equalsIgnoreCase).isPresent()
        ? Urgency.IMPORTANT
        : Urgency.NORMAL;
  }

  /** The {@code category} label when it names a category, else {@code SYSTEM_FAULT}. */
  static Category category(IncomingAlert alert) {
    return alert
        .label(CATEGORY_LABEL)
        .flatMap(value -> named(Category.values(), value))
        .orElse(DEFAULT_CATEGORY);
  }

  /** The {@code subcategory} label when it names a subcategory of {@code category}. */
  static Optional<Subcategory> subcategory(IncomingAlert alert, Category category) {
    return alert
        .label(SUBCATEGORY_LABEL)
        .flatMap(value -> named(Subcategory.values(), value))
        .filter(s -> s.belongsTo(category));
  }

  /**
   * What a ticket without a (fitting) subcategory label is filed under: a ticket needs one, and
   * these are what monitoring most often sees of each category.
   */
  static Subcategory defaultSubcategory(Category category) {
    return switch (category) {
      case SYSTEM_FAULT -> Subcategory.SOFTWARE_BUG;
      case OPERATION_GUIDANCE -> Subcategory.HOW_TO;
      case ENVIRONMENT_CONFIGURATION -> Subcategory.NETWORK_SETTINGS;
      case REQUIREMENT_REQUEST -> Subcategory.IMPROVEMENT_SUGGESTION;
    };
  }

  private static <E extends Enum<E>> Optional<E> named(E[] values, String name) {
    return Arrays.stream(values).filter(v -> v.name().equalsIgnoreCase(name)).findFirst();
  }

  static String title(IncomingAlert alert) {
    return MonitoringAlert.cut(
        alert.annotation(IncomingAlert.SUMMARY).orElse(alert.alertName()), MAX_TITLE);
  }

  /** The alert's description, then what identifies it: labels, start, runbook, source. */
  static String description(IncomingAlert alert) {
    StringBuilder text = new StringBuilder();
    alert.annotation(IncomingAlert.DESCRIPTION).ifPresent(d -> text.append(d).append("\n\n"));
    text.append("Alert ")
        .append(alert.alertName())
        .append(alert.severity().map(s -> " (severity " + s + ")").orElse(""))
        .append(", firing since ")
        .append(alert.startsAt())
        .append(".\nLabels: ")
        .append(MonitoringAlert.labelText(alert.labels()));
    alert.annotation(RUNBOOK_ANNOTATION).ifPresent(r -> text.append("\nRunbook: ").append(r));
    if (alert.generatorUrl() != null && !alert.generatorUrl().isBlank()) {
      text.append("\nSource: ").append(alert.generatorUrl().strip());
    }
    return text.toString();
  }

  static IncidentDeclaration declaration(String groupKey, IncomingAlert alert) {
    Category category = category(alert);
    return new IncidentDeclaration(
        title(alert),
        MonitoringAlert.cut(description(alert), MAX_INCIDENT_TEXT),
        category,
        subcategory(alert, category).orElse(null),
        IncidentSource.MONITORING,
        false,
        groupKey,
        null,
        List.of());
  }

  TicketDraft draft(String receiver, IncomingAlert alert) {
    Category category = category(alert);
    return new TicketDraft(
        title(alert),
        MonitoringAlert.cut(description(alert), MAX_TICKET_TEXT),
        category,
        subcategory(alert, category).orElseGet(() -> defaultSubcategory(category)),
        urgency(alert),
        Impact.DEPARTMENT,
        Channel.MONITORING,
        requesterName(receiver),
        properties.requesterEmail(),
        null,
        null,
        null,
        null,
        ACTOR);
  }

  static String requesterName(String receiver) {
    return "Monitoring (Alertmanager receiver " + receiver + ")";
  }

  /** One key per occurrence, so that even racing deliveries cannot open two tickets. */
  static String idempotencyKey(IncomingAlert alert) {
    return alert.fingerprint() + "@" + alert.startsAt();
  }

  private static String firingDetail(IncomingAlert alert) {
    return alert.alertName()
        + " firing since "
        + alert.startsAt()
        + alert.annotation(IncomingAlert.SUMMARY).map(s -> ": " + s).orElse("")
        + " (fingerprint "
        + alert.fingerprint()
        + ")";
  }

  private static String recoveryDetail(IncomingAlert alert, Instant endedAt) {
    return alert.alertName()
        + " recovered at "
        + endedAt
        + " (fingerprint "
        + alert.fingerprint()
        + ")";
  }

  private static String recoveryNote(IncomingAlert alert, Instant endedAt) {
    return "Monitoring reports that alert "
        + alert.alertName()
        + " recovered at "
        + endedAt
        + ". If nothing else is wrong, this ticket may be resolved.";
  }

  private Instant now() {
    return clock.instant();
  }
}
