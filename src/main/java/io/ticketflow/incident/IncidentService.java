package io.ticketflow.incident;

import io.ticketflow.notification.NotificationEvent;
import io.ticketflow.notification.NotificationService;
import io.ticketflow.notification.NotificationValues;
import io.ticketflow.notification.StaffAudience;
import io.ticketflow.ticket.FieldError;
import io.ticketflow.ticket.InvalidTicketRequestException;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketMask;
import io.ticketflow.ticket.TicketProcessPort;
import io.ticketflow.ticket.TicketRepository;
import io.ticketflow.ticket.TicketService;
import io.ticketflow.ticket.TicketStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Major incidents: declaring (by a manager, a P1 ticket, a burst of tickets or monitoring), the
 * steps of the emergency response, linked tickets and their requesters, and the report against the
 * targets. A drill runs the same steps but changes no ticket and tells no requester.
 */
@Service
public class IncidentService {

  public static final String SYSTEM_ACTOR = TicketService.SYSTEM_ACTOR;

  static final Set<IncidentStatus> ACTIVE =
      EnumSet.of(IncidentStatus.DECLARED, IncidentStatus.ACKNOWLEDGED, IncidentStatus.MITIGATED);

  /** Tickets that a burst counts and an incident may still link and resolve. */
  static final Set<TicketStatus> WORKABLE =
      EnumSet.of(
          TicketStatus.NEW,
          TicketStatus.WAITING_ASSIGNMENT,
          TicketStatus.IN_PROGRESS,
          TicketStatus.WAITING_CUSTOMER);

  public static final int MAX_TITLE = 200;
  public static final int MAX_TEXT = 4000;
  static final int MAX_DETAIL = 2000;
  static final int MAX_LINKS_PER_REQUEST = 200;

  private final IncidentRepository incidents;
  private final IncidentTicketRepository links;
  private final IncidentEventRepository events;
  private final IncidentNumbers numbers;
  private final IncidentProcessPort process;
  private final TicketService tickets;
  private final TicketRepository ticketStore;
  private final TicketProcessPort ticketProcess;
  private final NotificationService notifications;
  private final IncidentProperties properties;
  private final Clock clock;

  public IncidentService(
      IncidentRepository incidents,
      IncidentTicketRepository links,
      IncidentEventRepository events,
      IncidentNumbers numbers,
      IncidentProcessPort process,
      TicketService tickets,
      TicketRepository ticketStore,
      TicketProcessPort ticketProcess,
      NotificationService notifications,
      IncidentProperties properties,
      Clock clock) {
    this.incidents = incidents;
    this.links = links;
    this.events = events;
    this.numbers = numbers;
    this.process = process;
    this.tickets = tickets;
    this.ticketStore = ticketStore;
    this.ticketProcess = ticketProcess;
    this.notifications = notifications;
    this.properties = properties;
    this.clock = clock;
  }

  // --- declaring ---------------------------------------------------------------------------

  /** Declares a new incident and starts its emergency response (a manager, the API). */
  @Transactional
  public Incident declare(IncidentDeclaration declaration, String actor) {
    List<Ticket> toLink = checkedLinks(declaration);
    IncidentNumbers.Lease lease = numbers.lock();
    Incident incident = create(lease, declaration, actor);
    for (Ticket ticket : toLink) {
      link(incident, ticket, actor);
    }
    incident.attachToProcess(process.startResponse(incident));
    return incident;
  }

  /**
   * Records an incident whose emergency response is already running: declared through the process's
   * start form in Tasklist.
   */
  @Transactional
  public Incident register(
      IncidentDeclaration declaration, String actor, String processInstanceId) {
    List<Ticket> toLink = checkedLinks(declaration);
    Incident incident = create(numbers.lock(), declaration, actor);
    for (Ticket ticket : toLink) {
      link(incident, ticket, actor);
    }
    incident.attachToProcess(processInstanceId);
    return incident;
  }

  /**
   * Opens an incident for a firing critical alert, or joins the open one of the same alert group.
   *
   * @return the incident, and whether it was declared now
   */
  @Transactional
  public Declared openForAlert(IncidentDeclaration declaration) {
    String groupKey = declaration.alertGroupKey();
    Optional<Incident> open = openForAlertGroup(groupKey);
    if (open.isPresent()) {
      return new Declared(open.get(), false);
    }
    IncidentNumbers.Lease lease = numbers.lock();
    // another delivery of the same group may have declared it while we waited for the lock
    open = openForAlertGroup(groupKey);
    if (open.isPresent()) {
      return new Declared(open.get(), false);
    }
    Incident incident = create(lease, declaration, SYSTEM_ACTOR);
    incident.attachToProcess(process.startResponse(incident));
    return new Declared(incident, true);
  }

