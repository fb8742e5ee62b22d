package io.ticketflow.process;

/**
 * The names the BPMN and DMN models share with Java: process and decision keys, element ids,
 * messages and process variables. Declared once here; Java and tests refer to these constants.
 */
public final class ProcessModel {

  private ProcessModel() {}

  /** Process {@code ticket-handling}: one instance per ticket, business key = ticket number. */
  public static final class TicketHandling {
    public static final String KEY = "ticket-handling";
    public static final String START_EVENT = "StartEvent_TicketSubmitted";
    public static final String ACKNOWLEDGE_RECEIPT = "ServiceTask_AcknowledgeReceipt";
    public static final String DECIDE_PRIORITY = "BusinessRuleTask_DecidePriority";
    public static final String DETERMINE_SLA_TARGETS = "BusinessRuleTask_DetermineSlaTargets";
    public static final String ROUTE_TICKET = "BusinessRuleTask_RouteTicket";
    public static final String RECORD_TRIAGE = "ServiceTask_RecordTriage";
    public static final String WORK_TICKET = "CallActivity_WorkTicket";
    public static final String OUTCOME = "Gateway_Outcome";
    public static final String CUSTOMER_REPLIED = "IntermediateCatchEvent_CustomerReplied";
    public static final String RESPONSE_SLA_BREACHED = "BoundaryEvent_ResponseSlaBreached";
    public static final String RECORD_RESPONSE_BREACH = "ServiceTask_RecordResponseBreach";
    public static final String RESOLUTION_SLA_BREACHED = "BoundaryEvent_ResolutionSlaBreached";
    public static final String RECORD_RESOLUTION_BREACH = "ServiceTask_RecordResolutionBreach";
    public static final String REQUEST_CONFIRMATION = "ServiceTask_RequestConfirmation";
    public static final String REQUESTER_ANSWER = "Gateway_RequesterAnswer";
    public static final String CONFIRMATION_RECEIVED =
        "IntermediateCatchEvent_ConfirmationReceived";
    public static final String CONFIRMATION_TIMED_OUT =
        "IntermediateCatchEvent_ConfirmationTimedOut";
    public static final String SOLVED = "Gateway_Solved";
    public static final String REOPEN_TICKET = "ServiceTask_ReopenTicket";
    public static final String CLOSE_TICKET = "ServiceTask_CloseTicket";
    // after closing: the satisfaction survey, then the archive once the retention period is over
    public static final String REQUEST_SURVEY = "SendTask_RequestSurvey";
    public static final String RETENTION_OVER = "IntermediateCatchEvent_RetentionOver";
    public static final String ARCHIVE_TICKET = "ServiceTask_ArchiveTicket";
    public static final String TICKET_ARCHIVED = "EndEvent_TicketArchived";
    // SLA clock: timers on the work call activity, paused while the ticket waits for the requester
    public static final String PAUSE_SLA_CLOCK = "ServiceTask_PauseSlaClock";
    public static final String RESUME_SLA_CLOCK = "ServiceTask_ResumeSlaClock";
    public static final String RESPONSE_SLA_WARNING = "BoundaryEvent_ResponseSlaWarning";
    public static final String WARN_RESPONSE_DUE = "ServiceTask_WarnResponseDue";
    public static final String RESOLUTION_SLA_WARNING = "BoundaryEvent_ResolutionSlaWarning";
    public static final String WARN_RESOLUTION_DUE = "ServiceTask_WarnResolutionDue";
    public static final String RESPONSE_BREACH_ESCALATES = "Gateway_ResponseBreachEscalates";
    public static final String RESOLUTION_BREACH_ESCALATES = "Gateway_ResolutionBreachEscalates";
    public static final String REQUEST_RESPONSE_ESCALATION =
        "ServiceTask_RequestResponseEscalation";
    public static final String REQUEST_RESOLUTION_ESCALATION =
        "ServiceTask_RequestResolutionEscalation";
    public static final String RESPONSE_WARNING_SENT = "EndEvent_ResponseWarningSent";
    public static final String RESOLUTION_WARNING_SENT = "EndEvent_ResolutionWarningSent";
    public static final String RESPONSE_BREACH_ESCALATED = "EndEvent_ResponseBreachEscalated";
    public static final String RESOLUTION_BREACH_ESCALATED = "EndEvent_ResolutionBreachEscalated";
    public static final String RESPONSE_BREACH_RECORDED = "EndEvent_ResponseBreachRecorded";
    public static final String RESOLUTION_BREACH_RECORDED = "EndEvent_ResolutionBreachRecorded";
    // update target: a cycle timer on the work reminds staff to keep the requester informed
    public static final String UPDATE_DUE = "BoundaryEvent_UpdateDue";
    public static final String CHECK_UPDATE_DUE = "ServiceTask_CheckUpdateDue";
    public static final String UPDATE_REMINDER_SENT = "EndEvent_UpdateReminderSent";
    // major incidents: each triaged ticket is checked beside its queued work; while the ticket
    // waits for the requester, its incident's resolution resolves it
    public static final String CHECK_MAJOR_INCIDENT = "ServiceTask_CheckMajorIncident";
    public static final String MAJOR_INCIDENT_CHECKED = "EndEvent_MajorIncidentChecked";
    public static final String WHILE_WAITING = "Gateway_WhileWaiting";
    public static final String INCIDENT_RESOLVED = "IntermediateCatchEvent_IncidentResolved";
    public static final String RESUME_SLA_CLOCK_ON_INCIDENT =
        "ServiceTask_ResumeSlaClockOnIncident";
    public static final String RECORD_INCIDENT_RESOLUTION = "ServiceTask_RecordIncidentResolution";
    // merged into another ticket: the handling ends wherever it is, its work and timers with it
    public static final String TICKET_MERGED = "SubProcess_TicketMerged";
    public static final String TICKET_MERGED_START = "StartEvent_TicketMerged";
    public static final String HANDLING_ENDED_AS_MERGED = "EndEvent_HandlingEndedAsMerged";

