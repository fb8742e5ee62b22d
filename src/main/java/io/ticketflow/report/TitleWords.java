package io.ticketflow.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The words of a ticket title, for the recurring problems of a report. Chinese text has no spaces:
 * it is cut into words by Lucene's Smart Chinese analyzer (a hidden Markov model over a word
 * dictionary, with its stop words), so "打印机无法连接" gives 打印机, 无法, 连接. Words in other scripts are the
 * runs of letters and digits, lower case, without common English words.
 */
final class TitleWords {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private static final int MIN_LATIN_LENGTH = 3;
  private static final int MIN_HAN_LENGTH = 2;
  private static final Set<String> COMMON_WORDS =
      Set.of(
          "the", "and", "for", "not", "with", "can", "cannot", "does", "doesn", "from", "after",
          "when", "into", "our", "have", "has", "was", "are", "but", "any", "all", "too", "its");

  /** Thread safe: each thread gets its own token streams. */
  private static final Analyzer CHINESE = new SmartChineseAnalyzer(true);

  private TitleWords() {}

  /** The distinct words of {@code title}, in order of appearance. */
  static Set<String> of(String title) {
    Set<String> words = new LinkedHashSet<>();
    if (title == null || title.isBlank()) {
      return words;
    }
    WORD.matcher(title.toLowerCase(Locale.ROOT))
        .results()
        .map(m -> m.group())
        .filter(Predicate.not(HAN.asPredicate()))
        .filter(Predicate.not(COMMON_WORDS::contains))
        .filter(word -> word.length() >= MIN_LATIN_LENGTH)
        .forEach(words::add);
    if (HAN.matcher(title).find()) {
      chinese(title, words);
    }
    return words;
  }

  private static void chinese(String title, Set<String> words) {
    try (TokenStream tokens = CHINESE.tokenStream("title", title)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        String word = term.toString();
        if (word.codePointCount(0, word.length()) >= MIN_HAN_LENGTH && HAN.matcher(word).find()) {
          words.add(word);
        }
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read a title", e);
    }
  }
}
