package io.ticketflow.ticket;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The satisfaction survey of a closed ticket: it opens when the ticket closes, ends unanswered
 * after its window, and a manager's follow-up of an unhappy rating is recorded on the ticket. The
 * rating itself comes through {@link TicketService#recordFeedback}.
 */
@Service
public class SatisfactionSurveys {

  private final TicketService tickets;
  private final SurveyProperties properties;
  private final Clock clock;

  public SatisfactionSurveys(TicketService tickets, SurveyProperties properties, Clock clock) {
    this.tickets = tickets;
    this.properties = properties;
    this.clock = clock;
  }

  /** How long the requester may rate a closed ticket. */
  public Duration window() {
    return properties.window();
  }

  /** Opens the survey of a closed ticket; a rating given earlier is returned to count at once. */
  @Transactional
  public SurveyState open(String number) {
    Ticket ticket = tickets.get(number);
    tickets.log(
        ticket,
        TicketEventType.SURVEY_OPENED,
        null,
        null,
        ticket.getRating().map(r -> "already rated " + r).orElse(null),
        TicketService.SYSTEM_ACTOR);
    return new SurveyState(
        ticket.getRating().isPresent(),
        ticket.getRating().orElse(null),
        ticket.getScore().orElse(null));
  }

  /** Ends an unanswered survey: no rating is taken after this. Repeating it changes nothing. */
  @Transactional
  public void expire(String number) {
    Ticket ticket = tickets.get(number);
    if (ticket.getRating().isPresent() || ticket.getSurveyClosedAt().isPresent()) {
      return;
    }
    ticket.closeSurvey(clock.instant());
    tickets.log(
        ticket, TicketEventType.SURVEY_EXPIRED, null, null, null, TicketService.SYSTEM_ACTOR);
  }

  /** The read-only context of the follow-up form. */
  @Transactional(readOnly = true)
  public FeedbackContext context(String number) {
    Ticket ticket = tickets.get(number);
    return new FeedbackContext(
        ticket.getNumber(),
        ticket.getTitle(),
        ticket.getRequester().summary(),
        ticket.getRating().map(Enum::name).orElse(""),
        ticket.getScore().map(String::valueOf).orElse("no score"),
        ticket.getFeedbackComment().orElse("(no comment)"),
        TicketService.truncate(ticket.getResolution().orElse(""), TicketService.MAX_PROCESS_TEXT),
        ticket.getAssignee().orElse(""));
  }

  /**
   * Checks a follow-up as the form submits it.
   *
   * @throws InvalidTicketRequestException naming each offending field
   */
  public FollowUpAction checkFollowUp(Object action, Object note) {
    List<FieldError> errors = new ArrayList<>();
    FollowUpAction parsed = null;
    try {
      parsed =
          action == null
              ? null
              : FollowUpAction.valueOf(action.toString().trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      parsed = null;
    }
    if (parsed == null) {
      errors.add(
          new FieldError(
              "followUpAction", "choose one of CONTACTED_REQUESTER, FOLLOW_UP_TICKET, NO_ACTION"));
    }
    if (note == null || note.toString().isBlank()) {
      errors.add(new FieldError("followUpNote", "say what you learned or agreed"));
    } else if (note.toString().length() > TicketService.MAX_PROCESS_TEXT) {
      errors.add(
          new FieldError(
              "followUpNote", "must be at most " + TicketService.MAX_PROCESS_TEXT + " characters"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidTicketRequestException(errors);
    }
    return parsed;
  }

  /** Records a manager's follow-up of the rating as an event and an internal note. */
  @Transactional
  public void recordFollowUp(String number, FollowUpAction action, String note, String actor) {
    Ticket ticket = tickets.get(number);
    tickets.log(ticket, TicketEventType.FEEDBACK_FOLLOWED_UP, null, action.name(), note, actor);
    tickets.addComment(
        ticket,
        "Follow-up of the requester's rating ("
            + action.name().toLowerCase(Locale.ROOT).replace('_', ' ')
            + "): "
            + note.strip(),
        Visibility.INTERNAL,
        AuthorType.STAFF,
        actor);
  }
}
