package io.ticketflow.ticket;

import io.ticketflow.notification.MailReply;
import io.ticketflow.notification.NotificationEvent;
import io.ticketflow.notification.NotificationService;
import io.ticketflow.notification.NotificationValues;
import io.ticketflow.sla.SlaCalendars;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ticket store's rules: opening a ticket, every status move with its event-log entry, comments,
 * and the requester's side. Called by the REST layer and by the process delegates.
 */
@Service
public class TicketService {

  public static final String SYSTEM_ACTOR = "system";
  static final int MAX_TEXT = 20000;
  static final int MAX_SHORT_TEXT = 2000;

  /** The comment author and event actor columns' size. */
  static final int AUTHOR_CHARS = 200;

  /**
   * The engine stores a string variable in at most 4,000 characters; the work form's answers pass
   * through it.
   */
  static final int MAX_PROCESS_TEXT = 4000;

  /**
   * Long ticket texts are shortened in the work form's read-only context; the ticket keeps the full
   * text.
   */
  private static final int CONTEXT_CHARS = 3800;

  private static final int PREVIEW_CHARS = 500;

  /** Reply and forward prefixes that mail clients put before a subject. */
  private static final Pattern REPLY_PREFIX =
      Pattern.compile("^((re|aw|fw|fwd|答复|回复)\\s*[:：]\\s*)+", Pattern.CASE_INSENSITIVE);

  private static final DateTimeFormatter DUE_FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

  private final TicketRepository tickets;
  private final TicketCommentRepository comments;
  private final TicketEventRepository events;
  private final TicketProcessPort process;
  private final NotificationService notifications;
  private final SlaCalendars calendars;
  private final AccessTokens tokens;
  private final TicketProperties properties;
  private final StaffNotices staffNotices;
  private final TicketVisibility visibility;
  private final Clock clock;

  public TicketService(
      TicketRepository tickets,
      TicketCommentRepository comments,
      TicketEventRepository events,
      TicketProcessPort process,
      NotificationService notifications,
      SlaCalendars calendars,
      AccessTokens tokens,
      TicketProperties properties,
      StaffNotices staffNotices,
      TicketVisibility visibility,
      Clock clock) {
    this.tickets = tickets;
    this.comments = comments;
    this.events = events;
    this.process = process;
    this.notifications = notifications;
    this.calendars = calendars;
    this.tokens = tokens;
    this.properties = properties;
    this.staffNotices = staffNotices;
    this.visibility = visibility;
    this.clock = clock;
  }

  // --- opening and reading -----------------------------------------------------------------

  /**
   * Stores a new ticket with the hash of the requester's first access token and starts its handling
   * process, all in one transaction.
   */
  @Transactional
  public Ticket open(String number, NewTicket request, String accessTokenHash) {
    return open(number, request, accessTokenHash, ReplyThread.NONE);
  }

  /**
   * Stores a new ticket that came by mail and starts its handling process, both in one transaction;
   * {@code thread} says how replies to the requester continue the conversation.
   */
  @Transactional
  public Ticket open(String number, NewTicket request, String accessTokenHash, ReplyThread thread) {
    if (!request.subcategory().belongsTo(request.category())) {
      throw new InvalidTicketRequestException(
          "subcategory", request.subcategory() + " is not a subcategory of " + request.category());
    }
    Ticket fresh = new Ticket(number, request, now());
    fresh.threadWith(thread);
    Ticket ticket = tickets.saveAndFlush(fresh);
    tokens.store(ticket, accessTokenHash, AccessTokenPurpose.SUBMISSION);
    String actor =
        request.createdBy() == null ? request.requester().getName() : request.createdBy();
    log(
        ticket,
        TicketEventType.CREATED,
        null,
        TicketStatus.NEW.name(),
        "channel " + request.channel(),
        actor);
    ticket.attachProcess(process.startHandling(ticket));
    return ticket;
  }

  @Transactional(readOnly = true)
  public Optional<Ticket> findByIdempotencyKey(String scopedKey) {
    return tickets.findByIdempotencyKey(scopedKey);
  }

  /** Whether a stored ticket was created from a request with this fingerprint. */
  public boolean sameRequest(Ticket ticket, String fingerprint) {
    return ticket.getRequestFingerprint().map(f -> f.equals(fingerprint)).orElse(true);
  }

  /** The ticket with this number, if there is one. */
  @Transactional(readOnly = true)
  public Optional<Ticket> find(String number) {
    return tickets.byNumber(number);
  }

  @Transactional(readOnly = true)
  public Ticket get(String number) {
    return tickets.byNumber(number).orElseThrow(() -> new TicketNotFoundException(number));
  }

  /**
   * The ticket with this number, if the staff member may see it ({@link TicketVisibility}); a
   * ticket they may not see is not found, as if there were none.
   */
  @Transactional(readOnly = true)
  public Ticket getFor(String number, StaffAccess viewer) {
    Ticket ticket = get(number);
    if (!visibility.canSee(viewer, ticket)) {
      throw new TicketNotFoundException(number);
    }
    return ticket;
  }

  /** The tickets matching the filter among those the staff member may see. */
  @Transactional(readOnly = true)
  public Page<Ticket> search(TicketFilter filter, Pageable page, StaffAccess viewer) {
    return tickets.findAll(filter.toSpecification().and(visibility.visibleTo(viewer)), page);
  }

