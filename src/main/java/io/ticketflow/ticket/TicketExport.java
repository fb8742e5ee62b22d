package io.ticketflow.ticket;

import io.ticketflow.audit.AuditAction;
import io.ticketflow.audit.AuditService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tickets as a CSV file for spreadsheets. The requester's details are always masked, and the free
 * text of archived tickets too; the number of rows is capped; every export is recorded in the audit
 * trail with its filters and row count.
 */
@Service
public class TicketExport {

  /** The audit trail's target type for an export: many tickets. */
  public static final String TICKETS = "TICKETS";

  /** Lets spreadsheet programs recognise the file as UTF-8 (Chinese texts). */
  static final String BYTE_ORDER_MARK = "\uFEFF";

  private static final int CHUNK = 200;

  private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  static final List<String> COLUMNS =
      List.of(
          "number",
          "title",
          "status",
          "category",
          "subcategory",
          "urgency",
          "impact",
          "priority",
          "channel",
          "candidateGroup",
          "tier",
          "assignee",
          "requesterName",
          "requesterEmail",
          "requesterPhone",
          "requesterDepartment",
          "requesterEmployeeId",
          "createdAt",
          "firstResponseDueAt",
          "firstRespondedAt",
          "resolutionDueAt",
          "resolvedAt",
          "closedAt",
          "archivedAt",
          "responseSlaBreached",
          "resolutionSlaBreached",
          "reopenCount",
          "complaintCount",
          "rating",
          "score",
          "feedbackComment",
          "description",
          "resolution",
          "rootCause",
          "workaround");

  private final TicketRepository tickets;
  private final AuditService audit;
  private final EntityManager entities;
  private final TicketProperties properties;
  private final TicketVisibility visibility;
  private final Clock clock;

  public TicketExport(
      TicketRepository tickets,
      AuditService audit,
      EntityManager entities,
      TicketProperties properties,
      TicketVisibility visibility,
      Clock clock) {
    this.tickets = tickets;
    this.audit = audit;
    this.entities = entities;
    this.properties = properties;
    this.visibility = visibility;
    this.clock = clock;
  }

  /** Which tickets an export holds, newest first, and the file's name. */
  public record Export(String filename, List<Long> ticketIds) {
    public Export {
      ticketIds = List.copyOf(ticketIds);
    }
  }

  /**
   * Selects the tickets the staff member sees and records the export in the audit trail.
   *
   * @throws ExportTooLargeException when more tickets match than one export may hold
   */
  @Transactional
  public Export prepare(TicketFilter filter, StaffAccess access) {
    int max = properties.exportMaxRows();
    List<Long> ids = ids(filter.toSpecification().and(visibility.visibleTo(access)), max + 1);
    if (ids.size() > max) {
      throw new ExportTooLargeException(max);
    }
    String filename = "tickets-" + LocalDate.now(clock.withZone(zone())) + ".csv";
    audit.record(
        AuditAction.EXPORT,
        access.user(),
        TICKETS,
        null,
        filename + ": " + describe(filter) + "; " + ids.size() + " rows",
        access.clientAddress());
    return new Export(filename, ids);
  }

