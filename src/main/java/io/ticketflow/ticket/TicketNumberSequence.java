package io.ticketflow.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** The last ticket serial handed out on one day. */
@Entity
@Table(name = "ticket_number_sequence")
class TicketNumberSequence {

  @Id
  @Column(name = "seq_day")
  private LocalDate day;

  @Column(name = "last_value", nullable = false)
  private int lastValue;

  protected TicketNumberSequence() {}

  TicketNumberSequence(LocalDate day) {
    this.day = day;
  }

  int next() {
    return ++lastValue;
  }
}
