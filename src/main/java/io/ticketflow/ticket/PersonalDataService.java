package io.ticketflow.ticket;

import io.ticketflow.audit.AuditAction;
import io.ticketflow.audit.AuditService;
import java.util.Collections;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Unmasked reads of a ticket's personal data: only for the groups in {@code
 * ticketflow.tickets.personal-data-readers}, and each one recorded in the audit trail in the same
 * transaction.
 */
@Service
public class PersonalDataService {

  /** The audit trail's target type for a ticket. */
  public static final String TICKET = "TICKET";

  private final TicketService tickets;
  private final AuditService audit;
  private final Set<String> readers;

  public PersonalDataService(
      TicketService tickets, AuditService audit, TicketProperties properties) {
    this.tickets = tickets;
    this.audit = audit;
    this.readers = Set.copyOf(properties.personalDataReaders());
  }

  /** Whether {@code access} may read personal data unmasked. */
  public boolean mayRead(StaffAccess access) {
    return !Collections.disjoint(readers, access.groups());
  }

  /**
   * The ticket's requester details and texts as stored, recorded in the audit trail with the
   * reader, the client address and the reason given.
   *
   * @throws PersonalDataAccessDeniedException when the reader is in none of the allowed groups
   */
  @Transactional
  public PersonalData read(String number, StaffAccess access, String reason) {
    if (!mayRead(access)) {
      throw new PersonalDataAccessDeniedException(access.user());
    }
    Ticket ticket = tickets.getFor(number, access);
    audit.record(
        AuditAction.PERSONAL_DATA_READ,
        access.user(),
        TICKET,
        ticket.getNumber(),
        reason == null || reason.isBlank() ? null : "reason: " + reason.strip(),
        access.clientAddress());
    return PersonalData.of(ticket, tickets.comments(ticket, access));
  }
}
