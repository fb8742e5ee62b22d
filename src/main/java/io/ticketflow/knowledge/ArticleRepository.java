package io.ticketflow.knowledge;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Articles by number; the counters, changed in place so that they never conflict with edits. */
public interface ArticleRepository
    extends JpaRepository<Article, Long>, JpaSpecificationExecutor<Article> {

  Optional<Article> findByNumber(String number);

  List<Article> findByIdIn(Collection<Long> ids);

  List<Article> findByNumberIn(Collection<String> numbers);

  /** The article, locked until the transaction ends: linking serializes on it. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select a from Article a where a.number = :number")
  Optional<Article> lockByNumber(@Param("number") String number);

  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query("update Article a set a.viewCount = a.viewCount + 1 where a.number = :number")
  int countView(@Param("number") String number);

  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query("update Article a set a.helpedCount = a.helpedCount + 1 where a.number = :number")
  int countHelped(@Param("number") String number);
}