  /** The open (not drill) incident of an Alertmanager alert group. */
  @Transactional(readOnly = true)
  public Optional<Incident> openForAlertGroup(String groupKey) {
    if (groupKey == null) {
      return Optional.empty();
    }
    return incidents
        .findByAlertGroupKeyAndDrillFalseAndStatusInOrderByDeclaredAtAsc(groupKey, ACTIVE)
        .stream()
        .findFirst();
  }

  /**
   * Looks at a newly triaged ticket: it joins the open incident of its kind (same category and
   * subcategory); a P1 ticket, or the ticket that makes a burst (N of a kind within M minutes),
   * declares one. Drills never take real tickets.
   *
   * @return the incident the ticket is now part of, if any
   */
  @Transactional
  public Optional<Incident> considerTicket(String ticketNumber) {
    Ticket ticket = tickets.get(ticketNumber);
    Optional<Incident> already = activeIncidentOf(ticket);
    if (already.isPresent() || !WORKABLE.contains(ticket.getStatus())) {
      return already;
    }
    Optional<Incident> open = openOfKind(ticket);
    if (open.isPresent()) {
      link(open.get(), ticket, SYSTEM_ACTOR);
      return open;
    }
    boolean major = "P1".equals(ticket.getPriority().orElse(null));
    List<Ticket> burst =
        major || !properties.burstCategories().contains(ticket.getCategory())
            ? List.of()
            : burst(ticket);
    if (!major && burst.size() < properties.burstThreshold()) {
      return Optional.empty();
    }
    IncidentNumbers.Lease lease = numbers.lock();
    // the lock is held: an incident declared meanwhile by another ticket of the kind is visible
    open = openOfKind(ticket);
    if (open.isPresent()) {
      link(open.get(), ticket, SYSTEM_ACTOR);
      return open;
    }
    IncidentDeclaration declaration =
        new IncidentDeclaration(
            major
                ? Texts.cut(ticket.getTitle(), MAX_TITLE)
                : Texts.cut(
                    burst.size()
                        + " tickets about "
                        + ticket.getSubcategory()
                        + " within "
                        + minutes(properties.burstWindow()),
                    MAX_TITLE),
            major
                ? "Declared by P1 ticket " + ticket.getNumber() + "."
                : "Declared by a burst of related tickets, the latest " + ticket.getNumber() + ".",
            ticket.getCategory(),
            ticket.getSubcategory(),
            major ? IncidentSource.TICKET : IncidentSource.BURST,
            false,
            null,
            ticket.getNumber(),
            List.of());
    Incident incident = create(lease, declaration, SYSTEM_ACTOR);
    for (Ticket related : major ? List.of(ticket) : burst) {
      if (activeIncidentOf(related).isEmpty()) {
        link(incident, related, SYSTEM_ACTOR);
      }
    }
    incident.attachToProcess(process.startResponse(incident));
    return Optional.of(incident);
  }

  // --- the steps of the emergency response ---------------------------------------------------

  /** Pages the emergency team (its members by mail; the task waits in their queue). */
  @Transactional
  public void pageTeam(String number) {
    Incident incident = get(number);
    Map<String, String> values = staffValues(incident, describe(incident));
    values.put(NotificationValues.DUE_AT, String.valueOf(incident.getAcknowledgeDueAt()));
    notifications.notifyStaff(
        number,
        NotificationEvent.INCIDENT_DECLARED,
        "page",
        StaffAudience.group(properties.team()),
        values);
    log(incident, IncidentEventType.TEAM_PAGED, "group " + properties.team(), SYSTEM_ACTOR);
  }

  @Transactional
  public void acknowledge(String number, String actor) {
    Incident incident = get(number);
    requireActive(incident);
    if (incident.getAcknowledgedAt().isEmpty()) {
      incident.acknowledge(actor, now());
      log(incident, IncidentEventType.ACKNOWLEDGED, null, actor);
    }
  }

