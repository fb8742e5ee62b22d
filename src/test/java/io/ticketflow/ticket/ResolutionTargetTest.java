package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** "Resolved, or a workaround given": what meets a ticket's resolution target, and when. */
class ResolutionTargetTest {

  private static final Instant CREATED = Instant.parse("2026-11-22T01:00:00Z");
  private static final Instant DUE = CREATED.plus(Duration.ofHours(2));

  @Test
  void aWorkaroundMeetsTheTargetAndTheBreachTimerFindsItMet() {
    Ticket ticket = triaged(true);
    Instant given = CREATED.plus(Duration.ofHours(1));

    assertThat(ticket.giveWorkaround("Use the web mail", DUE.plusSeconds(3600), given)).isTrue();

    assertThat(ticket.getResolutionTargetMetAt()).contains(given);
    assertThat(ticket.getResolutionTargetMetBy()).contains(ResolutionTargetMetBy.WORKAROUND);
    assertThat(ticket.markResolutionBreached(DUE)).as("the clock stopped").isFalse();
    assertThat(ticket.getResolutionBreachedAt()).isEmpty();
  }

  @Test
  void whereTheAnalystsSayNoAWorkaroundLeavesTheClockRunning() {
    Ticket ticket = triaged(false);

    assertThat(ticket.giveWorkaround("Use the web mail", DUE, CREATED.plusSeconds(60))).isFalse();

    assertThat(ticket.getResolutionTargetMetAt()).isEmpty();
    assertThat(ticket.markResolutionBreached(DUE)).isTrue();
    assertThat(ticket.resolve("Mail server fixed", null, null, DUE.plusSeconds(60))).isTrue();
    assertThat(ticket.getResolutionTargetMetBy()).contains(ResolutionTargetMetBy.RESOLVED);
  }

  @Test
  void theFirstThingThatMetTheTargetIsKeptWhenTheTicketIsResolvedLater() {
    Ticket ticket = triaged(true);
    Instant given = CREATED.plusSeconds(600);
    ticket.giveWorkaround("Use the web mail", DUE, given);
    assertThat(ticket.giveWorkaround("Or the phone app", DUE, given.plusSeconds(60))).isFalse();

    assertThat(ticket.resolve("Mail server fixed", null, null, DUE.plusSeconds(3600))).isFalse();

    assertThat(ticket.getResolutionTargetMetAt()).contains(given);
    assertThat(ticket.getResolutionTargetMetBy()).contains(ResolutionTargetMetBy.WORKAROUND);
    assertThat(ticket.getResolvedAt()).contains(DUE.plusSeconds(3600));
  }

  @Test
  void aReopenedTicketHasItsTargetOpenAgain() {
    Ticket ticket = triaged(true);
    ticket.resolve("Restarted the service", null, null, CREATED.plusSeconds(600));

    ticket.reopen(CREATED.plusSeconds(1200));

    assertThat(ticket.getResolutionTargetMetAt()).isEmpty();
    assertThat(ticket.getResolutionTargetMetBy()).isEmpty();
    assertThat(ticket.markResolutionBreached(DUE)).isTrue();
  }

  private static Ticket triaged(boolean workaroundMeetsResolution) {
    Ticket ticket =
        new Ticket(
            "TS20261122-0001",
            new NewTicket(
                "Mail is down",
                "Outlook cannot reach the server since 09:00.",
                Category.SYSTEM_FAULT,
                Subcategory.INTEGRATION_FAILURE,
                Urgency.URGENT,
                Impact.DEPARTMENT,
                Channel.API,
                new Requester("Zhang San", "zhang.san@example.com", null, null, null),
                null,
                null,
                null,
                null),
            CREATED);
    ticket.triage(
        "P2",
        new Triage("tier1", 1, "24x7", CREATED.plusSeconds(1800), DUE, CREATED, CREATED),
        CREATED);
    ticket.decideWorkaroundMeetsResolution(workaroundMeetsResolution);
    return ticket;
  }
}
