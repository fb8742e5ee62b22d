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
 * The audit trail: who read personal data, who exported what, who changed users, groups and
 * authorizations, and which logins failed. An entry is written in the transaction of what it
 * records, so that nothing happens unrecorded; a failed login, whose request fails, in one of its
 * own.
 */
@Service
public class AuditService {

  static final int ACTOR_CHARS = 200;
  static final int TARGET_CHARS = 200;
  static final int DETAIL_CHARS = 2000;
  static final int ADDRESS_CHARS = 64;

  /** The audit trail's target type for a user of the identity store. */
  public static final String USER = "USER";

  /** The actor of a failed login that named no user. */
  static final String NO_USER = "(none)";

  private static final String CONTROL_CHARACTERS = "\\p{Cntrl}";

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

  /**
   * Records a failed login in a transaction of its own, so that it stays recorded although the
   * request fails. The password is never passed here.
   *
   * @param attemptedUser the user name given, as typed (the actor and the target of the entry)
   * @param channel where the login was tried: {@code api}, {@code engine-rest}, {@code
   *     webapp/cockpit}, {@code webhook}…
   * @param why what was wrong, when known (never the credentials themselves); may be null
   * @param clientAddress where the request came from, when known
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public AuditEvent loginFailed(
      String attemptedUser, String channel, String why, String clientAddress) {
    String user =
        attemptedUser == null || attemptedUser.isBlank()
            ? NO_USER
            : attemptedUser.replaceAll(CONTROL_CHARACTERS, "?");
    String detail = "channel: " + channel + (why == null ? "" : "; " + why);
    return record(AuditAction.LOGIN_FAILED, user, USER, user, detail, clientAddress);
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
