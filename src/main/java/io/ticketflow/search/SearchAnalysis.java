package io.ticketflow.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one analyzer of every searchable text, for Chinese and English in the same field: Chinese cut
 * by smartcn or into CJK bigrams ({@link ChineseAnalysis}), English lower-cased, without stop words
 * and Porter-stemmed ("crashes", "crashing" → "crash"). Registered with the Lucene backend as
 * {@value #TEXT}; the same instance explains which terms two texts share.
 */
@Component(SearchAnalysis.BEAN)
public final class SearchAnalysis implements LuceneAnalysisConfigurer {

  public static final String BEAN = "searchAnalysis";

  /** The analyzer's name in the index mapping. */
  public static final String TEXT = "text";

  /** The normalizer of keyword fields matched case-insensitively (ticket numbers). */
  public static final String KEYWORD = "keyword";

  private static final String SMARTCN_STOP_WORDS =
      "org/apache/lucene/analysis/cn/smart/stopwords.txt";

  private static final String ENGLISH_STOP_WORDS = "io/ticketflow/search/stopwords-en.txt";

  private final ChineseAnalysis chinese;
  private final Analyzer analyzer;

  /** The shipped analysis, for contexts without the application's settings (test slices). */
  public SearchAnalysis() {
    this(ChineseAnalysis.BIGRAM);
  }

  @Autowired
  public SearchAnalysis(SearchProperties properties) {
    this(properties.chinese());
  }

  public SearchAnalysis(ChineseAnalysis chinese) {
    this.chinese = chinese;
    this.analyzer = build(chinese);
  }

  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    context.analyzer(TEXT).instance(analyzer);
    context
        .normalizer(KEYWORD)
        .custom()
        .tokenFilter(LowerCaseFilterFactory.class)
        .tokenFilter(ASCIIFoldingFilterFactory.class);
  }

  public ChineseAnalysis chinese() {
    return chinese;
  }

  /** The distinct terms of a text, in the order they first occur. */
  public Set<String> terms(String text) {
    Set<String> terms = new LinkedHashSet<>();
    if (text == null || text.isBlank()) {
      return terms;
    }
    try (TokenStream stream = analyzer.tokenStream(TEXT, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot analyze a text held in memory", e);
    }
    return terms;
  }

  static Analyzer build(ChineseAnalysis chinese) {
    try {
      CustomAnalyzer.Builder builder =
          CustomAnalyzer.builder(
              new ClasspathResourceLoader(SearchAnalysis.class.getClassLoader()));
      if (chinese == ChineseAnalysis.SMARTCN) {
        builder
            .withTokenizer(HMMChineseTokenizerFactory.class)
            .addTokenFilter(CJKWidthFilterFactory.class)
            // smartcn's own list: the punctuation its tokenizer emits as words
            .addTokenFilter(StopFilterFactory.class, "words", SMARTCN_STOP_WORDS);
      } else {
        builder
            .withTokenizer(StandardTokenizerFactory.class)
            .addTokenFilter(CJKWidthFilterFactory.class)
            .addTokenFilter(LowerCaseFilterFactory.class)
            .addTokenFilter(CJKBigramFilterFactory.class, "outputUnigrams", "false");
      }
      return builder
          .addTokenFilter(EnglishPossessiveFilterFactory.class)
          .addTokenFilter(LowerCaseFilterFactory.class)
          .addTokenFilter(StopFilterFactory.class, "words", ENGLISH_STOP_WORDS)
          .addTokenFilter(PorterStemFilterFactory.class)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot build the search analyzer", e);
    }
  }
}
