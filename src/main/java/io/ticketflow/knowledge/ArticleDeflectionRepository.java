package io.ticketflow.knowledge;

import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleDeflectionRepository extends JpaRepository<ArticleDeflection, Long> {

  long countByArticleId(Long articleId);
}
