package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import io.ticketflow.audit.AuditAction;
import io.ticketflow.audit.AuditService;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What an export row shows of a ticket, and how its filters are recorded. */
class TicketExportTest {

  private static final StaffAccess MARY = new StaffAccess("mary", Set.of("tier1"), "10.0.0.7");

  private final TicketExport export =
      new TicketExport(
          null,
          null,
          null,
          new TicketProperties(
              ZoneId.of("Asia/Shanghai"),
              URI.create("http://localhost"),
              5,
              Duration.ofDays(30),
              Set.of("managers"),
              10000),
          null,
          Clock.systemUTC());

  @Test
  void theRequesterIsMaskedInEveryRowButTheTextOnlyOfArchivedTickets() {
    Ticket open = TicketMaskTest.ticket("Zhang San", "E12345");

    List<String> row = export.row(open);

    assertThat(row).hasSameSizeAs(TicketExport.COLUMNS);
    assertThat(cell(row, "number")).isEqualTo("TS20261122-0001");
    assertThat(cell(row, "requesterName")).isEqualTo("Z. S.");
    assertThat(cell(row, "requesterEmail")).isEqualTo("z***@example.com");
    assertThat(cell(row, "requesterPhone")).isEqualTo("*****5678");
    assertThat(cell(row, "requesterEmployeeId")).isEqualTo("****45");
    assertThat(cell(row, "requesterDepartment")).isEqualTo("Finance");
    assertThat(cell(row, "createdAt")).isEqualTo("2026-11-22T09:00:00+08:00");
    assertThat(cell(row, "archivedAt")).isNull();
    assertThat(cell(row, "responseSlaBreached")).isEqualTo("false");

    Ticket archived = TicketMaskTest.archived(open);
    archived.resolve("Told Zhang San to call 010-8888-6666", null, null, Instant.now());
    List<String> archivedRow = export.row(archived);
    assertThat(cell(archivedRow, "status")).isEqualTo("ARCHIVED");
    assertThat(cell(archivedRow, "archivedAt")).isNotNull();
    assertThat(cell(archivedRow, "resolution")).isEqualTo("Told Z. S. to call *****6666");
  }

  @Test
  void theFiltersAreDescribedForTheAuditTrail() {
    assertThat(export.describe(new TicketFilter(null, null, null, null))).isEqualTo("all tickets");
    assertThat(
            export.describe(
                new TicketFilter(
                    TicketStatus.ARCHIVED,
                    Category.SYSTEM_FAULT,
                    "P2",
                    " printer ",
                    Instant.parse("2026-10-31T16:00:00Z"),
                    Instant.parse("2026-11-30T16:00:00Z"))))
        .isEqualTo(
            "status=ARCHIVED, category=SYSTEM_FAULT, priority=P2, q=\"printer\","
                + " createdFrom=2026-11-01T00:00:00+08:00, createdBefore=2026-12-01T00:00:00+08:00");
  }

  @Test
  void moreTicketsThanOneExportHoldsAreRefusedAndNothingIsRecorded() {
    AuditService audit = mock(AuditService.class);
    TicketExport capped = spy(exportOf(audit, 2));
    doReturn(List.of(3L, 2L, 1L)).when(capped).ids(any(), eq(3));

    assertThatThrownBy(() -> capped.prepare(new TicketFilter(null, null, null, null), MARY))
        .isInstanceOf(ExportTooLargeException.class)
        .hasMessageContaining("More than 2 tickets")
        .hasMessageContaining("narrow the filter");
    verifyNoInteractions(audit);
  }

  @Test
  void anExportIsRecordedWithItsFiltersAndRowCount() {
    AuditService audit = mock(AuditService.class);
    TicketExport capped = spy(exportOf(audit, 2));
    doReturn(List.of(2L, 1L)).when(capped).ids(any(), eq(3));

    TicketExport.Export prepared =
        capped.prepare(new TicketFilter(TicketStatus.CLOSED, null, null, null), MARY);

    assertThat(prepared.filename()).isEqualTo("tickets-2026-11-22.csv");
    assertThat(prepared.ticketIds()).containsExactly(2L, 1L);
    verify(audit)
        .record(
            AuditAction.EXPORT,
            "mary",
            TicketExport.TICKETS,
            null,
            "tickets-2026-11-22.csv: status=CLOSED; 2 rows",
            "10.0.0.7");
  }

  private static TicketExport exportOf(AuditService audit, int maxRows) {
    return new TicketExport(
        null,
        audit,
        null,
        new TicketProperties(
            ZoneId.of("Asia/Shanghai"),
            URI.create("http://localhost"),
            5,
            Duration.ofDays(30),
            Set.of("managers"),
            maxRows),
        new TicketVisibility(new VisibilityProperties(Set.of("managers")), user -> Set.of()),
        Clock.fixed(Instant.parse("2026-11-21T16:30:00Z"), ZoneOffset.UTC));
  }

  private static String cell(List<String> row, String column) {
    return row.get(TicketExport.COLUMNS.indexOf(column));
  }
}
