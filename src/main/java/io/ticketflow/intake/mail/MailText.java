package io.ticketflow.intake.mail;

/** Fitting mail texts into columns. */
final class MailText {

  private MailText() {}

  static String cut(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    return text.substring(0, max - 1) + "…";
  }
}