    private TicketHandling() {}
  }

  /** Process {@code tiered-support}: called by ticket-handling, works the ticket tier 1 → 2 → 3. */
  public static final class TieredSupport {
    public static final String KEY = "tiered-support";
    public static final String START_EVENT = "StartEvent_WorkRequested";
    public static final String WORK_TICKET = "UserTask_WorkTicket";
    public static final String OUTCOME = "Gateway_Outcome";
    public static final String RECORD_RESOLUTION = "ServiceTask_RecordResolution";
    public static final String TICKET_RESOLVED = "EndEvent_TicketResolved";
    public static final String ASK_REQUESTER = "ServiceTask_AskRequester";
    public static final String WAITING_FOR_CUSTOMER = "EndEvent_WaitingForCustomer";
    public static final String DECIDE_NEXT_TIER = "BusinessRuleTask_DecideNextTier";
    public static final String HIGHER_TIER_AVAILABLE = "Gateway_HigherTierAvailable";
    public static final String ESCALATE_TICKET = "ServiceTask_EscalateTicket";
    // escalation requested from outside the work (SLA breach, complaint): an interrupting event
    // sub-process; the process then ends without an outcome and ticket-handling calls it again
    public static final String ESCALATION_REQUESTED = "SubProcess_EscalationRequested";
    public static final String ESCALATION_REQUESTED_START = "StartEvent_EscalationRequested";
    public static final String DECIDE_NEXT_TIER_ON_REQUEST =
        "BusinessRuleTask_DecideNextTierOnRequest";
    public static final String HIGHER_TIER_ON_REQUEST = "Gateway_HigherTierOnRequest";
    public static final String ESCALATE_ON_REQUEST = "ServiceTask_EscalateOnRequest";
    public static final String MOVED_UP_A_TIER = "EndEvent_MovedUpATier";
    public static final String NO_HIGHER_TIER_ON_REQUEST = "ServiceTask_RecordNoHigherTier";
    public static final String KEPT_AT_TOP_TIER = "EndEvent_KeptAtTopTier";
    // the ticket's major incident resolved during the work: an interrupting event sub-process;
    // the process then ends with outcome RESOLVED
    public static final String INCIDENT_RESOLVED = "SubProcess_IncidentResolved";
    public static final String INCIDENT_RESOLVED_START = "StartEvent_IncidentResolved";
    public static final String RECORD_INCIDENT_RESOLUTION = "ServiceTask_RecordIncidentResolution";
    public static final String RESOLVED_WITH_INCIDENT = "EndEvent_ResolvedWithIncident";

