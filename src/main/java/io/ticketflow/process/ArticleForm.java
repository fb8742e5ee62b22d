package io.ticketflow.process;

import io.ticketflow.knowledge.Article;
import io.ticketflow.knowledge.ArticleContent;
import io.ticketflow.knowledge.ArticleTicket;
import io.ticketflow.process.ProcessModel.Vars;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * An article in the write and review forms. Form fields travel as Camunda String variables, which
 * hold 4,000 characters: a longer text is shown shortened and is not changed by the form (it is
 * edited through the knowledge API instead).
 */
public final class ArticleForm {

  /** The most a String process variable holds. */
  static final int FIELD_LIMIT = 4000;

  private ArticleForm() {}

  /** The form's variables for {@code article}: its text to edit and read-only context. */
  public static VariableMap of(Article article, List<ArticleTicket> links) {
    return Variables.createVariables()
        .putValue(
            Vars.ARTICLE_KIND,
            article.getCategory().name()
                + article.getSubcategory().map(s -> " / " + s.name()).orElse(""))
        .putValue(
            Vars.SOURCE_TICKETS,
            links.isEmpty()
                ? "(none)"
                : shown(
                    links.stream()
                        .map(
                            l ->
                                l.getTicketNumber()
                                    + " ("
                                    + l.getType().name().toLowerCase(Locale.ROOT)
                                    + ")")
                        .collect(Collectors.joining("\n"))))
        .putValue(Vars.ARTICLE_TITLE, article.getTitle())
        .putValue(Vars.SYMPTOMS, shown(article.getSymptoms().orElse("")))
        .putValue(Vars.CAUSE, shown(article.getCause().orElse("")))
        .putValue(Vars.SOLUTION, shown(article.getSolution()))
        .putValue(Vars.PREVENTION, shown(article.getPrevention().orElse("")))
        .putValue(Vars.TAGS, String.join(", ", article.getTags()));
  }

  /** The article as the form submitted it; a text too long for the form keeps its stored value. */
  public static ArticleContent content(VariableScope form, Article stored) {
    return new ArticleContent(
        text(form, Vars.ARTICLE_TITLE, stored.getTitle()),
        text(form, Vars.SYMPTOMS, stored.getSymptoms().orElse(null)),
        text(form, Vars.CAUSE, stored.getCause().orElse(null)),
        text(form, Vars.SOLUTION, stored.getSolution()),
        text(form, Vars.PREVENTION, stored.getPrevention().orElse(null)),
        stored.getCategory(),
        stored.getSubcategory().orElse(null),
        tags(form.getVariable(Vars.TAGS)));
  }

  static String shown(String text) {
    return text.length() <= FIELD_LIMIT ? text : text.substring(0, FIELD_LIMIT - 1) + "…";
  }

  private static String text(VariableScope form, String key, String stored) {
    if (stored != null && stored.length() > FIELD_LIMIT) {
      return stored;
    }
    Object value = form.getVariable(key);
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  private static List<String> tags(Object value) {
    if (value == null || value.toString().isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.toString().split(","))
        .map(String::strip)
        .filter(tag -> !tag.isEmpty())
        .toList();
  }
}
