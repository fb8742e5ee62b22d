package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What an export row shows of a ticket, and how its filters are recorded. */
class TicketExportTest {

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

  private static String cell(List<String> row, String column) {
    return row.get(TicketExport.COLUMNS.indexOf(column));
  }
}