    private TieredSupport() {}
  }

  /**
   * Process {@code emergency-response}: one instance per major incident (or drill), business key =
   * incident number.
   */
  public static final class EmergencyResponse {
    public static final String KEY = "emergency-response";
    public static final String START_EVENT = "StartEvent_IncidentDeclared";
    public static final String REGISTER_INCIDENT = "ServiceTask_RegisterIncident";
    public static final String RESTORE_SERVICE = "SubProcess_RestoreService";
    public static final String PAGE_TEAM = "ServiceTask_PageEmergencyTeam";
    public static final String SEND_PAGE = "ServiceTask_SendPage";
    public static final String ACKNOWLEDGE = "UserTask_AcknowledgeIncident";
    public static final String ACKNOWLEDGEMENT_OVERDUE = "BoundaryEvent_AcknowledgementOverdue";
    public static final String ESCALATE_ACKNOWLEDGEMENT = "ServiceTask_EscalateAcknowledgement";
    public static final String RECORD_ACKNOWLEDGEMENT = "ServiceTask_RecordAcknowledgement";
    public static final String INVESTIGATE = "UserTask_InvestigateIncident";
    public static final String RECORD_WORKAROUND = "ServiceTask_RecordWorkaround";
    public static final String FIX = "UserTask_FixIncident";
    public static final String RECORD_RESOLUTION = "ServiceTask_RecordIncidentResolution";
    public static final String SERVICE_RESTORED = "EndEvent_ServiceRestored";
    public static final String FIX_OVERDUE = "BoundaryEvent_FixOverdue";
    public static final String ESCALATE_FIX = "ServiceTask_EscalateFix";
    public static final String STATUS_UPDATE_DUE = "BoundaryEvent_StatusUpdateDue";
    public static final String SEND_STATUS_UPDATE = "ServiceTask_SendStatusUpdate";
    public static final String ALERT_RECOVERED = "BoundaryEvent_AlertRecovered";
    public static final String PROPOSE_RESOLUTION = "ServiceTask_ProposeResolution";
    public static final String DRILL = "Gateway_Drill";
    public static final String RESOLVE_LINKED_TICKETS = "ServiceTask_ResolveLinkedTickets";
    public static final String REVIEW = "UserTask_ReviewIncident";
    public static final String RECORD_REVIEW = "ServiceTask_RecordReview";
    public static final String CLOSE_INCIDENT = "ServiceTask_CloseIncident";
    public static final String INCIDENT_CLOSED = "EndEvent_IncidentClosed";
    public static final String RESTORE_SERVICE_START = "StartEvent_RestoreService";
    // the page is delivered on a branch of its own, so a mail outage never holds back the task
    public static final String FORK_PAGE = "Gateway_ForkPage";
    public static final String PAGE_SENT = "EndEvent_PageSent";
    public static final String ACKNOWLEDGEMENT_ESCALATED = "EndEvent_AcknowledgementEscalated";
    public static final String MANAGEMENT_ALERTED = "EndEvent_ManagementAlerted";
    public static final String STATUS_UPDATE_SENT = "EndEvent_StatusUpdateSent";
    public static final String RESOLUTION_PROPOSED = "EndEvent_ResolutionProposed";
    public static final String JOIN_DRILL = "Gateway_JoinDrill";

    private EmergencyResponse() {}
  }

