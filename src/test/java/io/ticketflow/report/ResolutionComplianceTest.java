package io.ticketflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.report.ReportRows.TicketRow;
import io.ticketflow.report.ReportSummary.Sla;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The resolution SLA counts what met the target: the resolution, or a workaround that counts. */
class ResolutionComplianceTest {

  private static final Instant CREATED = Instant.parse("2025-03-03T02:00:00Z");
  private static final Instant DUE = CREATED.plus(Duration.ofHours(8));
  private static final Instant NOW = Instant.parse("2025-04-01T00:00:00Z");

  @Test
  void aWorkaroundInTimeMeetsTheTargetEvenWhenTheFixCameLate() {
    List<TicketRow> tickets =
        List.of(
            // workaround after 3 h, fixed after 20 h
            row(1, hours(20), hours(3), "WORKAROUND", null),
            // fixed in time
            row(2, hours(5), hours(5), "RESOLVED", null),
            // fixed late, no workaround that counted
            row(3, hours(12), hours(12), "RESOLVED", DUE),
            // nothing yet, target passed
            row(4, null, null, null, DUE));

    Sla sla = ReportFigures.sla(tickets, NOW, ZoneId.of("Asia/Shanghai"));

    assertThat(sla.resolutionCounted()).isEqualTo(4);
    assertThat(sla.resolutionMet()).isEqualTo(2);
    assertThat(sla.resolutionMetByWorkaround()).isEqualTo(1);
    assertThat(sla.resolutionCompliance()).isEqualTo(0.5);
  }

  @Test
  void anOpenTicketWithAWorkaroundAndTheTargetNotYetDueIsCounted() {
    Instant before = CREATED.plus(Duration.ofHours(1));
    Sla sla =
        ReportFigures.sla(
            List.of(row(1, null, hours(1), "WORKAROUND", null)), before, ZoneId.of("UTC"));

    assertThat(sla.resolutionCounted()).isEqualTo(1);
    assertThat(sla.resolutionMetByWorkaround()).isEqualTo(1);
  }

  private static Instant hours(int hours) {
    return CREATED.plus(Duration.ofHours(hours));
  }

  private static TicketRow row(
      long id, Instant resolvedAt, Instant metAt, String metBy, Instant breachedAt) {
    return new TicketRow(
        id,
        "TS20250303-000" + id,
        "Mail is down",
        "SYSTEM_FAULT",
        "INTEGRATION_FAILURE",
        "WEB",
        "P2",
        resolvedAt == null ? "IN_PROGRESS" : "RESOLVED",
        1,
        "tier1",
        "mary",
        CREATED,
        CREATED.plus(Duration.ofMinutes(10)),
        resolvedAt,
        CREATED.plus(Duration.ofHours(2)),
        DUE,
        null,
        breachedAt,
        metAt,
        metBy,
        0,
        null,
        null);
  }
}
