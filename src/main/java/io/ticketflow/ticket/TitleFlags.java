package io.ticketflow.ticket;

import java.util.List;
import java.util.Locale;

/**
 * What the routing decision needs to know of a ticket's title, as flags computed before the
 * decision: the title is free text that may hold personal data, and the decision's inputs are kept
 * in its history, which analysts read.
 */
public final class TitleFlags {

  /** Words that mark password trouble, compared in lower case (English and Chinese). */
  static final List<String> PASSWORD_WORDS = List.of("password", "密码");

  private TitleFlags() {}

  /** Whether the title mentions a password, in any case; false for no title. */
  public static boolean mentionsPassword(String title) {
    if (title == null) {
      return false;
    }
    String lower = title.toLowerCase(Locale.ROOT);
    return PASSWORD_WORDS.stream().anyMatch(lower::contains);
  }
}