  /**
   * Process {@code satisfaction-survey}: one instance per closed ticket, business key = ticket
   * number; asks the requester for a rating and follows up on the unhappy ones.
   */
  public static final class SatisfactionSurvey {
    public static final String KEY = "satisfaction-survey";
    public static final String START_EVENT = "StartEvent_SurveyRequested";
    public static final String OPEN_SURVEY = "ServiceTask_OpenSurvey";
    public static final String ALREADY_RATED = "Gateway_AlreadyRated";
    public static final String AWAIT_RATING = "Gateway_AwaitRating";
    public static final String RATING_RECEIVED = "IntermediateCatchEvent_RatingReceived";
    public static final String SURVEY_TIMED_OUT = "IntermediateCatchEvent_SurveyTimedOut";
    public static final String EXPIRE_SURVEY = "ServiceTask_ExpireSurvey";
    public static final String SURVEY_EXPIRED = "EndEvent_SurveyExpired";
    public static final String DECIDE_FOLLOW_UP = "BusinessRuleTask_DecideFollowUp";
    public static final String FOLLOW_UP_NEEDED = "Gateway_FollowUpNeeded";
    public static final String SURVEY_ANSWERED = "EndEvent_SurveyAnswered";
    public static final String FOLLOW_UP = "UserTask_FollowUpFeedback";
    public static final String RECORD_FOLLOW_UP = "ServiceTask_RecordFollowUp";
    public static final String FOLLOWED_UP = "EndEvent_FollowedUp";

    private SatisfactionSurvey() {}
  }

  /**
   * Process {@code knowledge-capture}: one instance per draft article, business key = article
   * number; a reusable solution is reviewed, a recurring problem is written up first.
   */
  public static final class KnowledgeCapture {
    public static final String KEY = "knowledge-capture";
    public static final String START_EVENT = "StartEvent_CaptureRequested";
    public static final String FIND_REVIEWERS = "BusinessRuleTask_FindReviewers";
    public static final String TRIGGER = "Gateway_Trigger";
    public static final String WRITE_ARTICLE = "UserTask_WriteArticle";
    public static final String ARTICLE_NEEDED = "Gateway_ArticleNeeded";
    public static final String SUBMIT_FOR_REVIEW = "ServiceTask_SubmitForReview";
    public static final String REVIEW_ARTICLE = "UserTask_ReviewArticle";
    public static final String REVIEW_DECISION = "Gateway_ReviewDecision";
    public static final String PUBLISH_ARTICLE = "ServiceTask_PublishArticle";
    public static final String ARTICLE_PUBLISHED = "EndEvent_ArticlePublished";
    public static final String RETURN_FOR_REWORK = "ServiceTask_ReturnForRework";
    public static final String DISCARD_DRAFT = "ServiceTask_DiscardDraft";
    public static final String ARTICLE_DISCARDED = "EndEvent_ArticleDiscarded";

    private KnowledgeCapture() {}
  }

  /**
   * Process {@code log-request}: an agent logs a phone, chat or IM request from Tasklist through
   * its start form; the business key becomes the new ticket's number.
   */
  public static final class LogRequest {
    public static final String KEY = "log-request";
    public static final String START_EVENT = "StartEvent_RequestReceived";
    public static final String OPEN_TICKET = "ServiceTask_OpenTicket";
    public static final String TICKET_OPENED = "EndEvent_TicketOpened";

    private LogRequest() {}
  }

  /**
   * Process {@code monthly-report}: on a timer (ticketflow.reports.monthly-cron) for the month
   * before, or started by a manager for any month ({@link #REPORT_MONTH}, yyyy-MM); the report is
   * computed and stored, then the managers are told where to read it. Business key = the month.
   */
  public static final class MonthlyReport {
    public static final String KEY = "monthly-report";
    public static final String MONTH_STARTED = "StartEvent_MonthStarted";
    public static final String REPORT_REQUESTED = "StartEvent_ReportRequested";
    public static final String COMPUTE_REPORT = "ServiceTask_ComputeReport";
    public static final String NOTIFY_MANAGERS = "ServiceTask_NotifyManagers";
    public static final String REPORT_SENT = "EndEvent_ReportSent";
    public static final String MERGE = "Gateway_ReportMonth";
    public static final String REQUESTED_MESSAGE = "MonthlyReportRequested";
    public static final String REPORT_MONTH = "reportMonth";
    public static final String SCHEDULE_BEAN = "reportSchedule";
    public static final String COMPUTE_REPORT_BEAN = "computeMonthlyReportDelegate";
    public static final String NOTIFY_MANAGERS_BEAN = "notifyReportManagersDelegate";

