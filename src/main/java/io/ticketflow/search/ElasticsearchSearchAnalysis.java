package io.ticketflow.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analysis of {@link SearchAnalysis}, defined for an Elasticsearch or OpenSearch cluster (the
 * {@code elasticsearch} profile, docs/search.md) with the server's built-in filters. {@code
 * SMARTCN} needs the server's analysis-smartcn plugin.
 */
public class ElasticsearchSearchAnalysis implements ElasticsearchAnalysisConfigurer {

  private static final String POSSESSIVE = "ticketflow_possessive";
  private static final String STOP = "ticketflow_stop";

  private final ChineseAnalysis chinese;

  public ElasticsearchSearchAnalysis() {
    this(ChineseAnalysis.BIGRAM);
  }

  public ElasticsearchSearchAnalysis(ChineseAnalysis chinese) {
    this.chinese = chinese;
  }

  @Override
  public void configure(ElasticsearchAnalysisConfigurationContext context) {
    context.tokenFilter(POSSESSIVE).type("stemmer").param("language", "possessive_english");
    context.tokenFilter(STOP).type("stop").param("stopwords", "_english_");
    if (chinese == ChineseAnalysis.SMARTCN) {
      context
          .analyzer(SearchAnalysis.TEXT)
          .custom()
          .tokenizer("smartcn_tokenizer")
          .tokenFilters("cjk_width", POSSESSIVE, "lowercase", STOP, "porter_stem");
    } else {
      context
          .analyzer(SearchAnalysis.TEXT)
          .custom()
          .tokenizer("standard")
          .tokenFilters("cjk_width", "lowercase", "cjk_bigram", POSSESSIVE, STOP, "porter_stem");
    }
    context.normalizer(SearchAnalysis.KEYWORD).custom().tokenFilters("lowercase", "asciifolding");
  }
}
