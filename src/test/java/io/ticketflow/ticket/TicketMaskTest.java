package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which tickets are masked where, and what masked free text hides besides addresses. */
class TicketMaskTest {

  private static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");

  @Test
  void staffSeeAnOpenTicketAsStored() {
    Ticket ticket = ticket("Zhang San", "E12345");
    TicketMask mask = TicketMask.forStaff(ticket);

    assertThat(mask.masksTexts()).isFalse();
    assertThat(mask.requester()).isSameAs(ticket.getRequester());
    assertThat(mask.text("Call zhang.san@example.com")).isEqualTo("Call zhang.san@example.com");
    assertThat(mask.author(AuthorType.REQUESTER, "Zhang San")).isEqualTo("Zhang San");
    assertThat(mask.recipient("zhang.san@example.com")).isEqualTo("zhang.san@example.com");
  }

  @Test
  void staffSeeAnArchivedTicketMasked() {
    Ticket ticket = archived(ticket("Zhang San", "E12345"));
    TicketMask mask = TicketMask.forStaff(ticket);

    assertThat(mask.masksTexts()).isTrue();
    assertThat(mask.requester().getName()).isEqualTo("Z. S.");
    assertThat(mask.requester().getPhone()).isEqualTo("*****5678");
    assertThat(mask.text("I am zhang san (E12345), call 138-1234-5678 or zhang.san@example.com"))
        .isEqualTo("I am Z. S. (****45), call *****5678 or z***@example.com");
    // a name inside another word is not the requester's name
    assertThat(mask.text("Zhang Sanders wrote")).isEqualTo("Zhang Sanders wrote");
  }

  @Test
  void requesterAuthorsAreInitialledAndStaffNamesKept() {
    TicketMask mask = TicketMask.forStaff(archived(ticket("Zhang San", null)));

    assertThat(mask.author(AuthorType.REQUESTER, "Zhang San <zhang.san@example.com>"))
        .isEqualTo("Z. S. <z***@example.com>");
    assertThat(mask.author(AuthorType.STAFF, "mary")).isEqualTo("mary");
    // a complaint the requester made is written by the system in the requester's name
    assertThat(mask.author(AuthorType.SYSTEM, "Zhang San")).isEqualTo("Z. S.");
  }

  @Test
  void chineseNamesAreMaskedInChineseText() {
    TicketMask mask = TicketMask.forStaff(archived(ticket("张三", null)));

    assertThat(mask.text("我是张三，电话13812345678")).isEqualTo("我是张*，电话*****5678");
  }

  @Test
  void shortValuesAreNotLookedForInText() {
    TicketMask mask = TicketMask.forStaff(archived(ticket("Li", "42")));

    assertThat(mask.text("Linux 42 li")).isEqualTo("Linux 42 L.");
    assertThat(TicketMask.forStaff(archived(ticket("X", "42"))).text("X marks 42"))
        .isEqualTo("X marks 42");
  }

  @Test
  void onlyTheRequestersOwnAddressIsMaskedAmongRecipients() {
    TicketMask mask = TicketMask.forStaff(archived(ticket("Zhang San", null)));

    assertThat(mask.recipient("Zhang.San@example.com")).isEqualTo("Z***@example.com");
    assertThat(mask.recipient("+86 138 0013 5678")).isEqualTo("*****5678");
    assertThat(mask.recipient("mary@ticketflow.example")).isEqualTo("mary@ticketflow.example");
    assertThat(mask.recipient(null)).isNull();
  }

  @Test
  void exportsMaskTheRequesterAlwaysAndTextsOfArchivedTickets() {
    Ticket open = ticket("Zhang San", "E12345");
    TicketMask mask = TicketMask.forExport(open);

    assertThat(mask.requester().getEmail()).isEqualTo("z***@example.com");
    assertThat(mask.requester().getEmployeeId()).isEqualTo("****45");
    assertThat(mask.text("call 13812345678")).isEqualTo("call 13812345678");
    assertThat(TicketMask.forExport(archived(open)).text("call 13812345678"))
        .isEqualTo("call *****5678");
  }

  @Test
  void noneMasksNothing() {
    assertThat(TicketMask.none().text("zhang.san@example.com")).isEqualTo("zhang.san@example.com");
    assertThat(TicketMask.none().author(AuthorType.REQUESTER, "Zhang San")).isEqualTo("Zhang San");
  }

  static Ticket ticket(String name, String employeeId) {
    return ticket(name, employeeId, null);
  }

  static Ticket ticket(String name, String employeeId, String createdBy) {
    Requester requester =
        new Requester(name, "zhang.san@example.com", "+86 138 0013 5678", "Finance", employeeId);
    return new Ticket(
        "TS20261122-0001",
        new NewTicket(
            "Printer jams",
            "It jams.",
            Category.SYSTEM_FAULT,
            Subcategory.CRASH,
            Urgency.NORMAL,
            Impact.INDIVIDUAL,
            Channel.WEB,
            requester,
            null,
            createdBy,
            null,
            null),
        NOW);
  }

  static Ticket archived(Ticket ticket) {
    ticket.moveTo(TicketStatus.WAITING_ASSIGNMENT, NOW);
    ticket.moveTo(TicketStatus.IN_PROGRESS, NOW);
    ticket.moveTo(TicketStatus.RESOLVED, NOW);
    ticket.moveTo(TicketStatus.CLOSED, NOW);
    ticket.archive(NOW);
    return ticket;
  }
}