  @Transactional(readOnly = true)
  public List<TicketComment> comments(Ticket ticket) {
    return comments.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.getId());
  }

  /** The ticket's comments that the staff member may read: the public ones and some notes. */
  @Transactional(readOnly = true)
  public List<TicketComment> comments(Ticket ticket, StaffAccess viewer) {
    return comments(ticket).stream().filter(c -> visibility.canRead(viewer, c)).toList();
  }

  @Transactional(readOnly = true)
  public List<TicketComment> publicComments(Ticket ticket) {
    return comments.findByTicketIdAndVisibilityOrderByCreatedAtAscIdAsc(
        ticket.getId(), Visibility.PUBLIC);
  }

  @Transactional(readOnly = true)
  public List<TicketEvent> events(Ticket ticket) {
    return events.findByTicketIdOrderByOccurredAtAscIdAsc(ticket.getId());
  }

  // --- steps of the ticket-handling process --------------------------------------------------

  /**
   * Acknowledges receipt to the requester, unless the request came from an automatic sender: an
   * answer to an auto-responder or a mailing list could start a mail loop. A ticket that came by
   * mail is acknowledged as a reply in the requester's thread.
   */
  @Transactional
  public void acknowledge(String number) {
    Ticket ticket = forChange(number);
    if (!ticket.isAutoReplies()) {
      log(
          ticket,
          TicketEventType.ACKNOWLEDGED,
          null,
          null,
          "no acknowledgement sent: the request came from an automatic sender",
          SYSTEM_ACTOR);
      return;
    }
    log(
        ticket,
        TicketEventType.ACKNOWLEDGED,
        null,
        null,
        "receipt acknowledged to the requester",
        SYSTEM_ACTOR);
    String subject = ticket.getMailMessageId().isPresent() ? replySubject(ticket) : null;
    notifyRequester(ticket, NotificationEvent.TICKET_ACKNOWLEDGED, "0", "", subject);
  }

  /** "Re: " and the requester's subject (the title) with the ticket number, as mail clients do. */
  static String replySubject(Ticket ticket) {
    String title = ticket.getTitle().strip();
    String bare = REPLY_PREFIX.matcher(title).replaceFirst("");
    return "Re: " + bare + " [" + ticket.getNumber() + "]";
  }

  /** Records the decisions' priority, route and SLA targets and computes the due times. */
  @Transactional
  public Triage recordTriage(
      String number,
      String priority,
      String candidateGroup,
      int tier,
      String calendar,
      Duration firstResponseTarget,
      Duration resolutionTarget,
      boolean workaroundMeetsResolution) {
    Ticket ticket = forChange(number);
    Instant start = ticket.getCreatedAt();
    Triage triage =
        new Triage(
            candidateGroup,
            tier,
            calendar,
            calendars.dueAt(calendar, start, firstResponseTarget),
            calendars.dueAt(calendar, start, resolutionTarget),
            calendars.warningAt(calendar, start, firstResponseTarget),
            calendars.warningAt(calendar, start, resolutionTarget));
    ticket.triage(priority, triage, now());
    ticket.decideWorkaroundMeetsResolution(workaroundMeetsResolution);
    log(
        ticket,
        TicketEventType.TRIAGED,
        null,
        priority,
        "group "
            + candidateGroup
            + ", tier "
            + tier
            + ", calendar "
            + calendar
            + ", response by "
            + formatDue(triage.firstResponseDueAt())
            + ", resolution by "
            + formatDue(triage.resolutionDueAt())
            + (workaroundMeetsResolution ? " (or a workaround)" : " (a workaround does not count)"),
        SYSTEM_ACTOR);
    changeStatus(
        ticket, TicketStatus.WAITING_ASSIGNMENT, SYSTEM_ACTOR, "queued for " + candidateGroup);
    return triage;
  }

  /**
   * A work task was opened for the ticket in {@code group}. When the ticket goes back to the group
   * that last worked it, the agent who had it keeps it; that agent is returned. Call it before the
   * ticket is read for the task: it locks the ticket's row.
   */
  @Transactional
  public Optional<String> workQueued(String number, String group, int tier) {
    // locked: a person acting on the ticket meanwhile waits for the queued work, or the work reads
    // what they committed, instead of one of the two failing on the ticket's version
    Ticket ticket = locked(number);
    requireWritable(ticket);
    Optional<String> keeper =
        ticket
            .getAssignee()
            .filter(a -> ticket.getCandidateGroup().map(group::equals).orElse(false));
    if (keeper.isEmpty()) {
      if (ticket.getAssignee().isPresent()) {
        ticket.assignTo(null, now());
      }
      ticket.routeTo(group, tier, now());
      changeStatus(ticket, TicketStatus.WAITING_ASSIGNMENT, SYSTEM_ACTOR, "queued for " + group);
    }
    return keeper;
  }

  /**
   * The work task got an assignee, or lost it when {@code agent} is null. An agent who takes the
   * ticket (claims it) has responded; work handed to an agent by someone else, a manager or
   * automatic assignment, waits for the agent's first action.
   *
   * @param actor who made the change: the agent, another user, or {@link #SYSTEM_ACTOR}
   */
  @Transactional
  public TicketStatus assign(String number, String agent, String actor) {
    Ticket ticket = forChange(number);
    String previous = ticket.getAssignee().orElse(null);
    if (!Objects.equals(previous, agent)) {
      ticket.assignTo(agent, now());
      log(ticket, TicketEventType.ASSIGNED, previous, agent, null, actor);
    }
    if (agent == null) {
      changeStatus(ticket, TicketStatus.WAITING_ASSIGNMENT, actor, "returned to the queue");
      return ticket.getStatus();
    }
    changeStatus(ticket, TicketStatus.IN_PROGRESS, actor, null);
    if (agent.equals(actor)) {
      markFirstResponse(ticket, agent);
    } else if (!Objects.equals(previous, agent)) {
      staffNotices.assigned(ticket, agent);
    }
    return ticket.getStatus();
  }

  /**
   * What a work task is named and sorted by: the ticket's number, title, priority, status and due
   * times, without the texts and comments only the opened form shows.
   */
  @Transactional(readOnly = true)
  public WorkContext workHeadline(String number) {
    Ticket ticket = get(number);
    return new WorkContext(
        ticket.getNumber(),
        ticket.getTitle(),
        "",
        "",
        ticket.getPriority().orElse(""),
        ticket.getStatus().name(),
        ticket.getFirstResponseDueAt().map(this::formatDue).orElse(""),
        ticket.getResolutionDueAt().map(this::formatDue).orElse(""),
        "");
  }

  /**
   * What the work form shows of the ticket to {@code group}, the group whose task it is: of the
   * internal notes only those the group's members may read.
   */
  @Transactional(readOnly = true)
  public WorkContext workContext(String number, String group) {
    Ticket ticket = get(number);
    StaffAccess worker = new StaffAccess("", group == null ? Set.of() : Set.of(group), null);
    List<TicketComment> all = comments(ticket, worker);
    String recent =
        all.subList(Math.max(0, all.size() - properties.recentComments()), all.size()).stream()
            .map(
                c ->
                    formatDue(c.getCreatedAt())
                        + " ["
                        + c.getVisibility()
                        + "] "
                        + c.getAuthor()
                        + ": "
                        + preview(c.getBody()))
            .collect(Collectors.joining("\n"));
    return new WorkContext(
        ticket.getNumber(),
        ticket.getTitle(),
        truncate(ticket.getDescription(), CONTEXT_CHARS),
        truncate(ticket.getRequester().summary(), CONTEXT_CHARS),
        ticket.getPriority().orElse(""),
        ticket.getStatus().name(),
        ticket.getFirstResponseDueAt().map(this::formatDue).orElse(""),
        ticket.getResolutionDueAt().map(this::formatDue).orElse(""),
        recent.isEmpty() ? "(no comments yet)" : truncate(recent, CONTEXT_CHARS));
  }

  /**
   * Tickets of {@code subcategory} that were given a solution since {@code since} (and not reopened
   * since), latest first, at most {@code limit}.
   */
  @Transactional(readOnly = true)
  public List<Ticket> resolvedSince(Subcategory subcategory, Instant since, int limit) {
    return tickets.findBySubcategoryAndResolvedAtGreaterThanEqualOrderByResolvedAtDesc(
        subcategory, since, PageRequest.of(0, limit));
  }

  /** Checks an agent's submission: a known outcome and the fields that outcome needs. */
  public WorkOutcome checkWork(WorkSubmission work) {
    List<FieldError> errors = new ArrayList<>();
    Optional<WorkOutcome> outcome = parse(WorkOutcome.class, work.outcome());
    if (outcome.isEmpty()) {
      errors.add(new FieldError("outcome", "choose one of RESOLVED, ESCALATE, WAIT_FOR_CUSTOMER"));
      throw new InvalidTicketRequestException(errors);
    }
    switch (outcome.get()) {
      case RESOLVED -> {
        requireText(errors, "resolution", work.resolution(), MAX_PROCESS_TEXT);
        limitText(errors, "rootCause", work.rootCause(), MAX_SHORT_TEXT);
        limitText(errors, "workaround", work.workaround(), MAX_PROCESS_TEXT);
      }
      case ESCALATE -> {
        if (parse(EscalationReason.class, work.escalationReason()).isEmpty()) {
          errors.add(
              new FieldError(
                  "escalationReason", "choose one of TIMEOUT, CANNOT_RESOLVE, CUSTOMER_COMPLAINT"));
        }
        requireText(errors, "escalationNote", work.escalationNote(), MAX_SHORT_TEXT);
      }
      case WAIT_FOR_CUSTOMER -> requireText(errors, "question", work.question(), MAX_PROCESS_TEXT);
    }
    if (!errors.isEmpty()) {
      throw new InvalidTicketRequestException(errors);
    }
    return outcome.get();
  }

  @Transactional
  public void resolve(
      String number, String resolution, String rootCause, String workaround, String actor) {
    Ticket ticket = forChange(number);
    boolean targetMet =
        ticket.resolve(resolution, blankToNull(rootCause), blankToNull(workaround), now());
    changeStatus(ticket, TicketStatus.RESOLVED, actor, null);
    log(ticket, TicketEventType.RESOLVED, null, null, preview(resolution), actor);
    if (targetMet) {
      logResolutionTargetMet(ticket, actor);
    }
    markFirstResponse(ticket, actor);
  }

  /**
   * The agent asks the requester: the ticket waits for the answer. The ticket's row stays locked
   * until the process waits for the reply (same transaction), so a reply either comes first and is
   * not an answer, or comes after and finds the process waiting (see {@link #addRequesterReply}).
   */
  @Transactional
  public void askRequester(String number, String question, String actor) {
    Ticket ticket = locked(number);
    requireWritable(ticket);
    TicketComment comment =
        addComment(ticket, question, Visibility.PUBLIC, AuthorType.STAFF, actor);
    changeStatus(ticket, TicketStatus.WAITING_CUSTOMER, actor, "question asked");
    markFirstResponse(ticket, actor);
    notifyRequester(
        ticket, NotificationEvent.WAITING_FOR_YOU, String.valueOf(comment.getId()), question);
  }

  /** Moves the ticket to the next tier's group, recording who, why and from where to where. */
  @Transactional
  public void escalate(
      String number,
      String toGroup,
      int toTier,
      EscalationReason reason,
      String note,
      String actor) {
    Ticket ticket = forChange(number);
    String from =
        ticket.getCandidateGroup().orElse("?")
            + " (tier "
            + ticket.getTier().map(String::valueOf).orElse("?")
            + ")";
    String to = toGroup + " (tier " + toTier + ")";
    ticket.routeTo(toGroup, toTier, now());
    ticket.assignTo(null, now());
    log(
        ticket,
        TicketEventType.ESCALATED,
        from,
        to,
        reason + (note == null || note.isBlank() ? "" : ": " + note),
        actor);
    changeStatus(ticket, TicketStatus.WAITING_ASSIGNMENT, actor, "escalated to " + toGroup);
    staffNotices.escalated(ticket, from, to, reason + (note == null ? "" : ": " + note));
  }

  /**
   * Marks the first-response SLA as breached unless an agent answered in time.
   *
   * @return true when this is a new breach: the work must move up a tier
   */
  @Transactional
  public boolean recordResponseBreach(String number) {
    Ticket ticket = forChange(number);
    boolean breached = ticket.markResponseBreached(now());
    if (breached) {
      staffNotices.slaBreach(ticket, "first response");
      log(
          ticket,
          TicketEventType.RESPONSE_SLA_BREACHED,
          null,
          null,
          "first response was due "
              + ticket.getFirstResponseDueAt().map(this::formatDue).orElse("?"),
          SYSTEM_ACTOR);
    }
    return breached;
  }

  /**
   * Marks the resolution SLA as breached unless its target was met in time: resolved, or a
   * workaround given where the sla-targets decision counts one.
   *
   * @return true when this is a new breach: the work must move up a tier
   */
  @Transactional
  public boolean recordResolutionBreach(String number) {
    Ticket ticket = forChange(number);
    boolean breached = ticket.markResolutionBreached(now());
    if (breached) {
      staffNotices.slaBreach(ticket, "resolution");
      log(
          ticket,
          TicketEventType.RESOLUTION_SLA_BREACHED,
          null,
          null,
          "resolution was due " + ticket.getResolutionDueAt().map(this::formatDue).orElse("?"),
          SYSTEM_ACTOR);
    }
    return breached;
  }

  /** Stops the SLA clock while the ticket waits for the requester. */
  @Transactional
  public void pauseSla(String number) {
    Ticket ticket = forChange(number);
    if (ticket.pauseClock(now())) {
      log(
          ticket,
          TicketEventType.SLA_PAUSED,
          null,
          null,
          "waiting for the requester",
          SYSTEM_ACTOR);
    }
  }

  /**
   * Restarts the SLA clock: every due time and warning moves by the working time the ticket waited.
   *
   * @return the moved times, for the process timers
   */
  @Transactional
  public SlaTimes resumeSla(String number) {
    Ticket ticket = forChange(number);
    Optional<Instant> since = ticket.getPausedSince();
    if (since.isEmpty()) {
      return ticket.slaTimes();
    }
    String calendar = ticket.getSlaCalendar().orElse(SlaCalendars.ROUND_THE_CLOCK);
    Duration paused = calendars.workingTimeBetween(calendar, since.get(), now());
    SlaTimes before = ticket.slaTimes();
    SlaTimes moved =
        new SlaTimes(
            shift(calendar, before.firstResponseDueAt(), paused),
            shift(calendar, before.resolutionDueAt(), paused),
            shift(calendar, before.firstResponseWarningAt(), paused),
            shift(calendar, before.resolutionWarningAt(), paused));
    ticket.resumeClock(paused, moved, now());
    log(
        ticket,
        TicketEventType.SLA_RESUMED,
        null,
        null,
        "paused for "
            + paused.toMinutes()
            + " working minutes; resolution now due "
            + Optional.ofNullable(moved.resolutionDueAt()).map(this::formatDue).orElse("-"),
        SYSTEM_ACTOR);
    return moved;
  }

  private Instant shift(String calendar, Instant due, Duration paused) {
    return due == null ? null : calendars.dueAt(calendar, due, paused);
  }

  /**
   * Warns the assignee (or the group) that the first response is nearly due, unless it was given.
   */
  @Transactional
  public void warnResponseDue(String number) {
    Ticket ticket = forChange(number);
    if (ticket.getFirstRespondedAt().isEmpty()) {
      warn(ticket, "first response", ticket.getFirstResponseDueAt());
    }
  }

  /**
   * Warns the assignee (or the group) that the resolution is nearly due, unless the target was met
   * (resolved, or a workaround that counts).
   */
  @Transactional
  public void warnResolutionDue(String number) {
    Ticket ticket = forChange(number);
    if (ticket.getResolutionTargetMetAt().isEmpty()) {
      warn(ticket, "resolution", ticket.getResolutionDueAt());
    }
  }

  /**
   * Reminds the assignee (or the group) to update the requester, unless the ticket is no longer
   * open or staff gave the requester a public reply (or the first response) within {@code target}.
   */
  @Transactional
  public void remindUpdateDue(String number, Duration target) {
    Ticket ticket = get(number);
    if (!ticket.getStatus().isOpen()) {
      return;
    }
    Optional<Instant> lastUpdate = lastPublicUpdate(ticket);
    Instant now = now();
    if (lastUpdate.filter(at -> !at.isBefore(now.minus(target))).isPresent()) {
      return;
    }
    String dueAt = formatDue(lastUpdate.orElse(ticket.getCreatedAt()).plus(target));
    log(
        ticket,
        TicketEventType.UPDATE_DUE,
        null,
        null,
        "requester update due "
            + dueAt
            + ", last public update "
            + lastUpdate.map(this::formatDue).orElse("none"),
        SYSTEM_ACTOR);
    staffNotices.updateDue(ticket, dueAt);
  }

  private Optional<Instant> lastPublicUpdate(Ticket ticket) {
    Optional<Instant> lastReply =
        comments
            .findFirstByTicketIdAndAuthorTypeAndVisibilityOrderByCreatedAtDescIdDesc(
                ticket.getId(), AuthorType.STAFF, Visibility.PUBLIC)
            .map(TicketComment::getCreatedAt);
    return Stream.of(lastReply, ticket.getFirstRespondedAt())
        .flatMap(Optional::stream)
        .max(Comparator.naturalOrder());
  }

  private void warn(Ticket ticket, String target, Optional<Instant> due) {
    String when = due.map(this::formatDue).orElse("?");
    log(ticket, TicketEventType.SLA_WARNING, null, null, target + " due " + when, SYSTEM_ACTOR);
    staffNotices.slaWarning(ticket, target, when);
  }

  /**
   * The requester (or an agent on their behalf) complains: recorded, the group's manager is told,
   * and the work moves up a tier when it is in progress.
   *
   * @return true when the running work was moved up
   */
  @Transactional
  public boolean complain(String number, String reason, String actor) {
    return complain(number, reason, actor, false);
  }

  /** The requester's complaint through the portal. */
  @Transactional
  public boolean complainAsRequester(String number, String accessToken, String reason) {
    Ticket ticket = getForRequester(number, accessToken);
    return complain(number, reason, ticket.getRequester().getName(), true);
  }

  /**
   * Records the complaint and asks for the escalation first, so that the managers' notice names the
   * group the ticket went to, and says who complained: the requester, or a staff member.
   */
  private boolean complain(String number, String reason, String actor, boolean byRequester) {
    // locked: two complaints at once, or a complaint and the ticket's own steps, take turns
    Ticket ticket = locked(number);
    requireOpen(ticket);
    ticket.recordComplaint(now());
    log(ticket, TicketEventType.COMPLAINT, null, null, reason, actor);
    addComment(ticket, "Complaint: " + reason, Visibility.INTERNAL, AuthorType.SYSTEM, actor);
    boolean escalated =
        process.requestEscalation(number, EscalationReason.CUSTOMER_COMPLAINT, reason, actor);
    staffNotices.complaint(get(number), reason, byRequester ? null : actor);
    return escalated;
  }

  /**
   * A collaboration request to another team (typically development from tier 3): whom, and what was
   * asked.
   */
  @Transactional
  public TicketEvent requestCollaboration(
      String number, String team, String request, String actor) {
    Ticket ticket = get(number);
    requireOpen(ticket);
    addComment(
        ticket, "Asked " + team + ": " + request, Visibility.INTERNAL, AuthorType.STAFF, actor);
    return log(ticket, TicketEventType.COLLABORATION_REQUESTED, actor, team, request, actor);
  }

  /**
   * Gives the requester a temporary workaround and the expected resolution time, while work goes
   * on.
   */
  @Transactional
  public void giveWorkaround(
      String number, String workaround, Instant expectedResolution, String actor) {
    Ticket ticket = get(number);
    requireOpen(ticket);
    boolean targetMet = ticket.giveWorkaround(workaround, expectedResolution, now());
    String text =
        "Workaround: "
            + workaround
            + "\nWe expect to resolve the problem by "
            + formatDue(expectedResolution)
            + ".";
    TicketComment comment = addComment(ticket, text, Visibility.PUBLIC, AuthorType.STAFF, actor);
    log(ticket, TicketEventType.WORKAROUND_GIVEN, null, formatDue(expectedResolution), null, actor);
    if (targetMet) {
      // the resolution clock stops here: the breach timer finds the target met
      logResolutionTargetMet(ticket, actor);
    }
    markFirstResponse(ticket, actor);
    // the requester hears of it on their channel, in their language, with the expected time
    Map<String, String> values = new HashMap<>(requesterValues(ticket, workaround));
    values.put(NotificationValues.DUE_AT, formatDue(expectedResolution));
    notifications.notifyRequester(
        ticket.getNumber(),
        NotificationEvent.WORKAROUND_GIVEN,
        String.valueOf(comment.getId()),
        requesterAddress(ticket),
        ticket.getLanguage().orElse(null),
        Map.copyOf(values),
        ticket.getMailMessageId().map(id -> new MailReply(id, null)).orElse(null));
  }

  private void logResolutionTargetMet(Ticket ticket, String actor) {
    ResolutionTargetMetBy by = ticket.getResolutionTargetMetBy().orElseThrow();
    String detail =
        ticket
            .getResolutionDueAt()
            .map(
                due ->
                    (ticket.getResolutionTargetMetAt().orElseThrow().isAfter(due)
                            ? "late, "
                            : "in time, ")
                        + "due "
                        + formatDue(due))
            .orElse(null);
    log(ticket, TicketEventType.RESOLUTION_TARGET_MET, null, by.name(), detail, actor);
  }

  /** An escalation was asked for at the top tier: it stays there, and the manager is told. */
  @Transactional
  public void recordNoHigherTier(String number, EscalationReason reason, String note) {
    Ticket ticket = forChange(number);
    String detail = reason + (note == null || note.isBlank() ? "" : ": " + note);
    log(ticket, TicketEventType.NO_HIGHER_TIER, null, null, detail, SYSTEM_ACTOR);
    staffNotices.noHigherTier(ticket, detail);
  }

  @Transactional
  public void requestConfirmation(String number) {
    Ticket ticket = forChange(number);
    changeStatus(
        ticket, TicketStatus.WAITING_CONFIRMATION, SYSTEM_ACTOR, "asked the requester to confirm");
    notifyRequester(
        ticket,
        NotificationEvent.RESOLVED_PLEASE_CONFIRM,
        String.valueOf(ticket.getReopenCount()),
        ticket.getResolution().orElse(""));
  }

  @Transactional
  public void reopen(String number, String reason) {
    Ticket ticket = forChange(number);
    ticket.reopen(now());
    log(
        ticket,
        TicketEventType.REOPENED,
        null,
        null,
        blankToNull(reason),
        ticket.getRequester().getName());
    changeStatus(
        ticket,
        TicketStatus.IN_PROGRESS,
        ticket.getRequester().getName(),
        "requester says not solved");
  }

  /**
   * Closes the ticket.
   *
   * @param confirmed true when the requester confirmed the solution, null when nobody answered in
   *     time
   */
  @Transactional
  public void close(String number, Boolean confirmed) {
    Ticket ticket = forChange(number);
    ticket.close(now());
    String why =
        Boolean.TRUE.equals(confirmed)
            ? "confirmed by the requester"
            : "no answer from the requester in time";
    changeStatus(ticket, TicketStatus.CLOSED, SYSTEM_ACTOR, why);
    log(ticket, TicketEventType.CLOSED, null, null, why, SYSTEM_ACTOR);
    notifyRequester(ticket, NotificationEvent.TICKET_CLOSED, "0", why);
  }

  /**
   * Archives a closed ticket: from now on it is read only, and staff see its personal data masked.
   * Archiving an archived ticket again changes nothing, so the archive process may retry.
   *
   * @throws IllegalTicketStateException when the ticket is neither closed nor archived
   */
  @Transactional
  public void archive(String number, String actor) {
    Ticket ticket = get(number);
    if (ticket.isArchived()) {
      return;
    }
    if (ticket.getStatus() != TicketStatus.CLOSED) {
      throw new IllegalTicketStateException(
          "Ticket "
              + number
              + " is "
              + ticket.getStatus()
              + "; only a closed ticket can be archived.");
    }
    ticket.archive(now());
    log(
        ticket,
        TicketEventType.STATUS_CHANGED,
        TicketStatus.CLOSED.name(),
        TicketStatus.ARCHIVED.name(),
        "archived: read only, personal data masked",
        actor);
    archiveMergedInto(ticket, actor);
  }

  /**
   * Archives the duplicates merged into {@code master} with it: their handling ended at the merge,
   * so nothing else would archive them and mask their personal data.
   */
  private void archiveMergedInto(Ticket master, String actor) {
    for (Ticket duplicate : tickets.findByMergedIntoOrderByIdAsc(master.getNumber())) {
      if (duplicate.isArchived()) {
        continue;
      }
      duplicate.archive(now());
      log(
          duplicate,
          TicketEventType.STATUS_CHANGED,
          TicketStatus.MERGED.name(),
          TicketStatus.ARCHIVED.name(),
          "archived with " + master.getNumber() + ": read only, personal data masked",
          actor);
      archiveMergedInto(duplicate, actor);
    }
  }

  // --- major incidents: the incident store links tickets and keeps their requesters informed --

  /** Records on the ticket that it is now part of major incident {@code incidentNumber}. */
  @Transactional
  public Ticket linkToIncident(String number, String incidentNumber, String actor) {
    Ticket ticket = get(number);
    requireOpen(ticket);
    log(ticket, TicketEventType.INCIDENT_LINKED, null, incidentNumber, null, actor);
    return ticket;
  }

  /** Records on the ticket that it is no longer part of major incident {@code incidentNumber}. */
  @Transactional
  public void unlinkFromIncident(String number, String incidentNumber, String actor) {
    Ticket ticket = get(number);
    if (ticket.isArchived()) {
      // the archive is read only; the incident's own timeline records the unlinking
      return;
    }
    log(ticket, TicketEventType.INCIDENT_UNLINKED, incidentNumber, null, null, actor);
  }

  /**
   * Tells the ticket's requester how the major incident behind it stands.
   *
   * @param occasion one per update round of the incident, so a retried round tells nobody twice
   * @return false when the ticket no longer waits for a fix (resolved, closed) or was told already
   */
  @Transactional
  public boolean tellIncidentUpdate(
      String number, String incidentNumber, String occasion, String text) {
    Ticket ticket = get(number);
    if (!ticket.getStatus().isOpen()
        || ticket.getStatus() == TicketStatus.WAITING_CONFIRMATION
        || ticket.getStatus() == TicketStatus.RESOLVED) {
      return false;
    }
    boolean queued =
        notifications.notifyRequester(
            ticket.getNumber(),
            NotificationEvent.INCIDENT_UPDATE,
            incidentNumber + ":" + occasion,
            requesterAddress(ticket),
            ticket.getLanguage().orElse(null),
            requesterValues(ticket, text));
    if (queued) {
      log(
          ticket,
          TicketEventType.INCIDENT_UPDATE,
          null,
          incidentNumber,
          preview(text),
          SYSTEM_ACTOR);
    }
    return queued;
  }

  // --- staff -----------------------------------------------------------------------------

  /** A staff member's reply or note on a ticket they see; the note records their groups. */
  @Transactional
  public TicketComment addStaffComment(
      String number, String body, Visibility visibility, StaffAccess author) {
    Ticket ticket = getFor(number, author);
    requireOpen(ticket);
    String actor = author.user();
    TicketComment comment =
        saveComment(ticket, body, visibility, AuthorType.STAFF, actor, author.groups());
    if (visibility == Visibility.PUBLIC) {
      markFirstResponse(ticket, actor);
      notifyRequester(ticket, NotificationEvent.REPLY_ADDED, String.valueOf(comment.getId()), body);
    }
    return comment;
  }

  // --- the requester's side: every call proves the ticket's access token -----------------------

  /**
   * The ticket, when {@code accessToken} is one of its live tokens; an unknown number and a wrong,
   * revoked or missing token are the same "not found".
   */
  @Transactional(readOnly = true)
  public Ticket getForRequester(String number, String accessToken) {
    return requesters(tickets.byNumber(number), number, accessToken);
  }

  /** The ticket found, when the token is one of its live ones; "not found" otherwise. */
  private Ticket requesters(Optional<Ticket> found, String number, String accessToken) {
    return found
        .filter(t -> tokens.matches(t, accessToken))
        .orElseThrow(() -> new TicketNotFoundException(number));
  }

  /**
   * The requester ends every access token of the ticket (one of them proves who they are), for
   * instance after forwarding a mail with the link by mistake.
   *
   * @return how many tokens were revoked
   */
  @Transactional
  public int revokeAccessAsRequester(String number, String accessToken) {
    return tokens.revokeAll(getForRequester(number, accessToken));
  }

  /**
   * Staff end every access token of the ticket; the requester gets a new one with the next mail
   * that links to the portal.
   *
   * @return how many tokens were revoked
   */
  @Transactional
  public int revokeAccess(String number) {
    return tokens.revokeAll(get(number));
  }

  /**
   * The requester's reply; wakes the process when the ticket waits for the requester. The ticket is
   * read locked: a question being asked at this moment is either committed first, and this reply
   * wakes the process waiting for it, or comes after this reply.
   */
  @Transactional
  public TicketComment addRequesterReply(String number, String accessToken, String body) {
    Ticket ticket = requesters(tickets.lockByNumber(number), number, accessToken);
    requireOpen(ticket);
    TicketComment reply =
        addComment(
            ticket, body, Visibility.PUBLIC, AuthorType.REQUESTER, ticket.getRequester().getName());
    if (ticket.getStatus() == TicketStatus.WAITING_CUSTOMER) {
      process.customerReplied(number);
    }
    return reply;
  }

  /**
   * The requester answered by mail: a public comment recorded with the sender. Wakes the process
   * when it waits for the requester, unless {@code wakesProcess} is false (an auto-responder's
   * answer is recorded but is not the requester's answer). The ticket is read locked, as for a
   * reply through the portal ({@link #addRequesterReply}).
   *
   * @param sender the sender as shown in the conversation, e.g. {@code Zhang San
   *     <zhang.san@example.com>}
   */
  @Transactional
  public TicketComment addRequesterMailReply(
      String number, String body, String sender, boolean wakesProcess) {
    Ticket ticket = locked(number);
    requireOpen(ticket);
    String author = truncate(sender, AUTHOR_CHARS);
    TicketComment reply = addComment(ticket, body, Visibility.PUBLIC, AuthorType.REQUESTER, author);
    if (wakesProcess && ticket.getStatus() == TicketStatus.WAITING_CUSTOMER) {
      process.customerReplied(number);
    }
    return reply;
  }

  /**
   * A staff-only note that a part of the application writes in its own name ({@code actor}, e.g.
   * monitoring); every staff member who sees the ticket reads it.
   */
  @Transactional
  public TicketComment addApplicationNote(String number, String body, String actor) {
    Ticket ticket = get(number);
    requireOpen(ticket);
    return addComment(ticket, body, Visibility.INTERNAL, AuthorType.SYSTEM, actor);
  }

  /** A staff-only note written by the application itself (what it did with a mail, say). */
  @Transactional
  public TicketComment addSystemNote(String number, String body) {
    Ticket ticket = forChange(number);
    return addComment(
        ticket, truncate(body, MAX_TEXT), Visibility.INTERNAL, AuthorType.SYSTEM, SYSTEM_ACTOR);
  }

  /**
   * Records on both tickets that {@code newNumber} continues the closed ticket {@code
   * closedNumber}.
   */
  @Transactional
  public void recordFollowUp(String closedNumber, String newNumber, String actor) {
    String author = truncate(actor, AUTHOR_CHARS);
    for (String number : List.of(closedNumber, newNumber)) {
      log(get(number), TicketEventType.FOLLOW_UP, closedNumber, newNumber, null, author);
    }
  }

  @Transactional
  public void confirm(String number, String accessToken, boolean resolved, String comment) {
    // locked: the confirmation and the ticket's own steps take turns instead of racing
    Ticket ticket = requesters(tickets.lockByNumber(number), number, accessToken);
    requireWritable(ticket);
    if (ticket.getStatus() != TicketStatus.WAITING_CONFIRMATION) {
      throw new IllegalTicketStateException(
          "Ticket "
              + number
              + " is "
              + ticket.getStatus()
              + "; it is not waiting for your confirmation.");
    }
    if (!resolved && (comment == null || comment.isBlank())) {
      throw new InvalidTicketRequestException("comment", "tell us what is still not working");
    }
    if (comment != null && !comment.isBlank()) {
      addComment(
          ticket,
          comment,
          Visibility.PUBLIC,
          AuthorType.REQUESTER,
          ticket.getRequester().getName());
    }
    if (resolved) {
      log(
          ticket,
          TicketEventType.CONFIRMED,
          null,
          null,
          "solution confirmed",
          ticket.getRequester().getName());
    }
    process.confirmationReceived(number, resolved, comment);
  }

  @Transactional
  public void recordFeedback(
      String number, String accessToken, Rating rating, Integer score, String comment) {
    Ticket ticket = getForRequester(number, accessToken);
    requireWritable(ticket);
    if (ticket.getResolvedAt().isEmpty() && ticket.getStatus() != TicketStatus.CLOSED) {
      throw new IllegalTicketStateException(
          "Ticket " + number + " is not resolved yet; rate it once it is.");
    }
    if (ticket.getRating().isPresent()) {
      throw new IllegalTicketStateException("Ticket " + number + " has already been rated.");
    }
    if (ticket.getSurveyClosedAt().isPresent()) {
      throw new IllegalTicketStateException(
          "The survey for ticket "
              + number
              + " closed on "
              + formatDue(ticket.getSurveyClosedAt().get())
              + "; it takes no more ratings.");
    }
    ticket.recordFeedback(rating, score, blankToNull(comment), now());
    log(
        ticket,
        TicketEventType.FEEDBACK,
        null,
        rating.name(),
        score == null ? null : "score " + score,
        ticket.getRequester().getName());
    process.feedbackReceived(number, rating, score);
  }

  // --- helpers ------------------------------------------------------------------------------

  public String formatDue(Instant instant) {
    return DUE_FORMAT.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone()));
  }

  private ZoneId zone() {
    return properties.zone();
  }

  private void changeStatus(Ticket ticket, TicketStatus next, String actor, String detail) {
    TicketStatus current = ticket.getStatus();
    if (current == next) {
      return;
    }
    ticket.moveTo(next, now());
    log(ticket, TicketEventType.STATUS_CHANGED, current.name(), next.name(), detail, actor);
  }

  private void markFirstResponse(Ticket ticket, String actor) {
    if (ticket.markFirstResponse(now())) {
      log(ticket, TicketEventType.FIRST_RESPONSE, null, null, null, actor);
    }
  }

  TicketComment addComment(
      Ticket ticket, String body, Visibility visibility, AuthorType type, String author) {
    Set<String> groups = type == AuthorType.STAFF ? this.visibility.groupsOf(author) : Set.of();
    return saveComment(ticket, body, visibility, type, author, groups);
  }

  private TicketComment saveComment(
      Ticket ticket,
      String body,
      Visibility visibility,
      AuthorType type,
      String author,
      Set<String> authorGroups) {
    requireWritable(ticket);
    TicketComment comment =
        comments.save(
            new TicketComment(ticket.getId(), body, visibility, type, author, authorGroups, now()));
    log(ticket, TicketEventType.COMMENTED, null, visibility.name(), null, author);
    return comment;
  }

  /** Records an attachment in the ticket's event log. */
  void logAttachment(Ticket ticket, Attachment attachment) {
    log(
        ticket,
        TicketEventType.ATTACHMENT_ADDED,
        null,
        String.valueOf(attachment.getId()),
        attachment.getFilename()
            + " ("
            + attachment.getContentType()
            + ", "
            + attachment.getSize()
            + " bytes)",
        attachment.getUploadedBy());
  }

  /** The ticket with this number, its row locked until the transaction ends. */
  private Ticket locked(String number) {
    return tickets.lockByNumber(number).orElseThrow(() -> new TicketNotFoundException(number));
  }

  /** The ticket with this number, to be changed: an archived ticket is read only. */
  private Ticket forChange(String number) {
    Ticket ticket = get(number);
    requireWritable(ticket);
    return ticket;
  }

  /** Refuses any change to an archived ticket. */
  static void requireWritable(Ticket ticket) {
    if (ticket.isArchived()) {
      throw new TicketArchivedException(ticket.getNumber());
    }
  }

  private void requireOpen(Ticket ticket) {
    requireWritable(ticket);
    if (!ticket.getStatus().isOpen()) {
      throw new IllegalTicketStateException(
          "Ticket "
              + ticket.getNumber()
              + " is "
              + ticket.getStatus()
              + " and takes no more comments.");
    }
  }

  /** Queues a message to the ticket's requester on their channel, in their language. */
  void notifyRequester(Ticket ticket, NotificationEvent event, String occasion, String text) {
    notifyRequester(ticket, event, occasion, text, null);
  }

  /**
   * Queues a message to the requester; for a ticket that came by mail it answers the requester's
   * mail (In-Reply-To), optionally under {@code subject} instead of the template's.
   */
  private void notifyRequester(
      Ticket ticket, NotificationEvent event, String occasion, String text, String subject) {
    notifications.notifyRequester(
        ticket.getNumber(),
        event,
        occasion,
        requesterAddress(ticket),
        ticket.getLanguage().orElse(null),
        requesterValues(ticket, text),
        ticket.getMailMessageId().map(id -> new MailReply(id, subject)).orElse(null));
  }

  private static String requesterAddress(Ticket ticket) {
    Requester requester = ticket.getRequester();
    return requester.getEmail() != null ? requester.getEmail() : requester.getPhone();
  }

  private Map<String, String> requesterValues(Ticket ticket, String text) {
    return Map.of(
        NotificationValues.NUMBER,
        ticket.getNumber(),
        NotificationValues.TITLE,
        ticket.getTitle(),
        NotificationValues.PORTAL_LINK,
        PortalLinks.link(properties.portalUrl(), ticket.getNumber()),
        NotificationValues.TEXT,
        text == null ? "" : text);
  }

  TicketEvent log(
      Ticket ticket, TicketEventType type, String from, String to, String detail, String actor) {
    return events.save(
        new TicketEvent(
            ticket.getId(), type, from, to, truncate(detail, MAX_SHORT_TEXT), actor, now()));
  }

  private Instant now() {
    return clock.instant();
  }

  private static <E extends Enum<E>> Optional<E> parse(Class<E> type, Object value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enum.valueOf(type, value.toString().trim()));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }

  private static void requireText(List<FieldError> errors, String field, Object value, int max) {
    if (value == null || value.toString().isBlank()) {
      errors.add(new FieldError(field, "must not be blank"));
    } else {
      limitText(errors, field, value, max);
    }
  }

  private static void limitText(List<FieldError> errors, String field, Object value, int max) {
    if (value != null && value.toString().length() > max) {
      errors.add(new FieldError(field, "must be at most " + max + " characters"));
    }
  }

  private static String preview(String text) {
    return truncate(text, PREVIEW_CHARS);
  }

  static String truncate(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    return text.substring(0, max - 1) + "…";
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
