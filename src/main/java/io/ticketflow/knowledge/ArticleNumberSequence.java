package io.ticketflow.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last article serial handed out; its row lock serializes numbering. One row, made by V8. */
@Entity
@Table(name = "article_number_sequence")
class ArticleNumberSequence {

  static final String ARTICLES = "article";

  @Id
  @Column(name = "name", length = 40)
  private String name;

  @Column(name = "last_value", nullable = false)
  private long lastValue;

  protected ArticleNumberSequence() {}

  long next() {
    return ++lastValue;
  }
}
