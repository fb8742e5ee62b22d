package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.ticketflow.audit.AuditAction;
import io.ticketflow.audit.AuditService;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Unmasked reads: only for the allowed groups, and never unrecorded. */
class PersonalDataServiceTest {

  private static final String NUMBER = "TS20261122-0001";

  private final TicketService tickets = mock(TicketService.class);
  private final AuditService audit = mock(AuditService.class);
  private final PersonalDataService service =
      new PersonalDataService(
          tickets,
          audit,
          new TicketProperties(
              ZoneId.of("Asia/Shanghai"),
              URI.create("http://localhost"),
              5,
              Duration.ofDays(30),
              Set.of("managers", "camunda-admin"),
              10000));

  @Test
  void anAgentIsRefusedBeforeAnythingIsRead() {
    StaffAccess mary = new StaffAccess("mary", Set.of("tier1"), "10.0.0.7");

    assertThat(service.mayRead(mary)).isFalse();
    assertThatThrownBy(() -> service.read(NUMBER, mary, "curious"))
        .isInstanceOf(PersonalDataAccessDeniedException.class)
        .hasMessageContaining("mary");
    verifyNoInteractions(tickets, audit);
  }

  @Test
  void aManagersReadReturnsTheStoredDataAndIsAudited() {
    Ticket ticket = TicketMaskTest.archived(TicketMaskTest.ticket("Zhang San", "E12345"));
    TicketComment reply =
        new TicketComment(
            1L,
            "Call me on 138-1234-5678",
            Visibility.PUBLIC,
            AuthorType.REQUESTER,
            "Zhang San",
            Instant.parse("2026-11-22T02:00:00Z"));
    StaffAccess megan = new StaffAccess("megan", Set.of("managers"), "10.0.0.9");
    when(tickets.getFor(NUMBER, megan)).thenReturn(ticket);
    when(tickets.comments(ticket, megan)).thenReturn(List.of(reply));

    PersonalData data = service.read(NUMBER, megan, "  requester asked for a copy ");

    assertThat(data.requester().getPhone()).isEqualTo("+86 138 0013 5678");
    assertThat(data.requester().getName()).isEqualTo("Zhang San");
    assertThat(data.status()).isEqualTo(TicketStatus.ARCHIVED);
    assertThat(data.comments())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.author()).isEqualTo("Zhang San");
              assertThat(c.body()).isEqualTo("Call me on 138-1234-5678");
            });
    verify(audit)
        .record(
            AuditAction.PERSONAL_DATA_READ,
            "megan",
            PersonalDataService.TICKET,
            NUMBER,
            "reason: requester asked for a copy",
            "10.0.0.9");
  }

  @Test
  void aReadWithoutReasonIsAuditedToo() {
    Ticket ticket = TicketMaskTest.ticket("Zhang San", null);
    when(tickets.getFor(any(), any())).thenReturn(ticket);
    when(tickets.comments(any(), any())).thenReturn(List.of());

    service.read(NUMBER, new StaffAccess("demo", Set.of("camunda-admin"), null), " ");

    verify(audit)
        .record(
            AuditAction.PERSONAL_DATA_READ, "demo", PersonalDataService.TICKET, NUMBER, null, null);
  }
}
