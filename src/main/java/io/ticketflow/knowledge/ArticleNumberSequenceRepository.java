package io.ticketflow.knowledge;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ArticleNumberSequenceRepository extends JpaRepository<ArticleNumberSequence, String> {

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select s from ArticleNumberSequence s where s.name = :name")
  Optional<ArticleNumberSequence> lock(@Param("name") String name);
}
