package io.ticketflow.intake.mail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** The new part of a reply: the quoted earlier mail that clients append below it is left out. */
final class ReplyText {

  /** The line mail clients put above the quote ("On …, X wrote:", "… 写道："). */
  private static final Pattern ATTRIBUTION =
      Pattern.compile("^(on .+ wrote:|am .+ schrieb .+:|.+写道[:：]?)$", Pattern.CASE_INSENSITIVE);

  private ReplyText() {}

  static String withoutQuote(String text) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int end = lines.size();
    boolean quoted = false;
    while (end > 0 && (lines.get(end - 1).isBlank() || lines.get(end - 1).startsWith(">"))) {
      quoted |= lines.get(end - 1).startsWith(">");
      end--;
    }
    if (!quoted) {
      return text.strip();
    }
    if (end > 0 && ATTRIBUTION.matcher(lines.get(end - 1).strip()).matches()) {
      end--;
    }
    String reply = String.join("\n", lines.subList(0, end)).strip();
    return reply.isEmpty() ? text.strip() : reply;
  }
}
