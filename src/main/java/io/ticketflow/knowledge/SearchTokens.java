package io.ticketflow.knowledge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tokenizer of the knowledge base, used for articles and queries alike (and elsewhere for title
 * similarity): lower-case words without common English stop words and with a light suffix
 * stripping, so that "disconnects", "disconnected" and "disconnecting" all give "disconnect"; Han,
 * Hiragana, Katakana and Hangul text, which has no spaces, as overlapping character bigrams ("无法登录"
 * gives "无法", "法登", "登录"), a lone character as itself.
 */
public final class SearchTokens {

  /** Longer tokens (hashes, base64) are cut to this length. */
  static final int MAX_TOKEN_LENGTH = 40;

  private static final int MIN_STEM = 3;

  /** "ー" of Katakana words ("プリンター"): a letter there, though Unicode gives it no script. */
  private static final int PROLONGED_SOUND_MARK = 0x30FC;

  private static final Set<String> STOP_WORDS =
      Set.of(
          "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "aren",
          "as", "at", "be", "because", "been", "before", "both", "but", "by", "can", "could",
          "couldn", "did", "didn", "do", "does", "doesn", "don", "each", "for", "from", "had",
          "has", "hasn", "have", "haven", "he", "her", "here", "his", "how", "i", "if", "in",
          "into", "is", "isn", "it", "its", "just", "ll", "may", "me", "might", "more", "most",
          "must", "my", "no", "nor", "not", "of", "on", "once", "only", "or", "other", "our", "re",
          "she", "should", "shouldn", "so", "some", "such", "than", "that", "the", "their", "them",
          "then", "there", "these", "they", "this", "those", "to", "too", "us", "ve", "very", "was",
          "wasn", "we", "were", "what", "when", "where", "which", "while", "who", "why", "will",
          "with", "won", "would", "wouldn", "you", "your");

  private SearchTokens() {}

  /**
   * The tokens of {@code text} in order, repeats kept (they count for relevance).
   *
   * @return an empty list for null, blank or token-free text
   */
  public static List<String> of(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return tokens;
    }
    String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder word = new StringBuilder();
    StringBuilder cjk = new StringBuilder();
    int i = 0;
    while (i < normalized.length()) {
      int c = normalized.codePointAt(i);
      i += Character.charCount(c);
      if (isCjk(c)) {
        flushWord(word, tokens);
        cjk.appendCodePoint(c);
      } else if (Character.isLetterOrDigit(c)) {
        flushCjk(cjk, tokens);
        word.appendCodePoint(c);
      } else if (isMark(c) && !word.isEmpty()) {
        // a combining mark left after normalization (an Indic vowel sign) belongs to its word
        word.appendCodePoint(c);
      } else if (isMark(c) && !cjk.isEmpty()) {
        continue;
      } else {
        flushWord(word, tokens);
        flushCjk(cjk, tokens);
      }
    }
    flushWord(word, tokens);
    flushCjk(cjk, tokens);
    return tokens;
  }

  static boolean isCjk(int codePoint) {
    if (codePoint == PROLONGED_SOUND_MARK) {
      return true;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }

  private static boolean isMark(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static void flushWord(StringBuilder word, List<String> tokens) {
    if (word.isEmpty()) {
      return;
    }
    String text = word.toString();
    word.setLength(0);
    boolean hasDigit = text.chars().anyMatch(Character::isDigit);
    if (!hasDigit && (text.length() < 2 || STOP_WORDS.contains(text))) {
      return;
    }
    String token = hasDigit ? text : stem(text);
    tokens.add(token.length() > MAX_TOKEN_LENGTH ? cut(token) : token);
  }

  private static void flushCjk(StringBuilder run, List<String> tokens) {
    if (run.isEmpty()) {
      return;
    }
    int[] chars = run.codePoints().toArray();
    run.setLength(0);
    if (chars.length == 1) {
      tokens.add(new String(chars, 0, 1));
      return;
    }
    for (int k = 0; k + 1 < chars.length; k++) {
      tokens.add(new String(chars, k, 2));
    }
  }

  /** Cuts to the maximum length, never inside a surrogate pair. */
  private static String cut(String token) {
    int end = MAX_TOKEN_LENGTH;
    if (Character.isHighSurrogate(token.charAt(end - 1))) {
      end--;
    }
    return token.substring(0, end);
  }

  /**
   * A light English suffix stripping: plural "s"/"es"/"ies", "ed" and "ing" (with a doubled final
   * consonant undone), then a final silent "e", so that the forms of one word meet. Short words and
   * words without a vowel left are kept as they are.
   */
  static String stem(String word) {
    String w = word;
    if (w.endsWith("ies") && w.length() > 4) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.endsWith("sses")
        || w.endsWith("ches")
        || w.endsWith("shes")
        || w.endsWith("xes")
        || w.endsWith("zes")) {
      w = w.substring(0, w.length() - 2);
    } else if (w.endsWith("s")
        && w.length() > 3
        && !w.endsWith("ss")
        && !w.endsWith("us")
        && !w.endsWith("is")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.endsWith("ied") && w.length() > 4) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.endsWith("ed") && hasVowelStem(w, 2)) {
      w = undouble(w.substring(0, w.length() - 2));
    } else if (w.endsWith("ing") && hasVowelStem(w, 3)) {
      w = undouble(w.substring(0, w.length() - 3));
    }
    if (w.endsWith("e") && w.length() > 3 && !w.endsWith("ee")) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }

  private static boolean hasVowelStem(String word, int suffix) {
    String stem = word.substring(0, word.length() - suffix);
    if (stem.length() < MIN_STEM) {
      return false;
    }
    for (int k = 0; k < stem.length(); k++) {
      if ("aeiouy".indexOf(stem.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** "stopp" → "stop", "runn" → "run"; "install", "miss" and "buzz" keep their pair. */
  private static String undouble(String stem) {
    int n = stem.length();
    if (n >= MIN_STEM + 1) {
      char last = stem.charAt(n - 1);
      if (last == stem.charAt(n - 2) && "aeioulsz".indexOf(last) < 0 && Character.isLetter(last)) {
        return stem.substring(0, n - 1);
      }
    }
    return stem;
  }
}
