package io.ticketflow.knowledge;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleTicketRepository extends JpaRepository<ArticleTicket, Long> {

  boolean existsByArticleIdAndTicketNumberAndType(
      Long articleId, String ticketNumber, ArticleLinkType type);

  List<ArticleTicket> findByArticleIdOrderByLinkedAtAscIdAsc(Long articleId);

  List<ArticleTicket> findByArticleIdAndTypeOrderByLinkedAtAscIdAsc(
      Long articleId, ArticleLinkType type);

  /** The links of any of these tickets, to any article. */
  List<ArticleTicket> findByTicketNumberIn(Collection<String> ticketNumbers);
}
