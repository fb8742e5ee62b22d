package io.ticketflow.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.ticketflow.assignment.AssignmentProperties.GroupSettings;
import io.ticketflow.audit.AuditAction;
import io.ticketflow.audit.AuditService;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.FieldError;
import io.ticketflow.ticket.Subcategory;
import io.ticketflow.ticket.TicketRepository;
import io.ticketflow.ticket.TicketStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class AssignmentServiceTest {

  private static final String GROUP = "tier1";
  private static final Instant T0 = Instant.parse("2026-11-22T01:00:00Z");

  private final AgentProfileRepository profiles = mock(AgentProfileRepository.class);
  private final TicketRepository tickets = mock(TicketRepository.class);
  private final GroupMembers members = mock(GroupMembers.class);
  private final AuditService audit = mock(AuditService.class);
  private final Map<String, AgentProfile> stored = new HashMap<>();
  private final Map<String, Long> openTickets = new HashMap<>();

  /** The tickets' event logs, as far as assignments go: who was last given a ticket when. */
  private final Map<String, Instant> assignedAt = new HashMap<>();

  private final MutableClock clock = new MutableClock(T0);
  private AssignmentService service;

  @BeforeEach
  void wireFakes() {
    when(profiles.findAllById(any()))
        .thenAnswer(
            call -> {
              Iterable<String> ids = call.getArgument(0);
              List<AgentProfile> found = new ArrayList<>();
              ids.forEach(id -> Optional.ofNullable(stored.get(id)).ifPresent(found::add));
              return found;
            });
    when(profiles.findById(anyString()))
        .thenAnswer(call -> Optional.ofNullable(stored.get(call.<String>getArgument(0))));
    when(profiles.save(any()))
        .thenAnswer(
            call -> {
              AgentProfile profile = call.getArgument(0);
              stored.put(profile.getUserId(), profile);
              return profile;
            });
    when(tickets.countByAssignee(anyCollection(), anyCollection()))
        .thenAnswer(
            call -> {
              Collection<String> ids = call.getArgument(0);
              return ids.stream()
                  .filter(openTickets::containsKey)
                  .map(id -> count(id, openTickets.get(id)))
                  .toList();
            });
    when(tickets.lastAssignments(anyCollection()))
        .thenAnswer(
            call -> {
              Collection<String> ids = call.getArgument(0);
              return ids.stream()
                  .filter(assignedAt::containsKey)
                  .map(id -> last(id, assignedAt.get(id)))
                  .toList();
            });
    service = withModes(Map.of(GROUP, AssignmentMode.AUTO));
  }

  // --- ranking ---------------------------------------------------------------------------

  @Test
  void agentWithFewestOpenTicketsGetsTheTicket() {
    members("ann", "bob", "cid");
    openTickets.put("ann", 3L);
    openTickets.put("bob", 1L);
    openTickets.put("cid", 2L);

    assertThat(choose()).contains("bob");
  }

  @Test
  void loadCountsOnlyOpenWork() {
    members("ann");
    choose();

    @SuppressWarnings("unchecked")
    ArgumentCaptor<Collection<TicketStatus>> statuses = ArgumentCaptor.forClass(Collection.class);
    verify(tickets).countByAssignee(any(), statuses.capture());
    assertThat(statuses.getValue())
        .containsExactlyInAnyOrder(
            TicketStatus.WAITING_ASSIGNMENT,
            TicketStatus.IN_PROGRESS,
            TicketStatus.WAITING_CUSTOMER);
  }

  @Test
  void unavailableAgentIsPassedOverEvenWhenIdle() {
    members("ann", "bob");
    profile("ann", false);
    openTickets.put("bob", 5L);

    assertThat(choose()).contains("bob");
  }

  @Test
  void agentWithoutTheSkillIsPassedOverEvenWhenIdle() {
    members("ann", "bob", "cid");
    profile("ann", true, "SYSTEM_FAULT");
    profile("bob", true, "HOW_TO");
    openTickets.put("cid", 9L);
    openTickets.put("bob", 4L);

    assertThat(service.chooseAgent(GROUP, Category.OPERATION_GUIDANCE, Subcategory.HOW_TO))
        .contains("bob");
    assertThat(service.chooseAgent(GROUP, Category.SYSTEM_FAULT, Subcategory.CRASH))
        .contains("ann");
  }

  @Test
  void categorySkillCoversEverySubcategoryOfIt() {
    members("ann", "bob");
    profile("ann", true, "OPERATION_GUIDANCE");
    profile("bob", true, "SYSTEM_FAULT");

    assertThat(
            service.chooseAgent(
                GROUP, Category.OPERATION_GUIDANCE, Subcategory.PERMISSION_CONFIGURATION))
        .contains("ann");
  }

  @Test
  void agentWithoutAProfileTakesEveryTicket() {
    members("ann", "zed");
    profile("ann", true, "HOW_TO");
    openTickets.put("ann", 0L);
    openTickets.put("zed", 0L);

    assertThat(service.chooseAgent(GROUP, Category.SYSTEM_FAULT, Subcategory.LOGIN_FAILURE))
        .contains("zed");
  }

  @Test
  void equalLoadGoesToTheAgentWhoGotWorkLeastRecently() {
    members("ann", "bob", "cid");
    assignedAt.put("ann", T0.minusSeconds(10));
    assignedAt.put("bob", T0.minusSeconds(30));
    assignedAt.put("cid", T0.minusSeconds(20));

    assertThat(choose()).contains("bob");
  }

  @Test
  void agentNeverAssignedBeforeComesFirstOnEqualLoad() {
    members("ann", "bob");
    assignedAt.put("ann", T0.minusSeconds(60));

    assertThat(choose()).contains("bob");
  }

  @Test
  void equalLoadAndNoHistoryFallsBackToTheUserId() {
    members("cid", "ann", "bob");

    assertThat(choose()).contains("ann");
  }

  @Test
  void equalLoadTakesTurnsRoundRobin() {
    members("ann", "bob", "cid");
    List<String> chosen = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      clock.advance(Duration.ofSeconds(1));
      String agent = choose().orElseThrow();
      // the ticket is then assigned to the agent, which its event log records
      assignedAt.put(agent, clock.instant());
      chosen.add(agent);
    }
    assertThat(chosen).containsExactly("ann", "bob", "cid", "ann", "bob", "cid");
  }

  @Test
  void choosingAnAgentWritesNothing() {
    members("ann", "bob");
    profile("bob", true);

    assertThat(choose()).contains("ann");

    // a write here would make concurrent intakes wait on the agent's row, or insert the same new
    // profile twice
    verify(profiles, never()).save(any());
    assertThat(stored).containsOnlyKeys("bob");
  }

  @Test
  void nobodyAvailableLeavesTheTicketInThePool() {
    members("ann", "bob");
    profile("ann", false);
    profile("bob", true, "REQUIREMENT_REQUEST");

    assertThat(choose()).isEmpty();
    verify(profiles, never()).save(any());
  }

  @Test
  void emptyGroupLeavesTheTicketInThePool() {
    members();

    assertThat(choose()).isEmpty();
    verify(tickets, never()).countByAssignee(any(), any());
  }

  // --- mode --------------------------------------------------------------------------------

  @Test
  void poolGroupIsNeverAssignedAutomatically() {
    members("ann");

    assertThat(
            service.automaticAssignee("training", Category.OPERATION_GUIDANCE, Subcategory.HOW_TO))
        .isEmpty();
    verify(members, never()).of(anyString());
  }

  @Test
  void automaticGroupGetsAnAgent() {
    members("ann");

    assertThat(service.automaticAssignee(GROUP, Category.OPERATION_GUIDANCE, Subcategory.HOW_TO))
        .contains("ann");
  }

  @Test
  void groupsArePoolsUnlessConfiguredOtherwise() {
    AssignmentProperties properties =
        new AssignmentProperties(Map.of("ops", new GroupSettings(AssignmentMode.AUTO)));
    assertThat(properties.modeOf("ops")).isEqualTo(AssignmentMode.AUTO);
    assertThat(properties.modeOf("tier1")).isEqualTo(AssignmentMode.POOL);
    assertThat(properties.modeOf(null)).isEqualTo(AssignmentMode.POOL);
    assertThat(new AssignmentProperties(null).modeOf("ops")).isEqualTo(AssignmentMode.POOL);
  }

  // --- profiles ----------------------------------------------------------------------------

  @Test
  void groupOverviewListsEveryMemberWithProfileOrDefaultsAndOpenLoad() {
    members("bob", "ann");
    profile("bob", false, "HOW_TO", "CRASH");
    assignedAt.put("bob", T0.minusSeconds(5));
    openTickets.put("bob", 2L);

    GroupOverview overview = service.group(GROUP);

    assertThat(overview.group()).isEqualTo(GROUP);
    assertThat(overview.mode()).isEqualTo(AssignmentMode.AUTO);
    assertThat(overview.agents())
        .containsExactly(
            new AgentOverview("ann", List.of(), true, null, 0),
            new AgentOverview("bob", List.of("CRASH", "HOW_TO"), false, T0.minusSeconds(5), 2));
  }

  @Test
  void profileUpdateStoresKnownSkillsAndAvailability() {
    when(members.exists("ann")).thenReturn(true);
    openTickets.put("ann", 4L);

    AgentOverview updated =
        service.updateProfile(
            "ann", List.of("SYSTEM_FAULT", " HOW_TO ", "HOW_TO"), false, "megan", "10.0.0.9");

    assertThat(updated)
        .isEqualTo(new AgentOverview("ann", List.of("HOW_TO", "SYSTEM_FAULT"), false, null, 4));
    assertThat(stored.get("ann").getUpdatedAt()).isEqualTo(T0);
    assertThat(stored.get("ann").canTake(Category.SYSTEM_FAULT, Subcategory.CRASH)).isTrue();
    verify(audit)
        .record(
            AuditAction.AGENT_PROFILE_CHANGED,
            "megan",
            AuditService.USER,
            "ann",
            "created: skills [HOW_TO, SYSTEM_FAULT], available false",
            "10.0.0.9");
  }

  @Test
  void profileChangeIsAuditedWithBeforeAndAfterAndNoChangeIsNot() {
    when(members.exists("ann")).thenReturn(true);
    profile("ann", true, "HOW_TO");

    service.updateProfile("ann", List.of("HOW_TO"), true, "megan", null);
    verify(audit, never()).record(any(), any(), any(), any(), any(), any());

    service.updateProfile("ann", List.of("CRASH"), false, "megan", null);
    verify(audit)
        .record(
            AuditAction.AGENT_PROFILE_CHANGED,
            "megan",
            AuditService.USER,
            "ann",
            "skills [HOW_TO], available true → skills [CRASH], available false",
            null);
  }

  @Test
  void profileUpdateShowsTheLastAssignmentFromTheTickets() {
    when(members.exists("ann")).thenReturn(true);
    profile("ann", true);
    assignedAt.put("ann", T0.minusSeconds(5));

    AgentOverview updated = service.updateProfile("ann", List.of(), false, "megan", null);

    assertThat(updated.lastAssignedAt()).isEqualTo(T0.minusSeconds(5));
    assertThat(stored.get("ann").isAvailable()).isFalse();
  }

  @Test
  void unknownSkillIsRefusedNamingItsPosition() {
    when(members.exists("ann")).thenReturn(true);

    assertThatThrownBy(
            () -> service.updateProfile("ann", List.of("HOW_TO", "COOKING"), true, "megan", null))
        .isInstanceOfSatisfying(
            InvalidAgentProfileException.class,
            e -> {
              assertThat(e.errors()).extracting(FieldError::field).containsExactly("skills[1]");
              assertThat(e.errors().get(0).message()).contains("COOKING");
            });
    verify(profiles, never()).save(any());
  }

  @Test
  void profileOfAnUnknownUserIsRefused() {
    when(members.exists("ghost")).thenReturn(false);

    assertThatThrownBy(() -> service.updateProfile("ghost", List.of(), true, "megan", null))
        .isInstanceOf(UnknownAgentException.class)
        .hasMessageContaining("ghost");
  }

  // --- helpers -----------------------------------------------------------------------------

  private Optional<String> choose() {
    return service.chooseAgent(GROUP, Category.OPERATION_GUIDANCE, Subcategory.HOW_TO);
  }

  private AssignmentService withModes(Map<String, AssignmentMode> modes) {
    Map<String, GroupSettings> groups = new LinkedHashMap<>();
    modes.forEach((group, mode) -> groups.put(group, new GroupSettings(mode)));
    return new AssignmentService(
        profiles, tickets, members, new AssignmentProperties(groups), audit, clock);
  }

  private void members(String... userIds) {
    when(members.of(GROUP)).thenReturn(List.of(userIds));
  }

  private AgentProfile profile(String userId, boolean available, String... skills) {
    AgentProfile profile = new AgentProfile(userId, T0.minusSeconds(3600));
    profile.update(List.of(skills), available, T0.minusSeconds(3600));
    stored.put(userId, profile);
    return profile;
  }

  private static TicketRepository.LastAssignment last(String assignee, Instant at) {
    return new TicketRepository.LastAssignment() {
      @Override
      public String getAssignee() {
        return assignee;
      }

      @Override
      public Instant getAssignedAt() {
        return at;
      }
    };
  }

  private static TicketRepository.AssigneeCount count(String assignee, long tickets) {
    return new TicketRepository.AssigneeCount() {
      @Override
      public String getAssignee() {
        return assignee;
      }

      @Override
      public long getTickets() {
        return tickets;
      }
    };
  }

  /** A clock the test moves forward. */
  private static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration step) {
      now = now.plus(step);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