  /** Nobody acknowledged within the target: the emergency team's managers are alerted. */
  @Transactional
  public void escalateAcknowledgement(String number) {
    Incident incident = get(number);
    if (incident.getAcknowledgedAt().isPresent()) {
      return;
    }
    incident.escalateAcknowledgement(now());
    String text =
        "Nobody of the emergency team acknowledged it within "
            + minutes(Duration.between(incident.getDeclaredAt(), incident.getAcknowledgeDueAt()))
            + ".";
    escalate(incident, "acknowledgement", text, incident.getAcknowledgeDueAt());
    log(incident, IncidentEventType.ACKNOWLEDGEMENT_ESCALATED, text, SYSTEM_ACTOR);
  }

  /** A workaround is in place; the affected requesters hear it with every status update. */
  @Transactional
  public void giveWorkaround(String number, String workaround, String actor) {
    Incident incident = get(number);
    requireActive(incident);
    String text = requireText("workaround", workaround, MAX_TEXT);
    incident.giveWorkaround(text, now());
    log(incident, IncidentEventType.WORKAROUND_GIVEN, text, actor);
  }

  /** Sets what the affected requesters hear in the next status update. */
  @Transactional
  public void noteStatus(String number, String note, String actor) {
    Incident incident = get(number);
    requireActive(incident);
    String text = requireText("message", note, MAX_TEXT);
    incident.noteStatus(text);
    log(incident, IncidentEventType.STATUS_NOTE, text, actor);
  }

  /** The fix runs past its target: management is alerted. */
  @Transactional
  public void escalateFix(String number) {
    Incident incident = get(number);
    if (!incident.getStatus().isActive()) {
      return;
    }
    incident.escalateFix(now());
    String text =
        "The fix has run past its target of "
            + minutes(Duration.between(incident.getDeclaredAt(), incident.getFixDueAt()))
            + " since declaration.";
    escalate(incident, "fix", text, incident.getFixDueAt());
    log(incident, IncidentEventType.FIX_ESCALATED, text, SYSTEM_ACTOR);
  }

  /**
   * Tells every affected requester (of the linked tickets still waiting for the fix) how the
   * incident stands. In a drill nobody is told; the round is counted for the report.
   *
   * @return how many requesters were told (in a drill: would have been)
   */
  @Transactional
  public int sendStatusUpdate(String number) {
    Incident incident = get(number);
    if (!incident.getStatus().isActive()) {
      return 0;
    }
    String round = String.valueOf(incident.getStatusUpdates() + 1);
    String text = statusText(incident);
    int told = 0;
    for (Ticket ticket : linkedTickets(incident)) {
      if (!WORKABLE.contains(ticket.getStatus())) {
        continue;
      }
      if (incident.isDrill()
          || tickets.tellIncidentUpdate(ticket.getNumber(), number, round, text)) {
        told++;
      }
    }
    incident.countStatusUpdate(now());
    log(
        incident,
        IncidentEventType.STATUS_UPDATE_SENT,
        (incident.isDrill() ? "Drill, nobody told; would have told " : "Told ")
            + told
            + " requester(s): "
            + Texts.cut(text, 1500),
        SYSTEM_ACTOR);
    return told;
  }

  /** Monitoring reports recovery: recorded, and the running response proposes resolution. */
  @Transactional
  public void recordRecovery(String number, String detail) {
    Incident incident = get(number);
    incident.recover(now());
    log(incident, IncidentEventType.ALERT_RECOVERED, Texts.cut(detail, MAX_DETAIL), SYSTEM_ACTOR);
    if (incident.getStatus().isActive()) {
      process.alertRecovered(number);
    }
  }

  /** Another firing alert of the incident's group: kept on its timeline. */
  @Transactional
  public void recordAlert(String number, String detail) {
    Incident incident = get(number);
    log(incident, IncidentEventType.ALERT_FIRING, Texts.cut(detail, MAX_DETAIL), SYSTEM_ACTOR);
  }

  /** Tells the emergency team that monitoring sees recovery, so they check and resolve. */
  @Transactional
  public void proposeResolution(String number) {
    Incident incident = get(number);
    if (!incident.getStatus().isActive()) {
      return;
    }
    notifications.notifyStaff(
        number,
        NotificationEvent.INCIDENT_RECOVERED,
        "recovered:" + incident.getRecoveredAt().map(Instant::toEpochMilli).orElse(0L),
        StaffAudience.group(properties.team()),
        staffValues(
            incident,
            "Recovered at "
                + incident.getRecoveredAt().map(String::valueOf).orElse("(unknown)")
                + "."));
  }

