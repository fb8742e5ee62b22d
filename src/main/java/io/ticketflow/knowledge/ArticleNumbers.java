package io.ticketflow.knowledge;

import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out article numbers {@code KB-00001}: five digits, more past 99999. Each number is taken
 * from the locked counter row in a short transaction of its own, so that concurrent writers wait
 * only for the increment; an article that fails later leaves a gap, never a duplicate.
 */
@Component
class ArticleNumbers {

  private final ArticleNumberSequenceRepository sequences;
  private final TransactionTemplate newTransaction;

  ArticleNumbers(
      ArticleNumberSequenceRepository sequences, PlatformTransactionManager transactionManager) {
    this.sequences = sequences;
    this.newTransaction = new TransactionTemplate(transactionManager);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  String next() {
    long serial =
        Objects.requireNonNull(
            newTransaction.execute(
                status ->
                    sequences
                        .lock(ArticleNumberSequence.ARTICLES)
                        .orElseThrow(
                            () -> new IllegalStateException("The article counter row is missing"))
                        .next()));
    return format(serial);
  }

  static String format(long serial) {
    return String.format(Locale.ROOT, "KB-%05d", serial);
  }
}
