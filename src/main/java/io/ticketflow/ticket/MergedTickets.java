package io.ticketflow.ticket;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duplicates a master ticket stands for: those merged into it, and those merged into them
 * before. Their comments and files stay theirs and are shown on the master by reference.
 */
@Component
public class MergedTickets {

  /**
   * How deep a chain of merges is followed; a desk does not merge duplicates of duplicates more.
   */
  static final int MAX_DEPTH = 10;

  private final TicketRepository tickets;
  private final AttachmentRepository attachments;

  public MergedTickets(TicketRepository tickets, AttachmentRepository attachments) {
    this.tickets = tickets;
    this.attachments = attachments;
  }

  /** The duplicates merged into {@code master}, directly or through another duplicate. */
  @Transactional(readOnly = true)
  public List<Ticket> of(Ticket master) {
    List<Ticket> found = new ArrayList<>();
    Set<String> seen = new HashSet<>(Set.of(master.getNumber()));
    Deque<String> next = new ArrayDeque<>(List.of(master.getNumber()));
    for (int depth = 0; depth < MAX_DEPTH && !next.isEmpty(); depth++) {
      Deque<String> level = new ArrayDeque<>();
      for (String number : next) {
        for (Ticket duplicate : tickets.findByMergedIntoOrderByIdAsc(number)) {
          if (seen.add(duplicate.getNumber())) {
            found.add(duplicate);
            level.add(duplicate.getNumber());
          }
        }
      }
      next = level;
    }
    return found;
  }

  /** The ids of the master and of every duplicate merged into it. */
  @Transactional(readOnly = true)
  public List<Long> idsWith(Ticket master) {
    List<Long> ids = new ArrayList<>(List.of(master.getId()));
    of(master).forEach(t -> ids.add(t.getId()));
    return ids;
  }

  /**
   * The files of the duplicates merged into {@code master}, each with the duplicate it came with.
   */
  @Transactional(readOnly = true)
  public List<MergedFile> files(Ticket master) {
    List<MergedFile> files = new ArrayList<>();
    for (Ticket duplicate : of(master)) {
      attachments.findByTicketIdOrderByIdAsc(duplicate.getId()).stream()
          .map(a -> new MergedFile(duplicate.getNumber(), a))
          .forEach(files::add);
    }
    return files;
  }

  /**
   * The number of the ticket a file shown on {@code master} belongs to: the master itself, or the
   * duplicate merged into it that brought it; empty when it is neither's.
   */
  @Transactional(readOnly = true)
  public Optional<String> ownerOf(Ticket master, long attachmentId) {
    if (attachments.findByIdAndTicketId(attachmentId, master.getId()).isPresent()) {
      return Optional.of(master.getNumber());
    }
    return of(master).stream()
        .filter(d -> attachments.findByIdAndTicketId(attachmentId, d.getId()).isPresent())
        .map(Ticket::getNumber)
        .findFirst();
  }

  /** A file that came with a merged duplicate. */
  public record MergedFile(String ticketNumber, Attachment attachment) {}
}
