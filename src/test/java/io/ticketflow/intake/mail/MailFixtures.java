package io.ticketflow.intake.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The MIME fixtures in {@code src/test/resources/mail/}. */
public final class MailFixtures {

  /** The ticket number the reply fixtures answer; tests put a real one in its place. */
  public static final String FIXTURE_TICKET = "TS20261122-0001";

  private MailFixtures() {}

  public static byte[] read(String name) {
    try (InputStream in = MailFixtures.class.getResourceAsStream("/mail/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fixture with {@code replacements} applied pairwise (text, its replacement, ...). */
  public static byte[] read(String name, String... replacements) {
    String text = new String(read(name), StandardCharsets.UTF_8);
    for (int i = 0; i < replacements.length; i += 2) {
      text = text.replace(replacements[i], replacements[i + 1]);
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
