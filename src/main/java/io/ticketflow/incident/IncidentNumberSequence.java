package io.ticketflow.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** The last incident serial handed out on one day; its row lock serializes declarations. */
@Entity
@Table(name = "incident_number_sequence")
class IncidentNumberSequence {

  @Id
  @Column(name = "seq_day")
  private LocalDate day;

  @Column(name = "last_value", nullable = false)
  private int lastValue;

  protected IncidentNumberSequence() {}

  IncidentNumberSequence(LocalDate day) {
    this.day = day;
  }

  int next() {
    return ++lastValue;
  }
}
