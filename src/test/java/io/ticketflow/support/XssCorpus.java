package io.ticketflow.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The shared hostile-text corpus ({@code src/test/resources/xss/corpus.txt}): one payload a line,
 * without the comment lines and blank lines. A payload that ran would set {@code window.__xss}.
 */
public final class XssCorpus {

  static final String RESOURCE = "/xss/corpus.txt";

  private XssCorpus() {}

  public static List<String> payloads() {
    try (InputStream in = XssCorpus.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing");
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
