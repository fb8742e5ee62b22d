package io.ticketflow.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.knowledge.Article;
import io.ticketflow.knowledge.ArticleContent;
import io.ticketflow.knowledge.KnowledgeService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo desk's knowledge base: published articles across the four categories, in English and
 * Chinese, from {@code demo/knowledge-base.json}. Written only into an empty knowledge base.
 */
@Component
public class DemoKnowledgeBase {

  static final String ARTICLES = "demo/knowledge-base.json";
  static final String AUTHOR = "tina";
  static final String REVIEWER = "megan";
  private static final Logger LOG = LoggerFactory.getLogger(DemoKnowledgeBase.class);

  private final KnowledgeService knowledge;
  private final ObjectMapper json;

  public DemoKnowledgeBase(KnowledgeService knowledge, ObjectMapper json) {
    this.knowledge = knowledge;
    this.json = json;
  }

  /**
   * Writes and publishes the demo articles when there are none yet.
   *
   * @return how many were written
   */
  public int seed() {
    if (knowledge.count() > 0) {
      return 0;
    }
    List<ArticleContent> articles = read();
    for (ArticleContent content : articles) {
      Article article = knowledge.create(content, AUTHOR);
      knowledge.publish(article.getNumber(), REVIEWER);
    }
    LOG.info("Demo knowledge base ready: {} published articles", articles.size());
    return articles.size();
  }

  private List<ArticleContent> read() {
    try (InputStream in = new ClassPathResource(ARTICLES).getInputStream()) {
      return List.of(json.readValue(in, ArticleContent[].class));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + ARTICLES, e);
    }
  }
}
