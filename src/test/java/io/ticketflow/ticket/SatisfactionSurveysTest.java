package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The survey's own rules: opening with an earlier rating, ending unanswered, follow-ups. */
class SatisfactionSurveysTest {

  private static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");

  private final TicketService tickets = mock(TicketService.class);
  private final SatisfactionSurveys surveys =
      new SatisfactionSurveys(
          tickets, new SurveyProperties(Duration.ofDays(7)), Clock.fixed(NOW, ZoneOffset.UTC));

  private Ticket ticket;

  @BeforeEach
  void closedTicket() {
    ticket = TicketMaskTest.ticket("Zhang San", "E12345");
    ticket.moveTo(TicketStatus.WAITING_ASSIGNMENT, NOW);
    ticket.moveTo(TicketStatus.IN_PROGRESS, NOW);
    ticket.assignTo("mary", NOW);
    ticket.resolve("Restarted the spooler.", null, null, NOW);
    ticket.moveTo(TicketStatus.RESOLVED, NOW);
    ticket.moveTo(TicketStatus.CLOSED, NOW);
    when(tickets.get(ticket.getNumber())).thenReturn(ticket);
  }

  @Test
  void surveyOpensUnratedAndIsLogged() {
    SurveyState state = surveys.open(ticket.getNumber());

    assertThat(state.rated()).isFalse();
    assertThat(state.rating()).isNull();
    verify(tickets)
        .log(
            eq(ticket),
            eq(TicketEventType.SURVEY_OPENED),
            isNull(),
            isNull(),
            isNull(),
            eq(TicketService.SYSTEM_ACTOR));
  }

  @Test
  void ratingGivenBeforeClosingIsReadWhenTheSurveyOpens() {
    ticket.recordFeedback(Rating.BASICALLY_SATISFIED, 2, "slow", NOW);

    SurveyState state = surveys.open(ticket.getNumber());

    assertThat(state).isEqualTo(new SurveyState(true, Rating.BASICALLY_SATISFIED, 2));
    assertThat(ticket.getRatedAt()).contains(NOW);
  }

  @Test
  void unansweredSurveyEndsOnceAndARatedOneIsLeftAlone() {
    surveys.expire(ticket.getNumber());
    surveys.expire(ticket.getNumber());

    assertThat(ticket.getSurveyClosedAt()).contains(NOW);
    verify(tickets)
        .log(
            eq(ticket),
            eq(TicketEventType.SURVEY_EXPIRED),
            isNull(),
            isNull(),
            isNull(),
            eq(TicketService.SYSTEM_ACTOR));

    Ticket rated = TicketMaskTest.ticket("Li Si", "E2");
    rated.recordFeedback(Rating.SATISFIED, null, null, NOW);
    when(tickets.get(rated.getNumber() + "-rated")).thenReturn(rated);
    surveys.expire(rated.getNumber() + "-rated");
    assertThat(rated.getSurveyClosedAt()).isEmpty();
  }

  @Test
  void followUpFormContextShowsRatingSolutionAndWhoResolvedIt() {
    ticket.recordFeedback(Rating.UNSATISFIED, null, null, NOW);

    FeedbackContext context = surveys.context(ticket.getNumber());

    assertThat(context.rating()).isEqualTo("UNSATISFIED");
    assertThat(context.score()).isEqualTo("no score");
    assertThat(context.comment()).isEqualTo("(no comment)");
    assertThat(context.resolution()).isEqualTo("Restarted the spooler.");
    assertThat(context.resolvedBy()).isEqualTo("mary");
    assertThat(context.requesterSummary()).contains("Zhang San");
  }

  @Test
  void followUpNeedsAKnownActionAndANote() {
    assertThat(surveys.checkFollowUp(" follow_up_ticket ", "called"))
        .isEqualTo(FollowUpAction.FOLLOW_UP_TICKET);
    assertThatThrownBy(() -> surveys.checkFollowUp("CALL_LATER", " "))
        .isInstanceOfSatisfying(
            InvalidTicketRequestException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("followUpAction", "followUpNote"));
    assertThatThrownBy(() -> surveys.checkFollowUp(null, "x".repeat(4001)))
        .isInstanceOfSatisfying(
            InvalidTicketRequestException.class, e -> assertThat(e.errors()).hasSize(2));
  }

  @Test
  void followUpIsAnEventAndAnInternalNote() {
    surveys.recordFollowUp(
        ticket.getNumber(), FollowUpAction.CONTACTED_REQUESTER, " Apologised. ", "megan");

    verify(tickets)
        .log(
            ticket,
            TicketEventType.FEEDBACK_FOLLOWED_UP,
            null,
            "CONTACTED_REQUESTER",
            " Apologised. ",
            "megan");
    verify(tickets)
        .addComment(
            ticket,
            "Follow-up of the requester's rating (contacted requester): Apologised.",
            Visibility.INTERNAL,
            AuthorType.STAFF,
            "megan");
    verify(tickets, never()).recordFollowUp(anyString(), anyString(), any());
  }
}