  @Transactional
  public void resolve(String number, String resolution, String actor) {
    Incident incident = get(number);
    requireActive(incident);
    String text = requireText("resolution", resolution, MAX_TEXT);
    incident.resolve(text, actor, now());
    log(incident, IncidentEventType.RESOLVED, text, actor);
  }

  /**
   * Resolves every linked ticket still being worked or waiting for its requester with the
   * incident's resolution; their requesters are asked to confirm as after any resolution. A drill
   * resolves nothing.
   *
   * @return how many tickets were resolved
   */
  @Transactional
  public int resolveLinkedTickets(String number) {
    Incident incident = get(number);
    if (incident.isDrill()) {
      return 0;
    }
    String text =
        "Resolved together with major incident "
            + number
            + " ("
            + incident.getTitle()
            + "):\n"
            + incident.getResolution().orElse("");
    String actor = incident.getResolvedBy().orElse(SYSTEM_ACTOR);
    int resolved = 0;
    for (Ticket ticket : linkedTickets(incident)) {
      if (!WORKABLE.contains(ticket.getStatus())) {
        log(
            incident,
            IncidentEventType.TICKET_RESOLVED,
            ticket.getNumber() + " left as it is (" + ticket.getStatus() + ")",
            SYSTEM_ACTOR);
        continue;
      }
      if (ticketProcess.resolveWithIncident(ticket.getNumber(), Texts.cut(text, MAX_TEXT), actor)) {
        resolved++;
        log(incident, IncidentEventType.TICKET_RESOLVED, ticket.getNumber(), actor);
      } else {
        log(
            incident,
            IncidentEventType.TICKET_RESOLVED,
            ticket.getNumber() + " left as it is: its process does not wait for work",
            SYSTEM_ACTOR);
      }
    }
    return resolved;
  }

  /** The post-incident review: timeline, root cause, corrective actions with owners. */
  @Transactional
  public void recordReview(
      String number, String timeline, String rootCause, String correctiveActions, String actor) {
    Incident incident = get(number);
    if (incident.getStatus() != IncidentStatus.RESOLVED) {
      throw new IllegalIncidentStateException(
          "Incident "
              + number
              + " is "
              + incident.getStatus()
              + "; only a resolved one is reviewed.");
    }
    List<FieldError> errors = new ArrayList<>();
    check(errors, "timeline", timeline);
    check(errors, "rootCause", rootCause);
    check(errors, "correctiveActions", correctiveActions);
    if (!errors.isEmpty()) {
      throw new InvalidTicketRequestException(errors);
    }
    incident.review(timeline.strip(), rootCause.strip(), correctiveActions.strip(), actor);
    log(incident, IncidentEventType.REVIEWED, Texts.cut(rootCause.strip(), MAX_DETAIL), actor);
  }

  @Transactional
  public void close(String number) {
    Incident incident = get(number);
    if (incident.getStatus() == IncidentStatus.CLOSED) {
      return;
    }
    incident.close(now());
    log(incident, IncidentEventType.CLOSED, null, SYSTEM_ACTOR);
  }

  // --- linked tickets ------------------------------------------------------------------------

  /** Links a ticket while the incident is active; linking it again changes nothing. */
  @Transactional
  public void link(String number, String ticketNumber, String actor) {
    Incident incident = get(number);
    requireActive(incident);
    Ticket ticket = tickets.get(ticketNumber);
    lock(incident);
    if (isLinked(incident, ticket)) {
      return;
    }
    requireLinkable(incident, ticket);
    addLink(incident, ticket, actor);
  }

  @Transactional
  public void unlink(String number, String ticketNumber, String actor) {
    Incident incident = get(number);
    requireActive(incident);
    Ticket ticket = tickets.get(ticketNumber);
    IncidentTicket existing =
        links
            .findByIncidentIdAndTicketId(incident.getId(), ticket.getId())
            .orElseThrow(
                () ->
                    new IllegalIncidentStateException(
                        "Ticket " + ticketNumber + " is not linked to incident " + number + "."));
    links.delete(existing);
    log(incident, IncidentEventType.TICKET_UNLINKED, ticket.getNumber(), actor);
    if (!incident.isDrill()) {
      tickets.unlinkFromIncident(ticket.getNumber(), number, actor);
    }
  }

