package io.ticketflow.web;

import io.ticketflow.config.StaffLanguage;
import io.ticketflow.knowledge.Article;
import io.ticketflow.knowledge.KnowledgeArticleNotFoundException;
import io.ticketflow.knowledge.KnowledgeService;
import io.ticketflow.process.WorkFormLabels;
import io.ticketflow.security.WebappSessionUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;

/**
 * A knowledge article's staff page, which the work form's suggestions open in a new tab: the
 * article as agents read it (any status, with its symptoms, cause, solution and prevention), for
 * whoever is signed in to the Camunda webapps as staff, in the language the webapps show. It lives
 * beside the webapps ({@code /camunda/knowledge/{number}}) so that their session is sent with it.
 */
@Controller
public class StaffArticlePage {

  static final String PATH = "/camunda/knowledge/";

  /** No script, styles only from us, no framing: the page shows stored text and nothing else. */
  static final String CSP =
      "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none';"
          + " form-action 'none'; frame-ancestors 'none'";

  private static final Map<String, String[]> WORDS =
      Map.ofEntries(
          Map.entry("symptoms", new String[] {"Symptoms", "现象"}),
          Map.entry("cause", new String[] {"Cause", "原因"}),
          Map.entry("solution", new String[] {"Solution", "解决方法"}),
          Map.entry("prevention", new String[] {"Prevention", "预防"}),
          Map.entry("category", new String[] {"Category", "类别"}),
          Map.entry("status", new String[] {"Status", "状态"}),
          Map.entry("tags", new String[] {"Tags", "标签"}),
          Map.entry("version", new String[] {"Version", "版本"}),
          Map.entry("signIn", new String[] {"Sign in to Tasklist first.", "请先登录任务列表。"}),
          Map.entry("missing", new String[] {"There is no such article.", "没有这篇文章。"}),
          Map.entry("DRAFT", new String[] {"Draft", "草稿"}),
          Map.entry("IN_REVIEW", new String[] {"In review", "审核中"}),
          Map.entry("PUBLISHED", new String[] {"Published", "已发布"}),
          Map.entry("RETIRED", new String[] {"Retired", "已停用"}));

  private final KnowledgeService knowledge;
  private final WebappSessionUser users;
  private final WorkFormLabels labels;

  public StaffArticlePage(
      KnowledgeService knowledge, WebappSessionUser users, WorkFormLabels labels) {
    this.knowledge = knowledge;
    this.users = users;
    this.labels = labels;
  }

  @GetMapping(value = PATH + "{number}", produces = MediaType.TEXT_HTML_VALUE)
  public ResponseEntity<String> article(@PathVariable String number, HttpServletRequest request) {
    boolean zh = "zh".equals(StaffLanguage.of(request));
    if (users.staff(request).isEmpty()) {
      return page(
          HttpStatus.UNAUTHORIZED,
          zh,
          "ticketflow",
          "<p><a href=\"/camunda/app/tasklist/default/\">" + word("signIn", zh) + "</a></p>");
    }
    Article article;
    try {
      article = knowledge.get(number);
    } catch (KnowledgeArticleNotFoundException missing) {
      return page(HttpStatus.NOT_FOUND, zh, number, "<p>" + word("missing", zh) + "</p>");
    }
    knowledge.recordView(article.getNumber());
    Locale locale = WorkFormLabels.locale(zh ? "zh" : "en");
    StringBuilder body = new StringBuilder();
    body.append("<p class=\"meta\">")
        .append(escape(article.getNumber()))
        .append(" · ")
        .append(word("category", zh))
        .append(": ")
        .append(
            escape(
                labels.classification(
                    locale, article.getCategory(), article.getSubcategory().orElse(null))))
        .append(" · ")
        .append(word("status", zh))
        .append(": ")
        .append(word(article.getStatus().name(), zh))
        .append(" · ")
        .append(word("version", zh))
        .append(' ')
        .append(article.getVersion())
        .append("</p>");
    section(body, word("symptoms", zh), article.getSymptoms());
    section(body, word("cause", zh), article.getCause());
    section(body, word("solution", zh), Optional.of(article.getSolution()));
    section(body, word("prevention", zh), article.getPrevention());
    if (!article.getTags().isEmpty()) {
      body.append("<p class=\"tags\">")
          .append(word("tags", zh))
          .append(": ")
          .append(escape(String.join(", ", article.getTags())))
          .append("</p>");
    }
    return page(HttpStatus.OK, zh, article.getTitle(), body.toString());
  }

  private static void section(StringBuilder body, String heading, Optional<String> text) {
    text.filter(t -> !t.isBlank())
        .ifPresent(
            t ->
                body.append("<h2>")
                    .append(heading)
                    .append("</h2><div class=\"text\">")
                    .append(escape(t))
                    .append("</div>"));
  }

  private static ResponseEntity<String> page(
      HttpStatus status, boolean zh, String title, String body) {
    String html =
        "<!DOCTYPE html><html lang=\""
            + (zh ? "zh-CN" : "en")
            + "\"><head><meta charset=\"utf-8\"><title>"
            + escape(title)
            + "</title><link rel=\"stylesheet\" href=\"/camunda/app/ticketflow/article.css\">"
            + "</head><body><main><h1>"
            + escape(title)
            + "</h1>"
            + body
            + "</main></body></html>";
    return ResponseEntity.status(status)
        .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noStore())
        .header("Content-Security-Policy", CSP)
        .body(html);
  }

  private static String word(String key, boolean zh) {
    return WORDS.get(key)[zh ? 1 : 0];
  }

  private static String escape(String text) {
    return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
  }
}
