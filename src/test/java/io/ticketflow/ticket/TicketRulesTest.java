package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketRulesTest {

  private final TicketService tickets =
      new TicketService(
          null, null, null, null, null, null, null, null, null, null, Clock.systemUTC());

  @Test
  void resolvedNeedsAResolution() {
    assertThat(fields(new WorkSubmission("RESOLVED", " ", null, null, null, null, null)))
        .containsExactly("resolution");
    assertThat(
            tickets.checkWork(
                new WorkSubmission("RESOLVED", "Reset it", null, null, null, null, null)))
        .isEqualTo(WorkOutcome.RESOLVED);
  }

  @Test
  void escalationNeedsAKnownReasonAndANote() {
    assertThat(fields(new WorkSubmission("ESCALATE", null, null, null, "BORED", "", null)))
        .containsExactly("escalationReason", "escalationNote");
    assertThat(
            tickets.checkWork(
                new WorkSubmission("ESCALATE", null, null, null, "CANNOT_RESOLVE", "db", null)))
        .isEqualTo(WorkOutcome.ESCALATE);
  }

  @Test
  void askingTheRequesterNeedsAQuestion() {
    assertThat(fields(new WorkSubmission("WAIT_FOR_CUSTOMER", null, null, null, null, null, null)))
        .containsExactly("question");
  }

  @Test
  void unknownOrMissingOutcomeIsRefused() {
    assertThat(fields(new WorkSubmission("GIVE_UP", null, null, null, null, null, null)))
        .containsExactly("outcome");
    assertThat(fields(new WorkSubmission(null, null, null, null, null, null, null)))
        .containsExactly("outcome");
  }

  @Test
  void answersLongerThanTheEngineKeepsAreRefused() {
    String tooLong = "x".repeat(TicketService.MAX_PROCESS_TEXT + 1);
    assertThat(fields(new WorkSubmission("RESOLVED", tooLong, null, tooLong, null, null, null)))
        .containsExactly("resolution", "workaround");
    assertThat(
            tickets.checkWork(
                new WorkSubmission(
                    "RESOLVED",
                    "x".repeat(TicketService.MAX_PROCESS_TEXT),
                    null,
                    null,
                    null,
                    null,
                    null)))
        .isEqualTo(WorkOutcome.RESOLVED);
  }

  private List<String> fields(WorkSubmission work) {
    try {
      tickets.checkWork(work);
    } catch (InvalidTicketRequestException e) {
      return e.errors().stream().map(FieldError::field).toList();
    }
    throw new AssertionError("accepted: " + work);
  }

  @Test
  void ticketNumbersHaveFourDigitSerialsAndGrowPastThem() {
    assertThat(TicketNumberGenerator.format(LocalDate.of(2026, 11, 22), 1))
        .isEqualTo("TS20261122-0001");
    assertThat(TicketNumberGenerator.format(LocalDate.of(2026, 11, 22), 12345))
        .isEqualTo("TS20261122-12345");
  }
}
