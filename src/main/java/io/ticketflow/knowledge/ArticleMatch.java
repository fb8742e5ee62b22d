package io.ticketflow.knowledge;

import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Subcategory;

/**
 * One article found by a search, best first. {@code score} orders the results of one search; its
 * scale depends on the database (PostgreSQL's ts_rank, or BM25 on the embedded database).
 */
public record ArticleMatch(
    String number,
    String title,
    Category category,
    Subcategory subcategory,
    ArticleStatus status,
    double score) {}
