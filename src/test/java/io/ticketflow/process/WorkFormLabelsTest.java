package io.ticketflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.Subcategory;
import io.ticketflow.ticket.TicketProperties;
import io.ticketflow.ticket.TicketStatus;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkFormLabelsTest {

  private static final Instant NOW = Instant.parse("2026-12-08T02:00:00Z");
  private static final Locale ZH = WorkFormLabels.locale("zh-CN");
  private static final Locale EN = WorkFormLabels.locale("en");

  private final WorkFormLabels labels =
      new WorkFormLabels(
          new TicketProperties(
              ZoneId.of("Asia/Shanghai"),
              URI.create("http://localhost/portal"),
              5,
              Duration.ofDays(30),
              Set.of("managers"),
              10000),
          Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void codesReadAsLabelsInChineseAndEnglish() {
    assertThat(labels.status(ZH, TicketStatus.IN_PROGRESS)).isEqualTo("处理中");
    assertThat(labels.status(EN, TicketStatus.WAITING_CUSTOMER))
        .isEqualTo("Waiting for the requester");
    assertThat(labels.classification(ZH, Category.SYSTEM_FAULT, Subcategory.LOGIN_FAILURE))
        .isEqualTo("系统故障 › 登录失败");
    assertThat(labels.classification(EN, Category.OPERATION_GUIDANCE, null))
        .isEqualTo("Operation guidance");
    assertThat(labels.channel(ZH, Channel.EMAIL)).isEqualTo("电子邮件");
    assertThat(labels.priority(EN, Optional.of("P1"))).isEqualTo("P1 · critical");
    assertThat(labels.priority(ZH, Optional.empty())).isEqualTo("未设置");
  }

  @Test
  void everyCodeHasALabelInBothLanguages() {
    for (Locale locale : new Locale[] {ZH, EN}) {
      for (TicketStatus status : TicketStatus.values()) {
        assertThat(labels.status(locale, status)).isNotEqualTo(status.name());
      }
      for (Subcategory sub : Subcategory.values()) {
        assertThat(labels.classification(locale, sub.category(), sub)).doesNotContain("_");
      }
      for (Channel channel : Channel.values()) {
        assertThat(labels.text(locale, "channel." + channel.name())).isNotBlank();
      }
    }
  }

  @Test
  void dueTimesReadInTheDesksZoneWithTheTimeLeft() {
    Optional<Instant> inTwoHours = Optional.of(NOW.plus(Duration.ofMinutes(125)));
    assertThat(labels.due(ZH, inTwoHours))
        .isEqualTo("2026-12-08 12:05（Asia/Shanghai）· 还剩 2 小时 5 分钟");
    assertThat(labels.due(EN, inTwoHours))
        .isEqualTo("2026-12-08 12:05 (Asia/Shanghai) · 2 h 5 min left");
    assertThat(labels.due(EN, Optional.of(NOW.minus(Duration.ofMinutes(40)))))
        .isEqualTo("2026-12-08 09:20 (Asia/Shanghai) · overdue by 40 min");
    assertThat(labels.due(ZH, Optional.of(NOW.plus(Duration.ofHours(27))))).endsWith("还剩 1 天 3 小时");
    assertThat(labels.due(EN, Optional.empty())).isEqualTo("not set");
  }

  @Test
  void templateLanguagesReadAsWords() {
    assertThat(labels.language(ZH, Optional.of("zh-CN"))).isEqualTo("中文");
    assertThat(labels.language(EN, Optional.of("en"))).isEqualTo("English");
    assertThat(labels.language(EN, Optional.empty())).isEqualTo("every language");
  }
}
