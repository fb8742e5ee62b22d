package io.ticketflow.ticket;

import io.ticketflow.search.SearchAnalysis;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.NaturalId;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A support request and everything recorded while it is handled. The record; processes hold only
 * its number.
 */
@Entity
@Table(name = "ticket")
@Indexed(index = "ticket")
public class Ticket {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @KeywordField(normalizer = SearchAnalysis.KEYWORD, sortable = Sortable.YES)
  @NaturalId
  @Column(nullable = false, unique = true, length = 32, updatable = false)
  private String number;

  @FullTextField(analyzer = SearchAnalysis.TEXT)
  @Column(nullable = false, length = 200)
  private String title;

  @FullTextField(analyzer = SearchAnalysis.TEXT)
  @Column(nullable = false, length = 20000)
  private String description;

  @KeywordField
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private Category category;

  @KeywordField
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private Subcategory subcategory;

  @KeywordField
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Urgency urgency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Impact impact;

  @KeywordField
  @Column(length = 2)
  private String priority;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Channel channel;

  @KeywordField
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private TicketStatus status;

  private Integer tier;

  @KeywordField
  @Column(name = "candidate_group", length = 64)
  private String candidateGroup;

  @KeywordField
  @Column(length = 64)
  private String assignee;

  /** Every group the ticket was routed to, the current one included. */
  @KeywordField
  @ElementCollection
  @CollectionTable(name = "ticket_group", joinColumns = @JoinColumn(name = "ticket_id"))
  @Column(name = "group_id", length = 64)
  private Set<String> handlingGroups = new HashSet<>();

  @IndexedEmbedded(includePaths = "name")
  @Embedded
  private Requester requester;

  @KeywordField
  @Column(name = "created_by", length = 64)
  private String createdBy;

