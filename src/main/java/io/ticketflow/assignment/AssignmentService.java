package io.ticketflow.assignment;

import io.ticketflow.audit.AuditAction;
import io.ticketflow.audit.AuditService;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.FieldError;
import io.ticketflow.ticket.Subcategory;
import io.ticketflow.ticket.TicketRepository;
import io.ticketflow.ticket.TicketStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who gets a newly queued ticket in a group that assigns automatically, and the agent profiles that
 * decision reads. Candidates are the group's available members with the skill; the one with the
 * fewest open tickets wins, then the one who got work least recently, then the lowest user id.
 */
@Service
public class AssignmentService {

  /** The statuses in which a ticket is an agent's open work. */
  static final Set<TicketStatus> OPEN_WORK =
      EnumSet.of(
          TicketStatus.WAITING_ASSIGNMENT, TicketStatus.IN_PROGRESS, TicketStatus.WAITING_CUSTOMER);

  private static final Set<String> KNOWN_SKILLS =
      Stream.concat(
              Stream.of(Category.values()).map(Enum::name),
              Stream.of(Subcategory.values()).map(Enum::name))
          .collect(Collectors.toUnmodifiableSet());

  private final AgentProfileRepository profiles;
  private final TicketRepository tickets;
  private final GroupMembers members;
  private final AssignmentProperties properties;
  private final AuditService audit;
  private final Clock clock;

  public AssignmentService(
      AgentProfileRepository profiles,
      TicketRepository tickets,
      GroupMembers members,
      AssignmentProperties properties,
      AuditService audit,
      Clock clock) {
    this.profiles = profiles;
    this.tickets = tickets;
    this.members = members;
    this.properties = properties;
    this.audit = audit;
    this.clock = clock;
  }

  public AssignmentMode modeOf(String group) {
    return properties.modeOf(group);
  }

  /**
   * The agent who gets a ticket just queued for {@code group}: empty when the group works as a pool
   * or nobody can take the ticket, which then waits in the queue.
   */
  @Transactional
  public Optional<String> automaticAssignee(
      String group, Category category, Subcategory subcategory) {
    if (modeOf(group) != AssignmentMode.AUTO) {
      return Optional.empty();
    }
    return chooseAgent(group, category, subcategory);
  }

  /**
   * Picks the agent for a ticket of this category and subcategory in {@code group}. Agents without
   * a profile are available for every ticket. Empty when no member is available with the skill.
   *
   * <p>Reads only: the load and the last assignment come from the tickets, so intakes that choose
   * an agent at the same moment never wait for one another on the agent's row, and the first
   * tickets of a new agent insert nothing. Two such intakes may pick the same agent; the next
   * choice sees both tickets in the agent's load.
   */
  @Transactional(readOnly = true)
  public Optional<String> chooseAgent(String group, Category category, Subcategory subcategory) {
    List<String> userIds = members.of(group).stream().distinct().toList();
    Map<String, AgentProfile> known = profilesOf(userIds);
    Instant now = clock.instant();
    List<AgentProfile> candidates =
        userIds.stream()
            .map(id -> known.getOrDefault(id, new AgentProfile(id, now)))
            .filter(p -> p.isAvailable() && p.canTake(category, subcategory))
            .toList();
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    List<String> ids = candidates.stream().map(AgentProfile::getUserId).toList();
    Map<String, Long> load = openLoad(ids);
    Map<String, Instant> last = lastAssignments(ids);
    return candidates.stream()
        .map(AgentProfile::getUserId)
        .min(
            Comparator.<String>comparingLong(id -> load.getOrDefault(id, 0L))
                .thenComparing(last::get, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Comparator.naturalOrder()));
  }

