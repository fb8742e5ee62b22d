package io.ticketflow.web;

import java.nio.charset.StandardCharsets;

/** The {@code Content-Disposition} of file downloads (RFC 6266): always "attachment". */
final class Downloads {

  static final String FALLBACK_NAME = "attachment";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  private static final String ATTR_CHARS = "!#$&+-.^_`|~";

  private Downloads() {}

  /**
   * {@code attachment} with the name twice: a plain ASCII {@code filename} (other characters as
   * "_") for old clients and the exact UTF-8 name percent-encoded in {@code filename*} (RFC 8187).
   * Control characters (CR, LF…), quotes, backslashes and path separators never get through.
   */
  static String attachment(String filename) {
    String clean = clean(filename);
    StringBuilder ascii = new StringBuilder();
    clean.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f ? (char) c : '_'));
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encode(clean);
  }

  /** The name without what could break out of the header or name another directory. */
  static String clean(String filename) {
    if (filename == null) {
      return FALLBACK_NAME;
    }
    StringBuilder clean = new StringBuilder();
    filename
        .codePoints()
        .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
        .filter(c -> c != '"' && c != '\\' && c != '/' && c != '\u2028' && c != '\u2029')
        .forEach(clean::appendCodePoint);
    String result = clean.toString().strip();
    return result.isEmpty() ? FALLBACK_NAME : result;
  }

  private static String encode(String value) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || ATTR_CHARS.indexOf(c) >= 0) {
        encoded.append(c);
      } else {
        encoded.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
      }
    }
    return encoded.toString();
  }
}
