package io.ticketflow.search;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Search settings (docs/search.md).
 *
 * @param dataDirectory the application's local data; the Lucene index lives in its {@code index}
 *     folder
 * @param chinese how Chinese text is cut into words: the smartcn dictionary segmenter, or
 *     overlapping pairs of characters (CJK bigrams); a change rebuilds the index at the next start
 * @param maxQueryChars a query text is cut to this many characters (a ticket's whole description
 *     searched for similar ones, say), which bounds the number of terms of one query
 */
@Validated
@ConfigurationProperties("ticketflow.search")
public record SearchProperties(
    @NotNull @DefaultValue("./data") Path dataDirectory,
    @NotNull @DefaultValue("BIGRAM") ChineseAnalysis chinese,
    @Min(16) @DefaultValue("300") int maxQueryChars) {

  /** Where the embedded Lucene backend keeps its indexes. */
  public Path indexDirectory() {
    return dataDirectory.resolve("index");
  }

  /** The query text, cut to the configured length; empty for null. */
  public String cut(String text) {
    if (text == null) {
      return "";
    }
    String stripped = text.strip();
    return stripped.length() <= maxQueryChars ? stripped : stripped.substring(0, maxQueryChars);
  }
}