    private MonthlyReport() {}
  }

  /** Message names correlated by the application. */
  public static final class Messages {
    public static final String CUSTOMER_REPLIED = "CustomerReplied";
    public static final String CONFIRMATION_RECEIVED = "ConfirmationReceived";

    /**
     * To tiered-support: escalate the ticket now (SLA breach or complaint); carries reason and
     * note.
     */
    public static final String ESCALATION_REQUESTED = "EscalationRequested";

    /**
     * To the ticket's work (tiered-support) or its wait for the requester (ticket-handling): the
     * ticket's major incident is resolved; carries resolution and agent.
     */
    public static final String INCIDENT_RESOLVED = "IncidentResolved";

    /** To satisfaction-survey: the requester rated the ticket; carries rating and score. */
    public static final String FEEDBACK_RECEIVED = "FeedbackReceived";

    /** To emergency-response: monitoring reports that the incident's alert recovered. */
    public static final String ALERT_RECOVERED = "AlertRecovered";

    /**
     * To ticket-handling: the ticket was merged into another one as a duplicate; its handling ends.
     * Carries the master's number and who merged.
     */
    public static final String TICKET_MERGED = "TicketMerged";

    private Messages() {}
  }

  /** Values of {@link Vars#OUTCOME}, read by the outcome gateways. */
  public static final class Outcomes {
    public static final String RESOLVED = "RESOLVED";
    public static final String ESCALATE = "ESCALATE";
    public static final String WAIT_FOR_CUSTOMER = "WAIT_FOR_CUSTOMER";

    private Outcomes() {}
  }

  /** Decision keys. */
  public static final class Decisions {
    public static final String TICKET_PRIORITY = "ticket-priority";
    public static final String SLA_TARGETS = "sla-targets";
    public static final String TICKET_ROUTING = "ticket-routing";
    public static final String TICKET_ESCALATION = "ticket-escalation";
    public static final String FEEDBACK_FOLLOW_UP = "feedback-follow-up";
    public static final String SIMILAR_TICKET_LINKING = "similar-ticket-linking";

    private Decisions() {}
  }

  /** Forms deployed from {@code forms/}. */
  public static final class Forms {
    public static final String WORK_TICKET = "work-ticket";
    public static final String DECLARE_INCIDENT = "declare-incident";
    public static final String ACKNOWLEDGE_INCIDENT = "acknowledge-incident";
    public static final String INVESTIGATE_INCIDENT = "investigate-incident";
    public static final String FIX_INCIDENT = "fix-incident";
    public static final String REVIEW_INCIDENT = "review-incident";
    public static final String LOG_REQUEST = "log-request";
    public static final String FOLLOW_UP_FEEDBACK = "follow-up-feedback";
    public static final String WRITE_ARTICLE = "write-article";
    public static final String REVIEW_ARTICLE = "review-article";

    private Forms() {}
  }

  /** Process variables and decision inputs/outputs. */
  public static final class Vars {
    // set at start and read by decisions
    public static final String TICKET_NUMBER = "ticketNumber";
    public static final String CATEGORY = "category";
    public static final String SUBCATEGORY = "subcategory";
    public static final String URGENCY = "urgency";
    public static final String IMPACT = "impact";

    /**
     * Whether the title mentions a password ({@code TitleFlags}): routing reads it, not the title.
     */
    public static final String MENTIONS_PASSWORD = "mentionsPassword";

    // decision outputs
    public static final String PRIORITY = "priority";
    public static final String FIRST_RESPONSE_TARGET = "firstResponseTarget";
    public static final String RESOLUTION_TARGET = "resolutionTarget";

    /** ISO-8601 duration: the requester hears from staff at least this often while worked. */
    public static final String UPDATE_TARGET = "updateTarget";

    public static final String CALENDAR = "calendar";

    /** Whether a workaround meets the resolution target and stops its clock (sla-targets). */
    public static final String WORKAROUND_MEETS_RESOLUTION_TARGET =
        "workaroundMeetsResolutionTarget";

