package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TitleFlagsTest {

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "client crashes after password change",
        "PASSWORD dialog crashes",
        "Password expired",
        "邮箱密码同步失败",
        "忘记密码"
      })
  void titleMentioningAPasswordInAnyCaseOrInChineseIsFlagged(String title) {
    assertThat(TitleFlags.mentionsPassword(title)).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "printer is slow", "pass word", "口令"})
  void otherTitlesAreNot(String title) {
    assertThat(TitleFlags.mentionsPassword(title)).isFalse();
  }
}
