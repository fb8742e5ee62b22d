package io.ticketflow.knowledge;

import jakarta.persistence.EntityManager;
import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/** Chooses the article search for the database the application runs on, once at start-up. */
@Configuration(proxyBeanMethods = false)
class KnowledgeSearchConfig {

  private static final Logger LOG = LoggerFactory.getLogger(KnowledgeSearchConfig.class);
  static final String POSTGRESQL = "PostgreSQL";

  @Bean
  ArticleSearch articleSearch(DataSource dataSource, EntityManager entityManager)
      throws MetaDataAccessException {
    String product =
        JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
    if (POSTGRESQL.equalsIgnoreCase(product)) {
      LOG.info("Knowledge search: PostgreSQL text search");
      return new PostgresArticleSearch(entityManager);
    }
    LOG.info("Knowledge search: BM25 in Java on {}", product);
    return new JavaArticleSearch(entityManager);
  }
}
