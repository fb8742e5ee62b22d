package io.ticketflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Audit-trail entries keep what they are given, within the columns' sizes. */
class AuditServiceTest {

  private static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");

  private final AuditEventRepository events = mock(AuditEventRepository.class);
  private final AuditService audit = new AuditService(events, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void anEntryRecordsWhoDidWhatToWhichRecordWhenAndFromWhere() {
    when(events.save(any(AuditEvent.class))).thenAnswer(inv -> inv.getArgument(0));

    AuditEvent entry =
        audit.record(
            AuditAction.PERSONAL_DATA_READ,
            "megan",
            "TICKET",
            "TS20261122-0001",
            "reason: data subject request",
            "10.0.0.9");

    assertThat(entry.getOccurredAt()).isEqualTo(NOW);
    assertThat(entry.getActor()).isEqualTo("megan");
    assertThat(entry.getAction()).isEqualTo(AuditAction.PERSONAL_DATA_READ);
    assertThat(entry.getTargetType()).isEqualTo("TICKET");
    assertThat(entry.getTargetId()).contains("TS20261122-0001");
    assertThat(entry.getDetail()).contains("reason: data subject request");
    assertThat(entry.getClientAddress()).contains("10.0.0.9");
  }

  @Test
  void overlongValuesAreCutToTheColumnsSizes() {
    when(events.save(any(AuditEvent.class))).thenAnswer(inv -> inv.getArgument(0));

    AuditEvent entry =
        audit.record(AuditAction.EXPORT, "m".repeat(300), "TICKETS", null, "d".repeat(3000), null);

    assertThat(entry.getActor()).hasSize(AuditService.ACTOR_CHARS).endsWith("…");
    assertThat(entry.getDetail()).get().asString().hasSize(AuditService.DETAIL_CHARS);
    assertThat(entry.getTargetId()).isEmpty();
    assertThat(entry.getClientAddress()).isEmpty();
  }

  @Test
  void aFailedLoginRecordsTheNameTriedTheChannelAndWhyButNoControlCharacters() {
    when(events.save(any(AuditEvent.class))).thenAnswer(inv -> inv.getArgument(0));

    AuditEvent entry = audit.loginFailed("mallory\r\nadmin", "api", null, "10.0.0.8");
    assertThat(entry.getAction()).isEqualTo(AuditAction.LOGIN_FAILED);
    assertThat(entry.getActor()).isEqualTo("mallory??admin");
    assertThat(entry.getTargetType()).isEqualTo(AuditService.USER);
    assertThat(entry.getTargetId()).contains("mallory??admin");
    assertThat(entry.getDetail()).contains("channel: api");
    assertThat(entry.getClientAddress()).contains("10.0.0.8");

    AuditEvent webhook = audit.loginFailed(" ", "webhook", "wrong bearer token", null);
    assertThat(webhook.getActor()).isEqualTo(AuditService.NO_USER);
    assertThat(webhook.getDetail()).contains("channel: webhook; wrong bearer token");
  }
}
