package io.ticketflow.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8CheckTest {

  @Test
  void wellFormedTextInEveryPlanePasses() {
    byte[] text = "ascii, é, 如何, 🙂, \uFFFD".getBytes(StandardCharsets.UTF_8);
    assertThatCode(() -> check(text)).doesNotThrowAnyException();
  }

  @Test
  void overlongFormsSurrogatesAndCutSequencesAreRefused() {
    int[][] malformed = {
      {0xC0, 0xAF}, // overlong "/"
      {0xE0, 0x80, 0xAF}, // overlong "/" in three bytes
      {0xF0, 0x80, 0x80, 0xAF}, // and in four
      {0xED, 0xA0, 0x80}, // an encoded surrogate
      {0xF4, 0x90, 0x80, 0x80}, // above U+10FFFF
      {0xF5, 0x80, 0x80, 0x80},
      {0x80}, // a continuation byte alone
      {0xE4, 0xBD}, // cut short at the end
      {0xE4, 0x41, 0x41}, // a continuation missing
    };
    for (int[] sequence : malformed) {
      byte[] bytes = new byte[sequence.length + 2];
      bytes[0] = 'a';
      for (int i = 0; i < sequence.length; i++) {
        bytes[i + 1] = (byte) sequence[i];
      }
      bytes[bytes.length - 1] = 'b';
      byte[] cutAtEnd = java.util.Arrays.copyOf(bytes, bytes.length - 1);
      byte[] probe = sequence[0] == 0xE4 && sequence.length == 2 ? cutAtEnd : bytes;
      assertThatThrownBy(() -> check(probe)).isInstanceOf(Utf8Check.MalformedUtf8Exception.class);
    }
  }

  private static void check(byte[] bytes) throws Utf8Check.MalformedUtf8Exception {
    Utf8Check check = new Utf8Check();
    check.accept(bytes, 0, bytes.length);
    check.end();
  }
}