  @GenericField(sortable = Sortable.YES)
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "sla_calendar", length = 32)
  private String slaCalendar;

  @Column(name = "first_response_due_at")
  private Instant firstResponseDueAt;

  @Column(name = "resolution_due_at")
  private Instant resolutionDueAt;

  @Column(name = "first_response_warning_at")
  private Instant firstResponseWarningAt;

  @Column(name = "resolution_warning_at")
  private Instant resolutionWarningAt;

  @Column(name = "paused_since")
  private Instant pausedSince;

  @Column(name = "paused_seconds", nullable = false)
  private long pausedSeconds;

  @Column(name = "expected_resolution_at")
  private Instant expectedResolutionAt;

  @Column(name = "complaint_count", nullable = false)
  private int complaintCount;

  @Column(name = "first_responded_at")
  private Instant firstRespondedAt;

  @Column(name = "response_breached_at")
  private Instant responseBreachedAt;

  @Column(name = "resolution_breached_at")
  private Instant resolutionBreachedAt;

  @GenericField
  @Column(name = "resolved_at")
  private Instant resolvedAt;

  /** The analysts' choice at triage (sla-targets): whether a workaround meets the target. */
  @Column(name = "workaround_meets_resolution", nullable = false)
  private boolean workaroundMeetsResolution = true;

  /** When what the resolution target asks for was given, and what it was; null while open. */
  @Column(name = "resolution_target_met_at")
  private Instant resolutionTargetMetAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "resolution_target_met_by", length = 20)
  private ResolutionTargetMetBy resolutionTargetMetBy;

  @GenericField
  @Column(name = "closed_at")
  private Instant closedAt;

  /** Set once the closed ticket is archived: read only from then on, its personal data masked. */
  @Column(name = "archived_at")
  private Instant archivedAt;

  @Column(length = 20000)
  private String resolution;

  @Column(name = "root_cause", length = 2000)
  private String rootCause;

  @Column(length = 20000)
  private String workaround;

  @Column(name = "reopen_count", nullable = false)
  private int reopenCount;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private Rating rating;

  private Integer score;

  @Column(name = "feedback_comment", length = 2000)
  private String feedbackComment;

  @Column(name = "rated_at")
  private Instant ratedAt;

  /** When the satisfaction survey ended without an answer; no rating is taken after it. */
  @Column(name = "survey_closed_at")
  private Instant surveyClosedAt;

  @Column(name = "idempotency_key", length = 300, unique = true, updatable = false)
  private String idempotencyKey;

  @Column(name = "request_fingerprint", length = 64, updatable = false)
  private String requestFingerprint;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  /** The requester's language (BCP 47, e.g. {@code zh-CN}) when known; notifications use it. */
  @Column(length = 35)
  private String language;

  /** False when the request came from an automatic sender: no acknowledgement goes back. */
  @Column(name = "auto_replies", nullable = false)
  private boolean autoReplies = true;

  /** The Message-ID of the mail that opened the ticket; mails to the requester answer it. */
  @Column(name = "mail_message_id", length = 1000, updatable = false)
  private String mailMessageId;

  /** The number of the ticket this one was merged into, as a duplicate; null otherwise. */
  @Column(name = "merged_into", length = 32)
  private String mergedInto;

  protected Ticket() {}

  Ticket(String number, NewTicket request, Instant now) {
    this.number = number;
    this.title = request.title();
    this.description = request.description();
    this.category = request.category();
    this.subcategory = request.subcategory();
    this.urgency = request.urgency();
    this.impact = request.impact();
    this.channel = request.channel();
    this.requester = request.requester();
    this.language = request.language();
    this.createdBy = request.createdBy();
    this.idempotencyKey = request.idempotencyKey();
    this.requestFingerprint = request.fingerprint();
    this.status = TicketStatus.NEW;
    this.createdAt = now;
    this.updatedAt = now;
  }

  // --- state changes used by TicketService; each keeps updatedAt current -------------------

  void moveTo(TicketStatus next, Instant now) {
    if (!status.canMoveTo(next)) {
      throw new IllegalTicketStateException(number, status, next);
    }
    this.status = next;
    this.updatedAt = now;
  }

  void triage(String priority, Triage triage, Instant now) {
    this.priority = priority;
    this.candidateGroup = triage.candidateGroup();
    handledBy(triage.candidateGroup());
    this.tier = triage.tier();
    this.slaCalendar = triage.calendar();
    this.firstResponseDueAt = triage.firstResponseDueAt();
    this.resolutionDueAt = triage.resolutionDueAt();
    this.firstResponseWarningAt = triage.firstResponseWarningAt();
    this.resolutionWarningAt = triage.resolutionWarningAt();
    this.updatedAt = now;
  }

  /** Stops the SLA clock; false when it was already stopped. */
  boolean pauseClock(Instant now) {
    if (pausedSince != null) {
      return false;
    }
    this.pausedSince = now;
    this.updatedAt = now;
    return true;
  }

  /** Restarts the SLA clock with the due times moved by the paused working time. */
  void resumeClock(Duration paused, SlaTimes moved, Instant now) {
    this.pausedSince = null;
    this.pausedSeconds += paused.toSeconds();
    this.firstResponseDueAt = moved.firstResponseDueAt();
    this.resolutionDueAt = moved.resolutionDueAt();
    this.firstResponseWarningAt = moved.firstResponseWarningAt();
    this.resolutionWarningAt = moved.resolutionWarningAt();
    this.updatedAt = now;
  }

  /**
   * Records the workaround; it meets the resolution target, and stops its clock, when the analysts'
   * decision said so at triage.
   *
   * @return true when it met the target now
   */
  boolean giveWorkaround(String text, Instant expectedResolution, Instant now) {
    this.workaround = text;
    this.expectedResolutionAt = expectedResolution;
    this.updatedAt = now;
    return workaroundMeetsResolution && meetResolutionTarget(ResolutionTargetMetBy.WORKAROUND, now);
  }

  void decideWorkaroundMeetsResolution(boolean meets) {
    this.workaroundMeetsResolution = meets;
  }

  private boolean meetResolutionTarget(ResolutionTargetMetBy by, Instant now) {
    if (resolutionTargetMetAt != null) {
      return false;
    }
    this.resolutionTargetMetAt = now;
    this.resolutionTargetMetBy = by;
    return true;
  }

  void recordComplaint(Instant now) {
    this.complaintCount++;
    this.updatedAt = now;
  }

  SlaTimes slaTimes() {
    return new SlaTimes(
        firstResponseDueAt, resolutionDueAt, firstResponseWarningAt, resolutionWarningAt);
  }

  void routeTo(String group, int newTier, Instant now) {
    this.candidateGroup = group;
    handledBy(group);
    this.tier = newTier;
    this.updatedAt = now;
  }

  private void handledBy(String group) {
    if (group != null) {
      handlingGroups.add(group);
    }
  }

  void assignTo(String agent, Instant now) {
    this.assignee = agent;
    this.updatedAt = now;
  }

  boolean markFirstResponse(Instant now) {
    if (firstRespondedAt != null) {
      return false;
    }
    this.firstRespondedAt = now;
    this.updatedAt = now;
    return true;
  }

  boolean markResponseBreached(Instant now) {
    if (responseBreachedAt != null || firstRespondedAt != null) {
      return false;
    }
    this.responseBreachedAt = now;
    this.updatedAt = now;
    return true;
  }

  boolean markResolutionBreached(Instant now) {
    if (resolutionBreachedAt != null || resolutionTargetMetAt != null) {
      return false;
    }
    this.resolutionBreachedAt = now;
    this.updatedAt = now;
    return true;
  }

  /**
   * Records the resolution.
   *
   * @return true when it met the resolution target now (no workaround had met it before)
   */
  boolean resolve(String resolutionText, String cause, String workaroundText, Instant now) {
    this.resolution = resolutionText;
    this.rootCause = cause;
    if (workaroundText != null) {
      // a workaround given earlier while the work went on stays on record
      this.workaround = workaroundText;
    }
    this.resolvedAt = now;
    this.updatedAt = now;
    return meetResolutionTarget(ResolutionTargetMetBy.RESOLVED, now);
  }

  void reopen(Instant now) {
    this.reopenCount++;
    this.resolvedAt = null;
    // not solved after all: the target is open again, whatever had met it
    this.resolutionTargetMetAt = null;
    this.resolutionTargetMetBy = null;
    this.updatedAt = now;
  }

  void close(Instant now) {
    this.closedAt = now;
    this.updatedAt = now;
  }

  /** Ends this ticket as a duplicate of {@code master}: it is followed up there from now on. */
  void mergeInto(String master, Instant now) {
    moveTo(TicketStatus.MERGED, now);
    this.mergedInto = master;
  }

  void archive(Instant now) {
    moveTo(TicketStatus.ARCHIVED, now);
    this.archivedAt = now;
  }

  void recordFeedback(Rating newRating, Integer newScore, String comment, Instant now) {
    this.rating = newRating;
    this.score = newScore;
    this.feedbackComment = comment;
    this.ratedAt = now;
    this.updatedAt = now;
  }

  void closeSurvey(Instant now) {
    this.surveyClosedAt = now;
    this.updatedAt = now;
  }

  void threadWith(ReplyThread thread) {
    this.mailMessageId = thread.requesterMessageId();
    this.autoReplies = thread.autoReplies();
  }

  void attachProcess(String instanceId) {
    this.processInstanceId = instanceId;
  }

  // --- reads -------------------------------------------------------------------------------

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public Category getCategory() {
    return category;
  }

  public Subcategory getSubcategory() {
    return subcategory;
  }

  public Urgency getUrgency() {
    return urgency;
  }

  public Impact getImpact() {
    return impact;
  }

  public Optional<String> getPriority() {
    return Optional.ofNullable(priority);
  }

  public Channel getChannel() {
    return channel;
  }

  public TicketStatus getStatus() {
    return status;
  }

  public Optional<Integer> getTier() {
    return Optional.ofNullable(tier);
  }

  /** The groups the ticket was ever routed to, the current one included. */
  public Set<String> getHandlingGroups() {
    return Set.copyOf(handlingGroups);
  }

  public Optional<String> getCandidateGroup() {
    return Optional.ofNullable(candidateGroup);
  }

  public Optional<String> getAssignee() {
    return Optional.ofNullable(assignee);
  }

  public Requester getRequester() {
    return requester;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Optional<String> getSlaCalendar() {
    return Optional.ofNullable(slaCalendar);
  }

  public Optional<Instant> getFirstResponseDueAt() {
    return Optional.ofNullable(firstResponseDueAt);
  }

  public Optional<Instant> getResolutionDueAt() {
    return Optional.ofNullable(resolutionDueAt);
  }

  public Optional<Instant> getFirstResponseWarningAt() {
    return Optional.ofNullable(firstResponseWarningAt);
  }

  public Optional<Instant> getResolutionWarningAt() {
    return Optional.ofNullable(resolutionWarningAt);
  }

  public Optional<Instant> getPausedSince() {
    return Optional.ofNullable(pausedSince);
  }

  /** Working time the SLA clock stood still while the ticket waited for the requester. */
  public Duration getPausedTime() {
    return Duration.ofSeconds(pausedSeconds);
  }

  public Optional<Instant> getExpectedResolutionAt() {
    return Optional.ofNullable(expectedResolutionAt);
  }

  public int getComplaintCount() {
    return complaintCount;
  }

  public Optional<Instant> getFirstRespondedAt() {
    return Optional.ofNullable(firstRespondedAt);
  }

  public Optional<Instant> getResponseBreachedAt() {
    return Optional.ofNullable(responseBreachedAt);
  }

  public Optional<Instant> getResolutionBreachedAt() {
    return Optional.ofNullable(resolutionBreachedAt);
  }

  public Optional<Instant> getResolvedAt() {
    return Optional.ofNullable(resolvedAt);
  }

  public Optional<Instant> getClosedAt() {
    return Optional.ofNullable(closedAt);
  }

  /** The ticket this one was merged into, once it was found a duplicate. */
  public Optional<String> getMergedInto() {
    return Optional.ofNullable(mergedInto);
  }

  public Optional<Instant> getArchivedAt() {
    return Optional.ofNullable(archivedAt);
  }

  /** Archived tickets are read only, and their personal data is shown masked. */
  public boolean isArchived() {
    return status == TicketStatus.ARCHIVED;
  }

  public Optional<String> getResolution() {
    return Optional.ofNullable(resolution);
  }

  public Optional<String> getRootCause() {
    return Optional.ofNullable(rootCause);
  }

  public boolean isWorkaroundMeetsResolution() {
    return workaroundMeetsResolution;
  }

  public Optional<Instant> getResolutionTargetMetAt() {
    return Optional.ofNullable(resolutionTargetMetAt);
  }

  public Optional<ResolutionTargetMetBy> getResolutionTargetMetBy() {
    return Optional.ofNullable(resolutionTargetMetBy);
  }

  public Optional<String> getWorkaround() {
    return Optional.ofNullable(workaround);
  }

  public int getReopenCount() {
    return reopenCount;
  }

  public Optional<Rating> getRating() {
    return Optional.ofNullable(rating);
  }

  public Optional<Integer> getScore() {
    return Optional.ofNullable(score);
  }

  public Optional<String> getFeedbackComment() {
    return Optional.ofNullable(feedbackComment);
  }

  public Optional<Instant> getRatedAt() {
    return Optional.ofNullable(ratedAt);
  }

  public Optional<Instant> getSurveyClosedAt() {
    return Optional.ofNullable(surveyClosedAt);
  }

  Optional<String> getRequestFingerprint() {
    return Optional.ofNullable(requestFingerprint);
  }

  public Optional<String> getProcessInstanceId() {
    return Optional.ofNullable(processInstanceId);
  }

  public Optional<String> getLanguage() {
    return Optional.ofNullable(language);
  }

  /** False when no automatic reply may go to the requester (the request was automatic mail). */
  public boolean isAutoReplies() {
    return autoReplies;
  }

  /** The Message-ID of the requester's mail that opened the ticket, when it came by mail. */
  public Optional<String> getMailMessageId() {
    return Optional.ofNullable(mailMessageId);
  }
}
