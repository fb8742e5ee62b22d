package io.ticketflow.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The notification outbox. */
public interface NotificationRepository extends JpaRepository<Notification, Long> {

  boolean existsByDedupKey(String dedupKey);

  List<Notification> findByTicketNumberOrderByIdAsc(String ticketNumber);
}