    public static final String CANDIDATE_GROUP = "candidateGroup";
    public static final String TIER = "tier";
    public static final String NEXT_CANDIDATE_GROUP = "nextCandidateGroup";
    public static final String NEXT_TIER = "nextTier";
    // SLA due times (ISO-8601 with offset), read by the timer boundary events
    public static final String FIRST_RESPONSE_DUE_AT = "firstResponseDueAt";
    public static final String RESOLUTION_DUE_AT = "resolutionDueAt";
    public static final String FIRST_RESPONSE_WARNING_AT = "firstResponseWarningAt";
    public static final String RESOLUTION_WARNING_AT = "resolutionWarningAt";

    /** Set by the breach steps: true when the breach is new and the work must move up a tier. */
    public static final String ESCALATION_NEEDED = "escalationNeeded";

    // the agent's work task
    public static final String OUTCOME = "outcome";
    public static final String RESOLUTION = "resolution";
    public static final String ROOT_CAUSE = "rootCause";
    public static final String WORKAROUND = "workaround";
    public static final String ESCALATION_REASON = "escalationReason";
    public static final String ESCALATION_NOTE = "escalationNote";
    public static final String QUESTION = "question";
    public static final String AGENT = "agent";
    // the requester's confirmation
    public static final String REQUESTER_CONFIRMED = "requesterConfirmed";
    public static final String CONFIRMATION_COMMENT = "confirmationComment";
    // read-only context shown in the work form (task-local)
    public static final String TICKET_TITLE = "ticketTitle";
    public static final String TICKET_DESCRIPTION = "ticketDescription";
    public static final String REQUESTER_SUMMARY = "requesterSummary";
    public static final String RECENT_COMMENTS = "recentComments";

    /** The ticket's links and the duplicates merged into it, one per line. */
    public static final String LINKED_TICKETS = "linkedTickets";

    /** ticket-handling, when merged: the number of the ticket it was merged into. */
    public static final String MERGED_INTO = "mergedInto";

    public static final String TICKET_STATUS = "ticketStatus";
    // emergency-response
    public static final String INCIDENT_NUMBER = "incidentNumber";

    /** True when the incident is a drill: no ticket changes, no requester told. */
    public static final String DRILL = "drill";

    /** ISO-8601 date: the acknowledgement is escalated to managers when still missing then. */
    public static final String ACKNOWLEDGE_DUE_AT = "acknowledgeDueAt";

    /** ISO-8601 date: the fix is escalated to management when still missing then. */
    public static final String FIX_DUE_AT = "fixDueAt";

    /** ISO-8601 repeating interval of the affected requesters' status updates. */
    public static final String STATUS_UPDATE_CYCLE = "statusUpdateCycle";

    /** Who declared the incident through the start form (the form's initiator). */
    public static final String DECLARED_BY = "declaredBy";

    public static final String INCIDENT_TITLE = "incidentTitle";
    public static final String INCIDENT_DESCRIPTION = "incidentDescription";
    public static final String STATUS_NOTE = "statusNote";
    public static final String REVIEW_TIMELINE = "reviewTimeline";
    public static final String CORRECTIVE_ACTIONS = "correctiveActions";
    // log-request: the start form's answers (title and description are TICKET_TITLE and
    // TICKET_DESCRIPTION), and the agent who logged the request (the start form's initiator)
    public static final String CHANNEL = "channel";
    public static final String REQUESTER_NAME = "requesterName";
    public static final String REQUESTER_EMAIL = "requesterEmail";
    public static final String REQUESTER_PHONE = "requesterPhone";
    public static final String REQUESTER_DEPARTMENT = "requesterDepartment";
    public static final String LOGGED_BY = "loggedBy";

    // after closing: retention and the satisfaction survey
    /** ISO-8601 duration: how long a closed ticket stays before it is archived. */
    public static final String ARCHIVE_AFTER = "archiveAfter";

    /** ISO-8601 duration: how long the requester may rate the closed ticket. */
    public static final String SURVEY_WINDOW = "surveyWindow";

