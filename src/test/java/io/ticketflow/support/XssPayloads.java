package io.ticketflow.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The hostile texts of {@code src/test/resources/xss/corpus.txt}, one payload a line. */
public final class XssPayloads {

  private static final String CORPUS = "/xss/corpus.txt";

  private XssPayloads() {}

  /** Every payload, without the comment lines and blank lines. */
  public static List<String> all() {
    try (InputStream in = XssPayloads.class.getResourceAsStream(CORPUS)) {
      if (in == null) {
        throw new IllegalStateException(CORPUS + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
