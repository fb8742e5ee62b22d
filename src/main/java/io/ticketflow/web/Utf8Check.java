package io.ticketflow.web;

import java.nio.charset.CharacterCodingException;

/**
 * Checks, byte by byte as a body streams in, that it is well-formed UTF-8 (RFC 3629): no overlong
 * forms (such as {@code C0 AF} for {@code /}), no encoded surrogates, nothing above U+10FFFF, no
 * sequence cut short. Jackson decodes overlong forms silently, so a JSON body would otherwise store
 * characters the client never wrote in plain form.
 */
final class Utf8Check {

  private int needed;
  private int lowest = 0x80;
  private int highest = 0xBF;

  /**
   * Thrown when the body is not well-formed UTF-8; a {@link CharacterCodingException}, so that
   * every reader of the body (Spring MVC, Jersey) sees a decoding failure.
   */
  static class MalformedUtf8Exception extends CharacterCodingException {
    private static final long serialVersionUID = 1L;

    @Override
    public String getMessage() {
      return "The request body is not valid UTF-8.";
    }
  }

  void accept(int b) throws MalformedUtf8Exception {
    if (needed > 0) {
      if (b < lowest || b > highest) {
        throw new MalformedUtf8Exception();
      }
      lowest = 0x80;
      highest = 0xBF;
      needed--;
      return;
    }
    if (b < 0x80) {
      return;
    }
    if (b >= 0xC2 && b <= 0xDF) {
      start(1, 0x80, 0xBF);
    } else if (b == 0xE0) {
      start(2, 0xA0, 0xBF);
    } else if (b == 0xED) {
      start(2, 0x80, 0x9F);
    } else if (b >= 0xE1 && b <= 0xEF) {
      start(2, 0x80, 0xBF);
    } else if (b == 0xF0) {
      start(3, 0x90, 0xBF);
    } else if (b >= 0xF1 && b <= 0xF3) {
      start(3, 0x80, 0xBF);
    } else if (b == 0xF4) {
      start(3, 0x80, 0x8F);
    } else {
      throw new MalformedUtf8Exception();
    }
  }

  void accept(byte[] buffer, int offset, int length) throws MalformedUtf8Exception {
    for (int i = offset; i < offset + length; i++) {
      accept(buffer[i] & 0xFF);
    }
  }

  /** At the end of the body: a sequence must not be left open. */
  void end() throws MalformedUtf8Exception {
    if (needed > 0) {
      throw new MalformedUtf8Exception();
    }
  }

  private void start(int continuations, int low, int high) {
    needed = continuations;
    lowest = low;
    highest = high;
  }
}