  /** The group's members with their profiles (defaults where none is stored) and open loads. */
  @Transactional(readOnly = true)
  public GroupOverview group(String group) {
    List<String> userIds = members.of(group).stream().distinct().sorted().toList();
    Map<String, AgentProfile> known = profilesOf(userIds);
    Map<String, Long> load = openLoad(userIds);
    Map<String, Instant> last = lastAssignments(userIds);
    Instant now = clock.instant();
    List<AgentOverview> agents =
        userIds.stream()
            .map(id -> overview(known.getOrDefault(id, new AgentProfile(id, now)), load, last))
            .toList();
    return new GroupOverview(group, modeOf(group), agents);
  }

  /**
   * Sets an agent's skills and availability, creating the profile on first use. A change is
   * recorded in the audit trail with who made it and what the profile was before.
   *
   * @param actor who makes the change
   * @param clientAddress where the request came from, when known
   * @throws UnknownAgentException when no such user exists
   * @throws InvalidAgentProfileException when a skill is neither a category nor a subcategory
   */
  @Transactional
  public AgentOverview updateProfile(
      String userId, List<String> skills, boolean available, String actor, String clientAddress) {
    if (!members.exists(userId)) {
      throw new UnknownAgentException(userId);
    }
    List<FieldError> errors = new ArrayList<>();
    Set<String> codes = new TreeSet<>();
    for (int i = 0; i < skills.size(); i++) {
      String code = skills.get(i) == null ? "" : skills.get(i).trim();
      if (KNOWN_SKILLS.contains(code)) {
        codes.add(code);
      } else {
        errors.add(
            new FieldError(
                "skills[" + i + "]",
                "unknown skill '"
                    + skills.get(i)
                    + "'; a skill is a category or subcategory name, e.g. SYSTEM_FAULT or"
                    + " LOGIN_FAILURE"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidAgentProfileException(errors);
    }
    Instant now = clock.instant();
    Optional<AgentProfile> existing = profiles.findById(userId);
    String before =
        existing
            .map(p -> "skills " + p.getSkills() + ", available " + p.isAvailable())
            .orElse(null);
    AgentProfile profile = existing.orElseGet(() -> new AgentProfile(userId, now));
    profile.update(codes, available, now);
    AgentProfile saved = profiles.save(profile);
    String after = "skills " + saved.getSkills() + ", available " + saved.isAvailable();
    if (!after.equals(before)) {
      audit.record(
          AuditAction.AGENT_PROFILE_CHANGED,
          actor,
          AuditService.USER,
          userId,
          before == null ? "created: " + after : before + " → " + after,
          clientAddress);
    }
    return overview(saved, openLoad(List.of(userId)), lastAssignments(List.of(userId)));
  }

  private Map<String, AgentProfile> profilesOf(Collection<String> userIds) {
    if (userIds.isEmpty()) {
      return Map.of();
    }
    return profiles.findAllById(userIds).stream()
        .collect(Collectors.toMap(AgentProfile::getUserId, Function.identity()));
  }

  private Map<String, Long> openLoad(Collection<String> userIds) {
    if (userIds.isEmpty()) {
      return Map.of();
    }
    return tickets.countByAssignee(userIds, OPEN_WORK).stream()
        .collect(
            Collectors.toMap(
                TicketRepository.AssigneeCount::getAssignee,
                TicketRepository.AssigneeCount::getTickets));
  }

  private Map<String, Instant> lastAssignments(Collection<String> userIds) {
    if (userIds.isEmpty()) {
      return Map.of();
    }
    return tickets.lastAssignments(userIds).stream()
        .collect(
            Collectors.toMap(
                TicketRepository.LastAssignment::getAssignee,
                TicketRepository.LastAssignment::getAssignedAt));
  }

  private static AgentOverview overview(
      AgentProfile profile, Map<String, Long> load, Map<String, Instant> last) {
    return new AgentOverview(
        profile.getUserId(),
        List.copyOf(profile.getSkills()),
        profile.isAvailable(),
        last.get(profile.getUserId()),
        load.getOrDefault(profile.getUserId(), 0L));
  }
}