    public static final String ALREADY_RATED = "alreadyRated";
    public static final String RATING = "rating";
    public static final String SCORE = "score";
    // feedback-follow-up decision outputs
    public static final String FOLLOW_UP = "followUp";
    public static final String FOLLOW_UP_GROUP = "followUpGroup";
    public static final String FOLLOW_UP_REASON = "followUpReason";
    // the follow-up form: read-only context (task-local) and the manager's answers
    public static final String SCORE_TEXT = "scoreText";
    public static final String FEEDBACK_COMMENT = "feedbackComment";
    public static final String RESOLVED_BY = "resolvedBy";
    public static final String FOLLOW_UP_ACTION = "followUpAction";
    public static final String FOLLOW_UP_NOTE = "followUpNote";

    // knowledge-capture
    public static final String ARTICLE_NUMBER = "articleNumber";

    /** Why the article is captured: REUSABLE_SOLUTION or RECURRING_PROBLEM. */
    public static final String TRIGGER = "trigger";

    /** The tier 2 group of the article's category; it and tier 3 write and review. */
    public static final String REVIEW_GROUP = "reviewGroup";

    public static final String ARTICLE_KIND = "articleKind";
    public static final String SOURCE_TICKETS = "sourceTickets";
    public static final String PREVIOUS_NOTE = "previousNote";
    public static final String ARTICLE_TITLE = "articleTitle";
    public static final String SYMPTOMS = "symptoms";
    public static final String CAUSE = "cause";
    public static final String SOLUTION = "solution";
    public static final String PREVENTION = "prevention";
    public static final String TAGS = "tags";

    /** SUBMIT or NOT_NEEDED when writing; PUBLISH, REWORK or REJECT when reviewing. */
    public static final String ARTICLE_DECISION = "articleDecision";

    public static final String ARTICLE_NOTE = "articleNote";
    // the work form: knowledge and canned replies
    public static final String KNOWLEDGE_SUGGESTIONS = "knowledgeSuggestions";

    /** The open and lately finished tickets most like this one, one per line, with the reason. */
    public static final String SIMILAR_TICKETS = "similarTickets";

    // similar-ticket-linking decision: inputs and output
    public static final String TERM_OVERLAP = "termOverlap";
    public static final String SAME_CATEGORY = "sameCategory";
    public static final String LINK_SIMILAR = "linkSimilar";

    public static final String ARTICLE_OPTIONS = "articleOptions";
    public static final String SOLVED_WITH_ARTICLE = "solvedWithArticle";
    public static final String REUSABLE_SOLUTION = "reusableSolution";
    public static final String REPLY_TEMPLATE_OPTIONS = "replyTemplateOptions";
    public static final String REPLY_TEMPLATES = "replyTemplates";
    public static final String REPLY_TEMPLATE = "replyTemplate";

    /**
     * The work form's editable drafts of the offered reply templates, one per place in the list
     * ({@code replyDraft1} …), each filled in for the ticket and shown when its template is chosen.
     */
    public static final String REPLY_DRAFT = "replyDraft";

    // the work form's labels, worded in the language of the agent who opens it
    public static final String TICKET_STATUS_LABEL = "ticketStatusLabel";
    public static final String PRIORITY_LABEL = "priorityLabel";
    public static final String CLASSIFICATION = "classification";
    public static final String CHANNEL_LABEL = "channelLabel";
    public static final String FIRST_RESPONSE_DUE = "firstResponseDue";
    public static final String RESOLUTION_DUE = "resolutionDue";
    public static final String KNOWLEDGE_LINKS = "knowledgeLinks";

    /** The acknowledge form's confirmation that the emergency team takes the incident on. */
    public static final String ACKNOWLEDGEMENT_CONFIRMED = "acknowledgementConfirmed";

    private Vars() {}
  }

