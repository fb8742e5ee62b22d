package io.ticketflow.intake;

import io.ticketflow.ticket.FollowUpAction;
import io.ticketflow.ticket.Requester;
import io.ticketflow.ticket.SatisfactionSurveys;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketService;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager's follow-up of an unhappy rating: recorded on the closed ticket, and when the problem
 * is not over, a follow-up ticket opened for the requester through the usual intake (so it is
 * acknowledged, triaged and routed like any other).
 */
@Service
public class FeedbackFollowUps {

  /** Idempotency scope of follow-up tickets: one per closed ticket, however often it is retried. */
  static final String SCOPE = "feedback-follow-up";

  private static final String TITLE_PREFIX = "Follow-up: ";

  private final SatisfactionSurveys surveys;
  private final TicketService tickets;
  private final TicketIntakeService intake;

  public FeedbackFollowUps(
      SatisfactionSurveys surveys, TicketService tickets, TicketIntakeService intake) {
    this.surveys = surveys;
    this.tickets = tickets;
    this.intake = intake;
  }

  /**
   * Records the follow-up of ticket {@code number}.
   *
   * @return the follow-up ticket's number when one was opened
   */
  @Transactional
  public Optional<String> record(String number, FollowUpAction action, String note, String actor) {
    surveys.recordFollowUp(number, action, note, actor);
    if (action != FollowUpAction.FOLLOW_UP_TICKET) {
      return Optional.empty();
    }
    Ticket closed = tickets.get(number);
    Requester requester = closed.getRequester();
    String title = TITLE_PREFIX + closed.getTitle();
    TicketDraft draft =
        new TicketDraft(
            title.length() > TicketIntakeService.MAX_TITLE
                ? title.substring(0, TicketIntakeService.MAX_TITLE)
                : title,
            "Follow-up of "
                + number
                + " after the requester's rating ("
                + closed.getRating().map(Enum::name).orElse("not rated")
                + ").\n\n"
                + note.strip(),
            closed.getCategory(),
            closed.getSubcategory(),
            closed.getUrgency(),
            closed.getImpact(),
            closed.getChannel(),
            requester.getName(),
            requester.getEmail(),
            requester.getPhone(),
            requester.getDepartment(),
            requester.getEmployeeId(),
            closed.getLanguage().orElse(null),
            actor);
    IntakeResult opened = intake.submit(draft, number, SCOPE);
    if (opened.created()) {
      tickets.recordFollowUp(number, opened.ticket().getNumber(), actor);
    }
    return Optional.of(opened.ticket().getNumber());
  }
}