  /** Writes the prepared export: a header line, then one line per ticket. */
  @Transactional(readOnly = true)
  public void write(Export export, Writer out) throws IOException {
    out.write(BYTE_ORDER_MARK);
    out.write(Csv.line(COLUMNS));
    List<Long> ids = export.ticketIds();
    for (int start = 0; start < ids.size(); start += CHUNK) {
      List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + CHUNK));
      Map<Long, Ticket> loaded =
          tickets.findAllById(chunk).stream()
              .collect(Collectors.toMap(Ticket::getId, Function.identity()));
      for (Long id : chunk) {
        Ticket ticket = loaded.get(id);
        if (ticket != null) {
          out.write(Csv.line(row(ticket)));
        }
      }
      // the rows are written: let the persistence context forget them
      entities.clear();
    }
    out.flush();
  }

  List<String> row(Ticket t) {
    TicketMask mask = TicketMask.forExport(t);
    Requester requester = mask.requester();
    List<String> cells = new ArrayList<>(COLUMNS.size());
    cells.add(t.getNumber());
    cells.add(mask.text(t.getTitle()));
    cells.add(t.getStatus().name());
    cells.add(t.getCategory().name());
    cells.add(t.getSubcategory().name());
    cells.add(t.getUrgency().name());
    cells.add(t.getImpact().name());
    cells.add(t.getPriority().orElse(null));
    cells.add(t.getChannel().name());
    cells.add(t.getCandidateGroup().orElse(null));
    cells.add(t.getTier().map(String::valueOf).orElse(null));
    cells.add(t.getAssignee().orElse(null));
    cells.add(requester.getName());
    cells.add(requester.getEmail());
    cells.add(requester.getPhone());
    cells.add(requester.getDepartment());
    cells.add(requester.getEmployeeId());
    cells.add(time(Optional.of(t.getCreatedAt())));
    cells.add(time(t.getFirstResponseDueAt()));
    cells.add(time(t.getFirstRespondedAt()));
    cells.add(time(t.getResolutionDueAt()));
    cells.add(time(t.getResolvedAt()));
    cells.add(time(t.getClosedAt()));
    cells.add(time(t.getArchivedAt()));
    cells.add(String.valueOf(t.getResponseBreachedAt().isPresent()));
    cells.add(String.valueOf(t.getResolutionBreachedAt().isPresent()));
    cells.add(String.valueOf(t.getReopenCount()));
    cells.add(String.valueOf(t.getComplaintCount()));
    cells.add(t.getRating().map(Enum::name).orElse(null));
    cells.add(t.getScore().map(String::valueOf).orElse(null));
    cells.add(mask.text(t.getFeedbackComment().orElse(null)));
    cells.add(mask.text(t.getDescription()));
    cells.add(mask.text(t.getResolution().orElse(null)));
    cells.add(mask.text(t.getRootCause().orElse(null)));
    cells.add(mask.text(t.getWorkaround().orElse(null)));
    return cells;
  }

  /** The ids of the matching tickets, newest first, at most {@code limit}. */
  List<Long> ids(Specification<Ticket> selection, int limit) {
    CriteriaBuilder cb = entities.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<Ticket> root = query.from(Ticket.class);
    Predicate where = selection.toPredicate(root, query, cb);
    query.select(root.<Long>get("id"));
    if (where != null) {
      query.where(where);
    }
    query.orderBy(cb.desc(root.get("createdAt")), cb.desc(root.get("id")));
    return entities.createQuery(query).setMaxResults(limit).getResultList();
  }

  /** The filters as given, for the audit trail. */
  String describe(TicketFilter filter) {
    List<String> parts = new ArrayList<>();
    if (filter.status() != null) {
      parts.add("status=" + filter.status());
    }
    if (filter.category() != null) {
      parts.add("category=" + filter.category());
    }
    if (filter.priority() != null) {
      parts.add("priority=" + filter.priority());
    }
    if (filter.text() != null && !filter.text().isBlank()) {
      parts.add("q=\"" + filter.text().strip() + "\"");
    }
    if (filter.createdFrom() != null) {
      parts.add("createdFrom=" + time(Optional.of(filter.createdFrom())));
    }
    if (filter.createdUntil() != null) {
      parts.add("createdBefore=" + time(Optional.of(filter.createdUntil())));
    }
    return parts.isEmpty() ? "all tickets" : String.join(", ", parts);
  }

  private String time(Optional<Instant> instant) {
    return instant
        .map(i -> TIME.format(i.truncatedTo(ChronoUnit.SECONDS).atZone(zone())))
        .orElse(null);
  }

  private ZoneId zone() {
    return properties.zone();
  }
}
