package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A link seen from the other ticket, and the moves into and out of MERGED. */
class LinkTypeTest {

  @Test
  void parentOnOneSideIsChildOnTheOtherAndRelatedStaysRelated() {
    assertThat(LinkType.PARENT.inverse()).isEqualTo(LinkType.CHILD);
    assertThat(LinkType.CHILD.inverse()).isEqualTo(LinkType.PARENT);
    assertThat(LinkType.RELATED.inverse()).isEqualTo(LinkType.RELATED);
  }

  @Test
  void everyOpenStatusMayEndMergedAndAMergedTicketIsOnlyArchived() {
    for (TicketStatus status : TicketStatus.values()) {
      assertThat(status.canMoveTo(TicketStatus.MERGED))
          .as(status + " → MERGED")
          .isEqualTo(status.isOpen());
      assertThat(TicketStatus.MERGED.canMoveTo(status))
          .as("MERGED → " + status)
          .isEqualTo(status == TicketStatus.ARCHIVED);
    }
    assertThat(TicketStatus.MERGED.isOpen()).isFalse();
  }
}
