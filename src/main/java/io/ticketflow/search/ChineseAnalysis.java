package io.ticketflow.search;

/** How the search analyzer cuts Chinese text into terms; English is stemmed either way. */
public enum ChineseAnalysis {
  /** Lucene's smartcn: words from a dictionary and a hidden Markov model. */
  SMARTCN,
  /** Overlapping pairs of CJK characters, no dictionary. */
  BIGRAM
}
