package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TicketStatusTest {

  @Test
  void theHappyPathIsAllowed() {
    assertThat(TicketStatus.NEW.canMoveTo(TicketStatus.WAITING_ASSIGNMENT)).isTrue();
    assertThat(TicketStatus.WAITING_ASSIGNMENT.canMoveTo(TicketStatus.IN_PROGRESS)).isTrue();
    assertThat(TicketStatus.IN_PROGRESS.canMoveTo(TicketStatus.WAITING_CUSTOMER)).isTrue();
    assertThat(TicketStatus.WAITING_CUSTOMER.canMoveTo(TicketStatus.IN_PROGRESS)).isTrue();
    assertThat(TicketStatus.IN_PROGRESS.canMoveTo(TicketStatus.RESOLVED)).isTrue();
    assertThat(TicketStatus.RESOLVED.canMoveTo(TicketStatus.WAITING_CONFIRMATION)).isTrue();
    assertThat(TicketStatus.WAITING_CONFIRMATION.canMoveTo(TicketStatus.CLOSED)).isTrue();
    assertThat(TicketStatus.CLOSED.canMoveTo(TicketStatus.ARCHIVED)).isTrue();
  }

  @Test
  void reopeningGoesBackToWork() {
    assertThat(TicketStatus.WAITING_CONFIRMATION.canMoveTo(TicketStatus.IN_PROGRESS)).isTrue();
  }

  @Test
  void ticketWaitingForTheRequesterMayBeResolvedWithItsMajorIncident() {
    assertThat(TicketStatus.WAITING_CUSTOMER.canMoveTo(TicketStatus.RESOLVED)).isTrue();
  }

  @Test
  void finishedTicketsDoNotMoveBack() {
    assertThat(TicketStatus.CLOSED.canMoveTo(TicketStatus.IN_PROGRESS)).isFalse();
    assertThat(TicketStatus.ARCHIVED.canMoveTo(TicketStatus.CLOSED)).isFalse();
    assertThat(TicketStatus.CANCELLED.canMoveTo(TicketStatus.NEW)).isFalse();
    assertThat(TicketStatus.NEW.canMoveTo(TicketStatus.CLOSED)).isFalse();
  }

  @Test
  void onlyClosedArchivedAndCancelledAreFinished() {
    assertThat(TicketStatus.WAITING_CONFIRMATION.isOpen()).isTrue();
    assertThat(TicketStatus.CLOSED.isOpen()).isFalse();
    assertThat(TicketStatus.ARCHIVED.isOpen()).isFalse();
    assertThat(TicketStatus.CANCELLED.isOpen()).isFalse();
  }
}
