package io.ticketflow.audit;

import java.time.Clock;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail: who read personal data, who exported what. An entry is written in the
 * transaction of what it records, so that nothing happens unrecorded.
 */
@Service
public class AuditService {

  static final int ACTOR_CHARS = 200;
  static final int TARGET_CHARS = 200;
  static final int DETAIL_CHARS = 2000;
  static final int ADDRESS_CHARS = 64;

  private final AuditEventRepository events;
  private final Clock clock;

  public AuditService(AuditEventRepository events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  /**
   * Records what {@code actor} did; joins the caller's transaction, which must exist.
   *
   * @param targetType the kind of record, e.g. {@code TICKET}
   * @param targetId the record's id, e.g. the ticket number; null when many records were concerned
   * @param detail what exactly, e.g. the reason given or the filters of an export
   * @param clientAddress where the request came from, when known
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public AuditEvent record(
      AuditAction action,
      String actor,
      String targetType,
      String targetId,
      String detail,
      String clientAddress) {
    return events.save(
        new AuditEvent(
            clock.instant(),
            cut(actor, ACTOR_CHARS),
            action,
            targetType,
            cut(targetId, TARGET_CHARS),
            cut(detail, DETAIL_CHARS),
            cut(clientAddress, ADDRESS_CHARS)));
  }

  /** The entries that match, newest first. */
  @Transactional(readOnly = true)
  public Page<AuditEvent> search(AuditFilter filter, int page, int size) {
    Pageable request =
        PageRequest.of(page, size, Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")));
    return events.findAll(filter.toSpecification(), request);
  }

  private static String cut(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    return text.substring(0, max - 1) + "…";
  }
}
