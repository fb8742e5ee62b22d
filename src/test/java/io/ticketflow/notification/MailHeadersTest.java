package io.ticketflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MailHeadersTest {

  @Test
  void plainAddressIsAValidRecipient() {
    assertThat(MailHeaders.recipient("zhang.san+desk@example.com"))
        .hasValueSatisfying(
            a -> assertThat(a.getAddress()).isEqualTo("zhang.san+desk@example.com"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "zhang@example.com\r\nBcc: eve@evil.example",
        "zhang@example.com\nBcc: eve@evil.example",
        "zhang@example.com\r",
        "Eve <eve@evil.example>",
        "zhang@example.com, eve@evil.example",
        "zhang@example.com;eve@evil.example",
        "\"zhang san\"@example.com",
        "zhang@example.com (comment)",
        " zhang@example.com",
        "zhang@@example.com",
        "zhang@exa@mple.com",
        "@example.com",
        "zhang@",
        "13800138000",
        "张三@example.com",
        ""
      })
  void anythingButOnePlainAddressIsNoRecipient(String address) {
    assertThat(MailHeaders.recipient(address)).isEmpty();
  }

  @Test
  void missingOrOverlongAddressIsNoRecipient() {
    assertThat(MailHeaders.recipient(null)).isEmpty();
    assertThat(MailHeaders.recipient("a".repeat(250) + "@example.com")).isEmpty();
  }

  @Test
  void subjectLosesLineBreaksAndControlCharacters() {
    assertThat(MailHeaders.subject("Help\r\nBcc: eve@evil.example\u0000\u2028now\t please  "))
        .isEqualTo("Help Bcc: eve@evil.example now please");
    assertThat(MailHeaders.subject(null)).isEmpty();
    assertThat(MailHeaders.subject("x".repeat(400))).hasSize(MailHeaders.MAX_SUBJECT).endsWith("…");
  }

  @Test
  void senderMayCarryADisplayNameButNoLineBreak() {
    assertThat(MailHeaders.sender("ticketflow desk <support@ticketflow.example>").getPersonal())
        .isEqualTo("ticketflow desk");
    assertThatThrownBy(() -> MailHeaders.sender("support@ticketflow.example\r\nBcc: eve@x.example"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MailHeaders.sender("not an address"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MailHeaders.sender("a@example.com, b@example.com"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void settingsRefuseAnInvalidSender() {
    Duration minute = Duration.ofMinutes(1);
    assertThatThrownBy(
            () ->
                new NotificationProperties(
                    "desk@example.com\nBcc: eve@evil.example",
                    "en",
                    "en",
                    minute,
                    minute,
                    minute,
                    1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void recipientsAreStoredAsOneSeparatedList() {
    String stored = MailHeaders.join(List.of("a@example.com", "b@example.com"));
    assertThat(stored).isEqualTo("a@example.com, b@example.com");
    assertThat(MailHeaders.split(stored)).containsExactly("a@example.com", "b@example.com");
    assertThat(MailHeaders.split(null)).isEmpty();
    assertThat(MailHeaders.split(" ")).isEmpty();
  }

  @Test
  void truncationNeverSplitsACharacterPair() {
    String emoji = "ab\uD83D\uDE00cd";
    assertThat(Texts.truncate(emoji, 4)).isEqualTo("ab…");
    assertThat(Texts.truncate("abc", 3)).isEqualTo("abc");
    assertThat(Texts.truncate(null, 3)).isNull();
  }
}
