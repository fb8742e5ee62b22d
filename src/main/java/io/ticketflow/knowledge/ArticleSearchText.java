package io.ticketflow.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * The normalized token text of an article that search works on, written with every save: the
 * title's tokens, and the tokens of the other fields and the tags. Both database searches read
 * these columns, so PostgreSQL and the embedded database see the same words.
 */
record ArticleSearchText(String title, String body) {

  static final int MAX_TITLE = 2000;
  static final int MAX_BODY = 300000;

  static ArticleSearchText of(ArticleContent content) {
    List<String> body = new ArrayList<>();
    for (String text :
        new String[] {
          content.symptoms(), content.cause(), content.solution(), content.prevention()
        }) {
      body.addAll(SearchTokens.of(text));
    }
    for (String tag : content.tags()) {
      body.addAll(SearchTokens.of(tag));
    }
    return new ArticleSearchText(
        cut(String.join(" ", SearchTokens.of(content.title())), MAX_TITLE),
        cut(String.join(" ", body), MAX_BODY));
  }

  /** Cuts at the last whole token that fits. */
  private static String cut(String tokens, int max) {
    if (tokens.length() <= max) {
      return tokens;
    }
    int space = tokens.lastIndexOf(' ', max);
    return space < 0 ? "" : tokens.substring(0, space);
  }
}