  /** Delegate and listener bean names bound in the models with {@code ${beanName}}. */
  public static final class Beans {
    public static final String ACKNOWLEDGE_RECEIPT = "acknowledgeReceiptDelegate";
    public static final String RECORD_TRIAGE = "recordTriageDelegate";
    public static final String RECORD_RESPONSE_BREACH = "recordResponseBreachDelegate";
    public static final String RECORD_RESOLUTION_BREACH = "recordResolutionBreachDelegate";
    public static final String REQUEST_CONFIRMATION = "requestConfirmationDelegate";
    public static final String REOPEN_TICKET = "reopenTicketDelegate";
    public static final String CLOSE_TICKET = "closeTicketDelegate";
    public static final String RECORD_RESOLUTION = "recordResolutionDelegate";
    public static final String ASK_REQUESTER = "askRequesterDelegate";
    public static final String ESCALATE_TICKET = "escalateTicketDelegate";
    public static final String WORK_TASK_CREATED = "workTaskCreatedListener";
    public static final String WORK_TASK_ASSIGNED = "workTaskAssignedListener";
    public static final String WORK_TASK_COMPLETED = "workTaskCompletedListener";
    public static final String PAUSE_SLA_CLOCK = "pauseSlaClockDelegate";
    public static final String RESUME_SLA_CLOCK = "resumeSlaClockDelegate";
    public static final String WARN_RESPONSE_DUE = "warnResponseDueDelegate";
    public static final String WARN_RESOLUTION_DUE = "warnResolutionDueDelegate";
    public static final String CHECK_UPDATE_DUE = "checkUpdateDueDelegate";
    public static final String REQUEST_ESCALATION = "requestEscalationDelegate";
    public static final String RECORD_NO_HIGHER_TIER = "recordNoHigherTierDelegate";
    public static final String CHECK_MAJOR_INCIDENT = "checkMajorIncidentDelegate";
    // emergency-response
    public static final String REGISTER_INCIDENT = "registerIncidentDelegate";
    public static final String PAGE_EMERGENCY_TEAM = "pageEmergencyTeamDelegate";
    public static final String SEND_INCIDENT_NOTIFICATIONS = "sendIncidentNotificationsDelegate";
    public static final String ESCALATE_ACKNOWLEDGEMENT = "escalateAcknowledgementDelegate";
    public static final String RECORD_ACKNOWLEDGEMENT = "recordAcknowledgementDelegate";
    public static final String RECORD_WORKAROUND = "recordWorkaroundDelegate";
    public static final String RECORD_INCIDENT_RESOLUTION = "recordIncidentResolutionDelegate";
    public static final String ESCALATE_FIX = "escalateFixDelegate";
    public static final String SEND_STATUS_UPDATE = "sendStatusUpdateDelegate";
    public static final String PROPOSE_RESOLUTION = "proposeResolutionDelegate";
    public static final String RESOLVE_LINKED_TICKETS = "resolveLinkedTicketsDelegate";
    public static final String RECORD_REVIEW = "recordReviewDelegate";
    public static final String CLOSE_INCIDENT = "closeIncidentDelegate";
    public static final String INCIDENT_TASK_CREATED = "incidentTaskCreatedListener";
    public static final String INCIDENT_TASK_COMPLETED = "incidentTaskCompletedListener";
    public static final String CHECK_LOGGED_REQUEST = "checkLoggedRequestListener";
    public static final String OPEN_TICKET = "openTicketDelegate";
    // after closing
    public static final String REQUEST_SURVEY = "requestSurveyDelegate";
    public static final String ARCHIVE_TICKET = "archiveTicketDelegate";
    public static final String OPEN_SURVEY = "openSurveyDelegate";
    public static final String EXPIRE_SURVEY = "expireSurveyDelegate";
    public static final String FOLLOW_UP_TASK_CREATED = "followUpTaskCreatedListener";
    public static final String FOLLOW_UP_TASK_COMPLETED = "followUpTaskCompletedListener";
    public static final String RECORD_FOLLOW_UP = "recordFollowUpDelegate";
    // knowledge-capture
    public static final String ARTICLE_TASK_CREATED = "articleTaskCreatedListener";
    public static final String ARTICLE_TASK_COMPLETED = "articleTaskCompletedListener";
    public static final String MOVE_ARTICLE = "moveArticleDelegate";

    private Beans() {}
  }
}