  // --- reading -------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public Incident get(String number) {
    return incidents.findByNumber(number).orElseThrow(() -> new IncidentNotFoundException(number));
  }

  @Transactional(readOnly = true)
  public Page<Incident> list(Set<IncidentStatus> statuses, Pageable page) {
    return incidents.findByStatusIn(
        statuses.isEmpty() ? EnumSet.allOf(IncidentStatus.class) : statuses, page);
  }

  @Transactional(readOnly = true)
  public List<LinkedTicket> linked(Incident incident) {
    List<LinkedTicket> result = new ArrayList<>();
    for (IncidentTicket link : links.findByIncidentIdOrderByLinkedAtAscIdAsc(incident.getId())) {
      ticketStore
          .findById(link.getTicketId())
          .ifPresent(
              t ->
                  result.add(
                      new LinkedTicket(
                          t.getNumber(),
                          TicketMask.forStaff(t).text(t.getTitle()),
                          t.getStatus(),
                          link.getLinkedBy(),
                          link.getLinkedAt())));
    }
    return result;
  }

  @Transactional(readOnly = true)
  public List<IncidentEvent> timeline(Incident incident) {
    return events.findByIncidentIdOrderByOccurredAtAscIdAsc(incident.getId());
  }

  /** The incident's (or drill's) times against its targets, with its timeline. */
  @Transactional(readOnly = true)
  public IncidentReport report(String number) {
    Incident incident = get(number);
    Instant now = now();
    Duration ackTarget = Duration.between(incident.getDeclaredAt(), incident.getAcknowledgeDueAt());
    Duration fixTarget = Duration.between(incident.getDeclaredAt(), incident.getFixDueAt());
    Duration toAck =
        incident
            .getAcknowledgedAt()
            .map(at -> Duration.between(incident.getDeclaredAt(), at))
            .orElse(null);
    Duration toFix =
        incident
            .getResolvedAt()
            .map(at -> Duration.between(incident.getDeclaredAt(), at))
            .orElse(null);
    return new IncidentReport(
        incident.getNumber(),
        incident.getTitle(),
        incident.isDrill(),
        incident.getSource(),
        incident.getStatus(),
        incident.getDeclaredAt(),
        ackTarget,
        incident.getAcknowledgedAt().orElse(null),
        toAck,
        outcome(toAck, ackTarget, now.isAfter(incident.getAcknowledgeDueAt())),
        incident.getAcknowledgementEscalatedAt().isPresent(),
        fixTarget,
        incident.getResolvedAt().orElse(null),
        toFix,
        outcome(toFix, fixTarget, now.isAfter(incident.getFixDueAt())),
        incident.getFixEscalatedAt().isPresent(),
        incident.getStatusUpdates(),
        links.findByIncidentIdOrderByLinkedAtAscIdAsc(incident.getId()).size(),
        timeline(incident));
  }

  /** The timer values the emergency response runs on. */
  public String statusUpdateCycle() {
    return "R/" + properties.statusUpdateInterval();
  }

  // --- internals -----------------------------------------------------------------------------

  private Incident create(
      IncidentNumbers.Lease lease, IncidentDeclaration declaration, String actor) {
    Instant now = now();
    Incident incident =
        incidents.save(
            new Incident(
                lease.next(),
                declaration,
                actor,
                now,
                now.plus(properties.acknowledgeTarget(declaration.source())),
                now.plus(properties.fixTarget())));
    log(
        incident,
        IncidentEventType.DECLARED,
        (incident.isDrill() ? "Drill. " : "")
            + "Source "
            + declaration.source()
            + Optional.ofNullable(declaration.originTicketNumber())
                .map(t -> ", ticket " + t)
                .orElse(""),
        actor);
    return incident;
  }

  /** Checks the declaration and returns the tickets to link; nothing is written when it fails. */
  private List<Ticket> checkedLinks(IncidentDeclaration declaration) {
    List<FieldError> invalid = new ArrayList<>();
    if (declaration.title().isBlank()) {
      invalid.add(new FieldError("title", "must not be blank"));
    } else if (declaration.title().length() > MAX_TITLE) {
      invalid.add(new FieldError("title", "at most " + MAX_TITLE + " characters"));
    }
    if (declaration.description() != null && declaration.description().length() > MAX_TEXT) {
      invalid.add(new FieldError("description", "at most " + MAX_TEXT + " characters"));
    }
    if (declaration.subcategory() != null
        && !declaration.subcategory().belongsTo(declaration.category())) {
      invalid.add(
          new FieldError(
              "subcategory",
              declaration.subcategory() + " does not belong to " + declaration.category()));
    }
    if (!invalid.isEmpty()) {
      throw new InvalidTicketRequestException(invalid);
    }
    if (declaration.linkTickets().size() > MAX_LINKS_PER_REQUEST) {
      throw new InvalidTicketRequestException(
          "linkTickets", "at most " + MAX_LINKS_PER_REQUEST + " tickets at once");
    }
    List<FieldError> errors = new ArrayList<>();
    List<Ticket> result = new ArrayList<>();
    int index = 0;
    for (String number : new LinkedHashSet<>(declaration.linkTickets())) {
      String field = "linkTickets[" + index++ + "]";
      Optional<Ticket> ticket =
          number == null ? Optional.empty() : ticketStore.findByNumber(number.strip());
      Optional<Incident> other =
          ticket.isEmpty() || declaration.drill()
              ? Optional.empty()
              : activeIncidentOf(ticket.get());
      if (ticket.isEmpty()) {
        errors.add(new FieldError(field, "no ticket " + number));
      } else if (!WORKABLE.contains(ticket.get().getStatus())) {
        errors.add(new FieldError(field, number + " is " + ticket.get().getStatus()));
      } else if (other.isPresent()) {
        errors.add(
            new FieldError(
                field, number + " is already part of incident " + other.get().getNumber()));
      } else {
        result.add(ticket.get());
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidTicketRequestException(errors);
    }
    return result;
  }

  private void requireLinkable(Incident incident, Ticket ticket) {
    if (!WORKABLE.contains(ticket.getStatus())) {
      throw new IllegalIncidentStateException(
          "Ticket " + ticket.getNumber() + " is " + ticket.getStatus() + " and cannot be linked.");
    }
    if (!incident.isDrill()) {
      Optional<Incident> other = activeIncidentOf(ticket);
      if (other.isPresent()) {
        throw new IllegalIncidentStateException(
            "Ticket "
                + ticket.getNumber()
                + " is already part of incident "
                + other.get().getNumber()
                + "; unlink it there first.");
      }
    }
  }

  /**
   * Links the ticket unless it is linked already. The incident's row is locked first and stays
   * locked until the transaction ends, so of two links of one ticket at the same time (its own
   * check and another ticket's burst, say) the second waits and then finds the first: one link, no
   * duplicate.
   */
  private void link(Incident incident, Ticket ticket, String actor) {
    lock(incident);
    if (!isLinked(incident, ticket)) {
      addLink(incident, ticket, actor);
    }
  }

  /** Records the link; the caller holds the incident's lock and found no link yet. */
  private void addLink(Incident incident, Ticket ticket, String actor) {
    links.save(new IncidentTicket(incident.getId(), ticket.getId(), actor, now()));
    log(incident, IncidentEventType.TICKET_LINKED, ticket.getNumber(), actor);
    if (!incident.isDrill()) {
      tickets.linkToIncident(ticket.getNumber(), incident.getNumber(), actor);
    }
  }

  /**
   * Holds the incident's row until the transaction ends; see {@link #link(Incident, Ticket,
   * String)}.
   */
  private void lock(Incident incident) {
    incidents
        .lockById(incident.getId())
        .orElseThrow(() -> new IncidentNotFoundException(incident.getNumber()));
  }

  private boolean isLinked(Incident incident, Ticket ticket) {
    return links.findByIncidentIdAndTicketId(incident.getId(), ticket.getId()).isPresent();
  }

  /** The active real (not drill) incident the ticket is linked to. */
  private Optional<Incident> activeIncidentOf(Ticket ticket) {
    for (IncidentTicket link : links.findByTicketId(ticket.getId())) {
      Optional<Incident> incident =
          incidents
              .findById(link.getIncidentId())
              .filter(i -> !i.isDrill() && i.getStatus().isActive());
      if (incident.isPresent()) {
        return incident;
      }
    }
    return Optional.empty();
  }

  private Optional<Incident> openOfKind(Ticket ticket) {
    return incidents
        .findByCategoryAndSubcategoryAndDrillFalseAndStatusInOrderByDeclaredAtAsc(
            ticket.getCategory(), ticket.getSubcategory(), ACTIVE)
        .stream()
        .findFirst();
  }

  private List<Ticket> burst(Ticket ticket) {
    return ticketStore
        .findByCategoryAndSubcategoryAndCreatedAtGreaterThanEqualAndStatusInOrderByCreatedAtAsc(
            ticket.getCategory(),
            ticket.getSubcategory(),
            ticket.getCreatedAt().minus(properties.burstWindow()),
            WORKABLE);
  }

  private List<Ticket> linkedTickets(Incident incident) {
    List<Ticket> result = new ArrayList<>();
    for (IncidentTicket link : links.findByIncidentIdOrderByLinkedAtAscIdAsc(incident.getId())) {
      ticketStore.findById(link.getTicketId()).ifPresent(result::add);
    }
    return result;
  }

  private void escalate(Incident incident, String what, String text, Instant dueAt) {
    Map<String, String> values = staffValues(incident, text);
    values.put(NotificationValues.DUE_AT, String.valueOf(dueAt));
    notifications.notifyStaff(
        incident.getNumber(),
        NotificationEvent.INCIDENT_ESCALATED,
        what,
        StaffAudience.managersOf(properties.team()),
        values);
  }

  private Map<String, String> staffValues(Incident incident, String text) {
    Map<String, String> values = new HashMap<>();
    values.put(NotificationValues.NUMBER, incident.getNumber());
    values.put(
        NotificationValues.TITLE, (incident.isDrill() ? "[DRILL] " : "") + incident.getTitle());
    values.put(NotificationValues.GROUP, properties.team());
    values.put(NotificationValues.TEXT, text == null ? "" : text);
    return values;
  }

  private static String describe(Incident incident) {
    return (incident.isDrill() ? "This is a drill. " : "")
        + "Source: "
        + incident.getSource()
        + ", category "
        + incident.getCategory()
        + incident.getSubcategory().map(s -> " / " + s).orElse("")
        + "."
        + incident.getDescription().map(d -> "\n\n" + d).orElse("");
  }

  private static String statusText(Incident incident) {
    String phase =
        switch (incident.getStatus()) {
          case DECLARED -> "Our emergency team has been alerted and is taking it on.";
          case ACKNOWLEDGED -> "Our emergency team is investigating the cause.";
          case MITIGATED -> "A workaround is in place while we work on the fix.";
          case RESOLVED, CLOSED -> "It is resolved.";
        };
    StringBuilder text = new StringBuilder(phase);
    incident.getWorkaround().ifPresent(w -> text.append("\n\nWorkaround: ").append(w));
    incident.getStatusNote().ifPresent(note -> text.append("\n\n").append(note));
    return text.toString();
  }

  private void log(Incident incident, IncidentEventType type, String detail, String actor) {
    events.save(
        new IncidentEvent(incident.getId(), type, Texts.cut(detail, MAX_DETAIL), actor, now()));
  }

  private static void requireActive(Incident incident) {
    if (!incident.getStatus().isActive()) {
      throw new IllegalIncidentStateException(
          "Incident " + incident.getNumber() + " is " + incident.getStatus() + ".");
    }
  }

  private static String requireText(String field, String text, int max) {
    if (text == null || text.isBlank()) {
      throw new InvalidTicketRequestException(field, "must not be blank");
    }
    if (text.strip().length() > max) {
      throw new InvalidTicketRequestException(field, "at most " + max + " characters");
    }
    return text.strip();
  }

  private static void check(List<FieldError> errors, String field, String text) {
    if (text == null || text.isBlank()) {
      errors.add(new FieldError(field, "must not be blank"));
    } else if (text.strip().length() > MAX_TEXT) {
      errors.add(new FieldError(field, "at most " + MAX_TEXT + " characters"));
    }
  }

  private static TargetOutcome outcome(Duration took, Duration target, boolean targetPassed) {
    if (took != null) {
      return took.compareTo(target) <= 0 ? TargetOutcome.MET : TargetOutcome.MISSED;
    }
    return targetPassed ? TargetOutcome.MISSED : TargetOutcome.OPEN;
  }

  private static String minutes(Duration duration) {
    return duration.toMinutes() + " min";
  }

  private Instant now() {
    return clock.instant();
  }

  /** An incident found or declared for an alert. */
  public record Declared(Incident incident, boolean created) {}

  /** Text helpers. */
  static final class Texts {
    private Texts() {}

    static String cut(String text, int max) {
      if (text == null) {
        return null;
      }
      return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
  }
}
