package io.ticketflow.search;

import java.util.Map;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands Hibernate Search the analysis configured in {@code ticketflow.search} (application.yaml
 * names the classes, with the shipped analysis, for contexts without these settings).
 */
@Configuration(proxyBeanMethods = false)
class SearchConfig {

  static final String BACKEND_TYPE = "hibernate.search.backend.type";
  static final String CONFIGURER = "hibernate.search.backend.analysis.configurer";
  static final String ELASTICSEARCH = "elasticsearch";

  @Bean
  HibernatePropertiesCustomizer searchAnalysisConfigurer(
      SearchAnalysis lucene, SearchProperties properties) {
    return (Map<String, Object> hibernate) ->
        hibernate.put(
            CONFIGURER,
            ELASTICSEARCH.equals(hibernate.get(BACKEND_TYPE))
                ? new ElasticsearchSearchAnalysis(properties.chinese())
                : lucene);
  }
}
