package io.ticketflow.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * The notification outbox. Delivery moves a row with conditional updates, each in its own short
 * transaction: a row is claimed ({@code PENDING → SENDING}) by exactly one dispatcher, and only the
 * holder of the claim token may finish it.
 */
public interface NotificationRepository extends JpaRepository<Notification, Long> {

  boolean existsByDedupKey(String dedupKey);

  long countByStatus(NotificationStatus status);

  List<Notification> findByTicketNumberOrderByIdAsc(String ticketNumber);

  /** The ticket's rows waiting for delivery, and its abandoned claims, oldest first. */
  @Query(
      """
      select n.id from Notification n
       where n.ticketNumber = :ticketNumber
         and (n.status = io.ticketflow.notification.NotificationStatus.PENDING
              or (n.status = io.ticketflow.notification.NotificationStatus.SENDING
                  and n.claimedAt < :abandonedBefore))
       order by n.id""")
  List<Long> findDeliverable(
      @Param("ticketNumber") String ticketNumber,
      @Param("abandonedBefore") Instant abandonedBefore);

  /**
   * Rows pending since before {@code pendingBefore}, and abandoned claims, of any ticket: those
   * tried least first, so that one row that keeps failing does not hold up the others.
   */
  @Query(
      """
      select n.id from Notification n
       where (n.status = io.ticketflow.notification.NotificationStatus.PENDING
              and n.createdAt < :pendingBefore)
          or (n.status = io.ticketflow.notification.NotificationStatus.SENDING
              and n.claimedAt < :abandonedBefore)
       order by n.attempts, n.id""")
  List<Long> findOverdue(
      @Param("pendingBefore") Instant pendingBefore,
      @Param("abandonedBefore") Instant abandonedBefore,
      Pageable page);

  /**
   * Claims a row for sending: succeeds (returns 1) for exactly one caller while the row is pending
   * or its previous claim was abandoned.
   */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      """
      update Notification n
         set n.status = io.ticketflow.notification.NotificationStatus.SENDING,
             n.claimToken = :token, n.claimedAt = :now
       where n.id = :id
         and (n.status = io.ticketflow.notification.NotificationStatus.PENDING
              or (n.status = io.ticketflow.notification.NotificationStatus.SENDING
                  and n.claimedAt < :abandonedBefore))""")
  int claim(
      @Param("id") long id,
      @Param("token") String token,
      @Param("now") Instant now,
      @Param("abandonedBefore") Instant abandonedBefore);

  /** The claimed row was accepted by the mail server. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      """
      update Notification n
         set n.status = io.ticketflow.notification.NotificationStatus.SENT,
             n.sentAt = :now, n.attempts = n.attempts + 1, n.lastError = null,
             n.claimToken = null, n.claimedAt = null
       where n.id = :id and n.claimToken = :token""")
  int markSent(@Param("id") long id, @Param("token") String token, @Param("now") Instant now);

  /** Sending the claimed row failed for now: back to pending, to be tried again. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      """
      update Notification n
         set n.status = io.ticketflow.notification.NotificationStatus.PENDING,
             n.attempts = n.attempts + 1, n.lastError = :error,
             n.claimToken = null, n.claimedAt = null
       where n.id = :id and n.claimToken = :token""")
  int release(@Param("id") long id, @Param("token") String token, @Param("error") String error);

  /** The claimed row can never be delivered. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      """
      update Notification n
         set n.status = io.ticketflow.notification.NotificationStatus.FAILED,
             n.attempts = n.attempts + 1, n.lastError = :error,
             n.claimToken = null, n.claimedAt = null
       where n.id = :id and n.claimToken = :token""")
  int markFailed(@Param("id") long id, @Param("token") String token, @Param("error") String error);
}
