package io.ticketflow.ticket;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Masks personal data: phone numbers, e-mail addresses, names and employee ids, and the e-mail
 * addresses and phone numbers in free text. Pure functions; null and blank values come back as they
 * are.
 */
public final class PersonalDataMask {

  static final String STARS = "*****";
  private static final int PHONE_DIGITS_KEPT = 4;

  /** Fewer digits than this and nothing of the number is shown. */
  private static final int PHONE_MIN_DIGITS = 5;

  private static final int EMPLOYEE_ID_KEPT = 2;

  /** Scripts whose names are written without spaces and masked character by character. */
  private static final Set<Character.UnicodeScript> CHARACTER_NAMES =
      EnumSet.of(
          Character.UnicodeScript.HAN,
          Character.UnicodeScript.HANGUL,
          Character.UnicodeScript.HIRAGANA,
          Character.UnicodeScript.KATAKANA);

  /** {@code Zhang San <zhang.san@example.com>}, as mail senders are written. */
  private static final Pattern ADDRESSED = Pattern.compile("^(.*?)\\s*<([^<>]*)>$");

  /**
   * In free text: ISO dates (kept, they are no phone numbers), e-mail addresses, and runs of at
   * least 7 digits that may be split by single spaces or dashes and start with {@code +}. A digit
   * run glued to letters (a ticket number, a version) is not a phone number.
   */
  private static final Pattern FREE_TEXT =
      Pattern.compile(
          "(?<date>(?<![\\w+])\\d{4}-\\d{1,2}-\\d{1,2}(?!\\d))"
              + "|(?<email>[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})"
              + "|(?<phone>(?<![\\w+])\\+?\\d(?:[ -]?\\d){6,}(?!\\w))");

  private PersonalDataMask() {}

  /** {@code 138-1234-5678} → {@code *****5678}; fewer than five digits → {@code *****}. */
  public static String phone(String phone) {
    if (isBlank(phone)) {
      return phone;
    }
    StringBuilder digits = new StringBuilder();
    phone.codePoints().filter(Character::isDigit).forEach(digits::appendCodePoint);
    if (digits.length() < PHONE_MIN_DIGITS) {
      return STARS;
    }
    return STARS + digits.substring(digits.length() - PHONE_DIGITS_KEPT);
  }

  /** {@code alice@example.com} → {@code a***@example.com}; no address: the first character. */
  public static String email(String email) {
    if (isBlank(email)) {
      return email;
    }
    String address = email.strip();
    int at = address.lastIndexOf('@');
    if (at < 0) {
      return first(address) + "***";
    }
    return (at == 0 ? "" : first(address)) + "***" + address.substring(at);
  }

  /**
   * Initials: {@code Alice Wong} → {@code A. W.}; Chinese (Japanese, Korean) names keep their first
   * character and star the others: {@code 张三} → {@code 张*}, {@code 欧阳娜娜} → {@code 欧***}. A mail
   * sender's address is masked like {@link #email}: {@code Alice Wong <alice@example.com>} → {@code
   * A. W. <a***@example.com>}.
   */
  public static String name(String name) {
    if (isBlank(name)) {
      return name;
    }
    String plain = name.strip();
    Matcher addressed = ADDRESSED.matcher(plain);
    if (addressed.matches()) {
      String display = addressed.group(1).replace("\"", "").strip();
      String address = "<" + email(addressed.group(2).strip()) + ">";
      return display.isEmpty() ? address : initials(display) + " " + address;
    }
    if (plain.indexOf('@') > 0 && plain.indexOf(' ') < 0) {
      return email(plain);
    }
    return initials(plain);
  }

  /** All but the last two characters starred: {@code E12345} → {@code ****45}. */
  public static String employeeId(String employeeId) {
    if (isBlank(employeeId)) {
      return employeeId;
    }
    int[] chars = employeeId.strip().codePoints().toArray();
    int starred = chars.length <= EMPLOYEE_ID_KEPT ? chars.length : chars.length - EMPLOYEE_ID_KEPT;
    return "*".repeat(starred) + new String(chars, starred, chars.length - starred);
  }

  /** The requester with name, e-mail, phone and employee id masked; the department is kept. */
  public static Requester requester(Requester requester) {
    return new Requester(
        name(requester.getName()),
        email(requester.getEmail()),
        phone(requester.getPhone()),
        requester.getDepartment(),
        employeeId(requester.getEmployeeId()));
  }

  /** Free text with every e-mail address and phone-like digit run masked. */
  public static String text(String text) {
    if (isBlank(text)) {
      return text;
    }
    Matcher found = FREE_TEXT.matcher(text);
    StringBuilder masked = new StringBuilder(text.length());
    while (found.find()) {
      String replacement;
      if (found.group("date") != null) {
        replacement = found.group();
      } else if (found.group("email") != null) {
        replacement = email(found.group());
      } else {
        replacement = phone(found.group());
      }
      found.appendReplacement(masked, Matcher.quoteReplacement(replacement));
    }
    found.appendTail(masked);
    return masked.toString();
  }

  private static String initials(String name) {
    int[] letters = name.codePoints().filter(Character::isLetter).toArray();
    if (letters.length == 0) {
      return STARS;
    }
    if (Arrays.stream(letters).anyMatch(c -> CHARACTER_NAMES.contains(scriptOf(c)))) {
      return new String(letters, 0, 1) + "*".repeat(letters.length - 1);
    }
    return Arrays.stream(name.split("\\s+"))
        .map(part -> part.codePoints().filter(Character::isLetterOrDigit).findFirst())
        .filter(OptionalInt::isPresent)
        .map(initial -> Character.toString(Character.toUpperCase(initial.getAsInt())) + ".")
        .collect(Collectors.joining(" "));
  }

  private static Character.UnicodeScript scriptOf(int codePoint) {
    return Character.UnicodeScript.of(codePoint);
  }

  private static String first(String text) {
    return text.substring(0, text.offsetByCodePoints(0, 1));
  }

  static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
