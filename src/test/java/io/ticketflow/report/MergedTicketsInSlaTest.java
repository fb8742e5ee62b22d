package io.ticketflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.report.ReportRows.TicketRow;
import io.ticketflow.report.ReportSummary.Sla;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A duplicate merged into another ticket counts in no SLA rate: its master carries the targets. */
class MergedTicketsInSlaTest {

  private static final Instant CREATED = Instant.parse("2026-11-23T01:00:00Z");
  private static final Instant NOW = CREATED.plus(Duration.ofDays(3));
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  void mergedDuplicateWhoseTargetsPassedIsNotCountedAsMissed() {
    TicketRow master =
        row(1, "CLOSED", CREATED.plus(Duration.ofMinutes(20)), CREATED.plusSeconds(3600));
    TicketRow duplicate = row(2, "MERGED", null, null);

    Sla sla = ReportFigures.sla(List.of(master, duplicate), NOW, SHANGHAI);

    assertThat(sla.responseCounted()).isEqualTo(1);
    assertThat(sla.responseCompliance()).isEqualTo(1.0);
    assertThat(sla.resolutionCounted()).isEqualTo(1);
    assertThat(sla.compliance()).isEqualTo(1.0);
    assertThat(sla.weekly()).singleElement().satisfies(w -> assertThat(w.counted()).isEqualTo(2));
  }

  @Test
  void openTicketWhoseTargetsPassedIsCountedAsMissed() {
    TicketRow open = row(3, "IN_PROGRESS", null, null);

    Sla sla = ReportFigures.sla(List.of(open), NOW, SHANGHAI);

    assertThat(sla.responseCounted()).isEqualTo(1);
    assertThat(sla.responseMet()).isZero();
    assertThat(sla.resolutionCounted()).isEqualTo(1);
    assertThat(sla.resolutionMet()).isZero();
  }

  private static TicketRow row(long id, String status, Instant responded, Instant resolved) {
    return new TicketRow(
        id,
        "TS20261123-000" + id,
        "Export fails",
        "OPERATION_GUIDANCE",
        "HOW_TO",
        "WEB",
        "P1",
        status,
        1,
        "tier1",
        null,
        CREATED,
        responded,
        resolved,
        CREATED.plus(Duration.ofMinutes(30)),
        CREATED.plus(Duration.ofHours(2)),
        null,
        null,
        resolved,
        resolved == null ? null : "RESOLVED",
        0,
        null,
        null);
  }
}
