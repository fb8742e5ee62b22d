package io.ticketflow.ticket;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one ticket's personal data is shown. Staff see an archived ticket masked, whoever they are;
 * exports always mask the requester's details and, of archived tickets, the free text too. Masked
 * free text also hides the requester's own name and employee id where they appear.
 */
public final class TicketMask {

  /** Shorter values are not looked for in free text: they would match inside ordinary words. */
  private static final int MIN_NAME_CHARS = 2;

  private static final int MIN_EMPLOYEE_ID_CHARS = 4;

  private static final TicketMask NONE = new TicketMask(null, false, false);

  private final Requester requester;
  private final boolean personalData;
  private final boolean texts;
  private final List<Known> known = new ArrayList<>();

  private TicketMask(Requester requester, boolean personalData, boolean texts) {
    this.requester = requester;
    this.personalData = personalData;
    this.texts = texts;
    if (texts) {
      look(requester.getName(), MIN_NAME_CHARS, PersonalDataMask.name(requester.getName()));
      look(
          requester.getEmployeeId(),
          MIN_EMPLOYEE_ID_CHARS,
          PersonalDataMask.employeeId(requester.getEmployeeId()));
    }
  }

  /** Masks nothing: for a comment or event just written to a ticket that is not archived. */
  public static TicketMask none() {
    return NONE;
  }

  /** For the staff API: an archived ticket is masked for everyone, any other ticket is not. */
  public static TicketMask forStaff(Ticket ticket) {
    return new TicketMask(ticket.getRequester(), ticket.isArchived(), ticket.isArchived());
  }

  /** For exports: personal data always masked, free text when the ticket is archived. */
  public static TicketMask forExport(Ticket ticket) {
    return new TicketMask(ticket.getRequester(), true, ticket.isArchived());
  }

  public boolean masksTexts() {
    return texts;
  }

  /** The requester's details as they may be shown (null for {@link #none()}). */
  public Requester requester() {
    return personalData ? PersonalDataMask.requester(requester) : requester;
  }

  /** A free text (title, description, comment, event detail, actor) as it may be shown. */
  public String text(String text) {
    if (!texts || PersonalDataMask.isBlank(text)) {
      return text;
    }
    String masked = PersonalDataMask.text(text);
    for (Known value : known) {
      masked = value.pattern().matcher(masked).replaceAll(value.replacement());
    }
    return masked;
  }

  /** Who wrote a comment or sent a file: the requester initialled, staff names kept. */
  public String author(AuthorType type, String author) {
    if (texts && type == AuthorType.REQUESTER) {
      return PersonalDataMask.name(author);
    }
    return text(author);
  }

  /** A notification's recipient: the requester's address or phone number masked. */
  public String recipient(String address) {
    if (!texts || address == null) {
      return address;
    }
    if (address.equalsIgnoreCase(requester.getEmail())) {
      return PersonalDataMask.email(address);
    }
    if (address.equals(requester.getPhone())) {
      return PersonalDataMask.phone(address);
    }
    return address;
  }

  private void look(String value, int minChars, String replacement) {
    if (value == null || value.strip().codePointCount(0, value.strip().length()) < minChars) {
      return;
    }
    Pattern pattern =
        Pattern.compile(
            "(?<![A-Za-z0-9])" + Pattern.quote(value.strip()) + "(?![A-Za-z0-9])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    known.add(new Known(pattern, Matcher.quoteReplacement(replacement)));
  }

  /** A value of this requester's, and what it becomes in masked text. */
  private record Known(Pattern pattern, String replacement) {}
}
