package io.ticketflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Words of ticket titles for recurring problems, Chinese cut into words; report labels. */
class TitleWordsTest {

  @Test
  void chineseTitlesAreCutIntoWords() {
    assertThat(TitleWords.of("打印机无法连接网络")).contains("打印机", "无法", "连接", "网络");
    assertThat(TitleWords.of("登录失败：密码正确却提示错误")).contains("登录", "失败", "密码");
  }

  @Test
  void singleCharactersAndStopWordsAreLeftOut() {
    assertThat(TitleWords.of("系统的数据")).doesNotContain("的").contains("系统", "数据");
  }

  @Test
  void otherScriptsKeepTheirWordsAndMixedTitlesGiveBoth() {
    assertThat(TitleWords.of("VPN drops after the update"))
        .containsExactly("vpn", "drops", "update");
    assertThat(TitleWords.of("OA 系统 login 失败")).contains("login", "系统", "失败");
    assertThat(TitleWords.of(null)).isEmpty();
  }

  @Test
  void chineseLabelsAgentNamesUnassignedAndTimesToTheMinute() {
    ReportTexts zh =
        ReportTexts.of(
            "zh-CN",
            id -> id.equals("mary") ? Optional.of("Mary Li") : Optional.empty(),
            ZoneId.of("Asia/Shanghai"));
    assertThat(zh.category("SYSTEM_FAULT")).isEqualTo("系统故障");
    assertThat(zh.subcategory("LOGIN_FAILURE")).isEqualTo("登录失败");
    assertThat(zh.channel("PHONE")).isEqualTo("电话");
    assertThat(zh.group("tier1")).isEqualTo("服务台（一线）");
    assertThat(zh.agent("mary")).isEqualTo("Mary Li (mary)");
    assertThat(zh.agent(ReportFigures.UNKNOWN)).isEqualTo("未分配");
    assertThat(zh.time(Instant.parse("2026-12-04T04:46:33.123456Z")))
        .isEqualTo("2026-12-04 12:46 (Asia/Shanghai)");
    assertThat(zh.duration(125.4)).isEqualTo("2 小时 5 分钟");
    assertThat(ReportTexts.fromAcceptLanguage("zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo("zh-CN");
    assertThat(ReportTexts.fromAcceptLanguage("de-DE")).isEqualTo("en");
    ReportTexts en = ReportTexts.english();
    assertThat(en.agent(null)).isEqualTo("Unassigned");
    assertThat(en.channel("MONITORING")).isEqualTo("Monitoring alert");
  }
}
