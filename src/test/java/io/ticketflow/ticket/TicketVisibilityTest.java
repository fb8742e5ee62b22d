package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which tickets and internal notes a staff member sees. */
class TicketVisibilityTest {

  private static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");

  private static final StaffAccess MARY = new StaffAccess("mary", Set.of("tier1"), null);
  private static final StaffAccess OSCAR = new StaffAccess("oscar", Set.of("operations"), null);
  private static final StaffAccess AMY = new StaffAccess("amy", Set.of("applications"), null);
  private static final StaffAccess MEGAN = new StaffAccess("megan", Set.of("managers"), null);
  private static final StaffAccess ERIC = new StaffAccess("eric", Set.of("emergency"), null);
  private static final StaffAccess IVAN = new StaffAccess("ivan", Set.of("integration"), null);

  private final TicketVisibility visibility =
      new TicketVisibility(
          new VisibilityProperties(Set.of("managers", "emergency", "camunda-admin")),
          Map.of("mary", Set.of("tier1"), "oscar", Set.of("operations"))::get);

  @Test
  void anAgentSeesTheTicketsQueuedForTheirGroup() {
    Ticket ticket = routedTo("operations");

    assertThat(visibility.canSee(OSCAR, ticket)).isTrue();
    assertThat(visibility.canSee(MARY, ticket)).isFalse();
    assertThat(visibility.canSee(AMY, ticket)).isFalse();
  }

  @Test
  void aGroupThatHandledTheTicketEarlierStillSeesItAfterEscalation() {
    Ticket ticket = routedTo("tier1");
    ticket.routeTo("operations", 2, NOW);

    assertThat(visibility.canSee(MARY, ticket)).isTrue();
    assertThat(visibility.canSee(OSCAR, ticket)).isTrue();
    assertThat(visibility.canSee(AMY, ticket)).isFalse();
  }

  @Test
  void theAssigneeAndTheCreatorSeeTheTicketWhateverTheirGroups() {
    Ticket assigned = routedTo("operations");
    assigned.assignTo("amy", NOW);
    Ticket created = ticket("ivan");

    assertThat(visibility.canSee(AMY, assigned)).isTrue();
    assertThat(visibility.canSee(IVAN, created)).isTrue();
    assertThat(visibility.canSee(IVAN, routedTo("tier1"))).isFalse();
    assertThat(visibility.canSee(MARY, created)).isFalse();
  }

  @Test
  void overseersSeeEveryTicket() {
    Ticket untriaged = ticket(null);

    for (StaffAccess overseer :
        List.of(MEGAN, ERIC, new StaffAccess("demo", Set.of("camunda-admin"), null))) {
      assertThat(visibility.seesAll(overseer)).isTrue();
      assertThat(visibility.canSee(overseer, untriaged)).isTrue();
      assertThat(visibility.canSee(overseer, routedTo("training"))).isTrue();
    }
    assertThat(visibility.seesAll(MARY)).isFalse();
    assertThat(visibility.canSee(MARY, untriaged)).isFalse();
  }

  @Test
  void anInternalNoteIsReadByItsAuthorsGroupsTheAuthorAndTheOverseers() {
    TicketComment note = staffNote("mary", Set.of("tier1"));

    assertThat(visibility.canRead(MARY, note)).isTrue();
    assertThat(visibility.canRead(new StaffAccess("tom", Set.of("tier1"), null), note)).isTrue();
    assertThat(visibility.canRead(OSCAR, note)).isFalse();
    assertThat(visibility.canRead(MEGAN, note)).isTrue();
    assertThat(visibility.canRead(ERIC, note)).isTrue();
  }

  @Test
  void aNoteWithoutRecordedGroupsIsReadOnlyByItsAuthorAndTheOverseers() {
    TicketComment legacy = staffNote("mary", Set.of());

    assertThat(visibility.canRead(new StaffAccess("mary", Set.of(), null), legacy)).isTrue();
    assertThat(visibility.canRead(new StaffAccess("tom", Set.of("tier1"), null), legacy)).isFalse();
    assertThat(visibility.canRead(MEGAN, legacy)).isTrue();
  }

  @Test
  void publicCommentsAndTheApplicationsNotesAreReadByEveryoneWhoSeesTheTicket() {
    TicketComment reply =
        new TicketComment(
            1L, "Try again", Visibility.PUBLIC, AuthorType.STAFF, "mary", Set.of("tier1"), NOW);
    TicketComment system =
        new TicketComment(
            1L, "Mail ignored", Visibility.INTERNAL, AuthorType.SYSTEM, "system", NOW);

    assertThat(visibility.canRead(OSCAR, reply)).isTrue();
    assertThat(visibility.canRead(OSCAR, system)).isTrue();
  }

  @Test
  void theAuthorsGroupsComeFromTheDirectory() {
    assertThat(visibility.groupsOf("oscar")).containsExactly("operations");
  }

  @Test
  void aNoteRemembersItsAuthorsGroups() {
    TicketComment note = staffNote("sam", Set.of("tier3", "operations"));

    assertThat(note.getAuthorGroups()).containsExactlyInAnyOrder("tier3", "operations");
    assertThat(staffNote("sam", Set.of()).getAuthorGroups()).isEmpty();
  }

  private static Ticket routedTo(String group) {
    Ticket ticket = ticket(null);
    ticket.triage("P3", new Triage(group, 1, "24x7", NOW, NOW, NOW, NOW), NOW);
    return ticket;
  }

  private static Ticket ticket(String createdBy) {
    return TicketMaskTest.ticket("Zhang San", null, createdBy);
  }

  private static TicketComment staffNote(String author, Set<String> groups) {
    return new TicketComment(
        1L, "Checked the logs", Visibility.INTERNAL, AuthorType.STAFF, author, groups, NOW);
  }
}
