package io.ticketflow.support;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A known set of tickets in March 2025 (a month no other test touches), written straight into the
 * ticket store, for checking report figures by hand. Groups and agents start with {@code rpt-}.
 *
 * <ol>
 *   <li>printer, web, P3, tier 1: answered after 20 min, resolved after 2 h in time, rated 5,
 *       solved by an article
 *   <li>printer, e-mail, P2: escalated from tier 1 to tier 2, answered after 1 h and resolved after
 *       10 h, both late; rated 3
 *   <li>how-to, phone, P3, tier 1, no SLA: answered after 10 min, resolved after 30 min, reopened
 *       once; rated 4
 *   <li>printer with a hostile title, web, P4, tier 1: never answered, both targets passed, still
 *       waiting
 * </ol>
 *
 * Plus an open ticket of February and a portal self-service solution in March and one in April.
 */
public final class ReportSeed {

  public static final String MONTH = "2025-03";
  public static final String TIER1 = "rpt-tier1";
  public static final String OPERATIONS = "rpt-ops";
  public static final String HOSTILE_TITLE = "Printer <script>alert(1)</script> toner empty";

  private final NamedParameterJdbcTemplate jdbc;
  private final String prefix = "RPT" + UUID.randomUUID().toString().substring(0, 8);

  private final String schema;

  /** Writes into the tables of {@code schema} ("app." on PostgreSQL, "" on H2). */
  public ReportSeed(NamedParameterJdbcTemplate jdbc, String schema) {
    this.jdbc = jdbc;
    this.schema = schema;
  }

  /** Writes the tickets and returns the number of the oldest open one (February). */
  public String write() {
    long first =
        ticket(1, "2025-03-03T02:00:00Z", "SYSTEM_FAULT", "PRINTER", "Printer offline on floor 3")
            .channel("WEB", "P3")
            .work(1, TIER1, "rpt-mary", "CLOSED")
            .answered(20, 30)
            .resolved(120, 480)
            .rated("SATISFIED", 5)
            .save();
    long second =
        ticket(2, "2025-03-04T02:00:00Z", "SYSTEM_FAULT", "PRINTER", "Printer jams twice a day")
            .channel("EMAIL", "P2")
            .work(2, OPERATIONS, "rpt-oscar", "RESOLVED")
            .answered(60, 30)
            .resolved(600, 480)
            .rated("BASICALLY_SATISFIED", 3)
            .save();
    long third =
        ticket(3, "2025-03-10T02:00:00Z", "OPERATION_GUIDANCE", "HOW_TO", "How to reset password")
            .channel("PHONE", "P3")
            .work(1, TIER1, "rpt-mary", "CLOSED")
            .answered(10, null)
            .resolved(30, null)
            .reopened()
            .rated("SATISFIED", 4)
            .save();
    ticket(4, "2025-03-20T02:00:00Z", "SYSTEM_FAULT", "PRINTER", HOSTILE_TITLE)
        .channel("WEB", "P4")
        .work(1, TIER1, null, "WAITING_ASSIGNMENT")
        .answered(null, 30)
        .resolved(null, 7200)
        .save();
    ticket(5, "2025-02-27T02:00:00Z", "SYSTEM_FAULT", "NETWORK", "Network slow")
        .channel("WEB", "P3")
        .work(1, TIER1, "rpt-mary", "IN_PROGRESS")
        .save();
    event(
        second, "ESCALATED", TIER1 + " (tier 1)", OPERATIONS + " (tier 2)", "2025-03-04T03:00:00Z");
    event(third, "REOPENED", "RESOLVED", "IN_PROGRESS", "2025-03-10T02:40:00Z");
    long article = article();
    jdbc.update(
        "insert into "
            + schema
            + "article_ticket (article_id, ticket_number, type, actor, linked_at)"
            + " values (:article, :number, 'SOLVED', 'rpt-mary', :at)",
        Map.of("article", article, "number", number(1), "at", at("2025-03-03T04:00:00Z")));
    for (String when : new String[] {"2025-03-15T05:00:00Z", "2025-04-02T05:00:00Z"}) {
      jdbc.update(
          "insert into "
              + schema
              + "article_deflection (article_id, deflected_at) values (:article, :at)",
          Map.of("article", article, "at", at(when)));
    }
    return number(5);
  }

  public String number(int index) {
    return prefix + "-" + index;
  }

  private TicketRow ticket(
      int index, String createdAt, String category, String subcategory, String title) {
    return new TicketRow(index, Instant.parse(createdAt), category, subcategory, title);
  }

  private void event(long ticket, String type, String from, String to, String when) {
    jdbc.update(
        "insert into "
            + schema
            + "ticket_event (ticket_id, type, from_value, to_value, detail, actor,"
            + " occurred_at) values (:ticket, :type, :from, :to, 'seeded', 'rpt-seed', :at)",
        Map.of("ticket", ticket, "type", type, "from", from, "to", to, "at", at(when)));
  }

  private long article() {
    Map<String, Object> values = Map.of("number", prefix + "-KB", "at", at("2025-01-01T00:00:00Z"));
    jdbc.update(
        "insert into "
            + schema
            + "article (lock_version, number, title, solution, category, tags, status,"
            + " current_version, created_by, created_at, updated_by, updated_at) values (0,"
            + " :number, 'Printer offline', 'Restart it', 'SYSTEM_FAULT', '||', 'RETIRED', 1,"
            + " 'rpt-seed', :at, 'rpt-seed', :at)",
        values);
    return jdbc.queryForObject(
        "select id from " + schema + "article where number = :number", values, Long.class);
  }

  private static OffsetDateTime at(String instant) {
    return at(Instant.parse(instant));
  }

  private static OffsetDateTime at(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** One ticket being described, then saved. */
  private final class TicketRow {
    private final Map<String, Object> values = new java.util.HashMap<>();
    private final Instant created;

    TicketRow(int index, Instant created, String category, String subcategory, String title) {
      this.created = created;
      values.put("number", number(index));
      values.put("title", title);
      values.put("category", category);
      values.put("subcategory", subcategory);
      values.put("createdAt", at(created));
      for (String column :
          new String[] {
            "firstRespondedAt",
            "firstResponseDueAt",
            "resolvedAt",
            "resolutionDueAt",
            "responseBreachedAt",
            "resolutionBreachedAt",
            "rating",
            "score",
            "assignee",
            "metBy"
          }) {
        values.put(column, null);
      }
      values.put("reopenCount", 0);
    }

    TicketRow channel(String channel, String priority) {
      values.put("channel", channel);
      values.put("priority", priority);
      return this;
    }

    TicketRow work(int tier, String group, String assignee, String status) {
      values.put("tier", tier);
      values.put("group", group);
      values.put("assignee", assignee);
      values.put("status", status);
      return this;
    }

    /** Answered after {@code minutes} (null: not yet), due after {@code dueMinutes}. */
    TicketRow answered(Integer minutes, Integer dueMinutes) {
      Instant due = plus(dueMinutes);
      Instant done = plus(minutes);
      values.put("firstRespondedAt", at(done));
      values.put("firstResponseDueAt", at(due));
      values.put("responseBreachedAt", late(done, due));
      return this;
    }

    TicketRow resolved(Integer minutes, Integer dueMinutes) {
      Instant due = plus(dueMinutes);
      Instant done = plus(minutes);
      values.put("resolvedAt", at(done));
      // the resolution met the target (none of these tickets was given a workaround)
      values.put("metBy", done == null ? null : "RESOLVED");
      values.put("resolutionDueAt", at(due));
      values.put("resolutionBreachedAt", late(done, due));
      return this;
    }

    TicketRow reopened() {
      values.put("reopenCount", 1);
      return this;
    }

    TicketRow rated(String rating, int score) {
      values.put("rating", rating);
      values.put("score", score);
      return this;
    }

    long save() {
      jdbc.update(
          "insert into "
              + schema
              + "ticket (version, number, title, description, category, subcategory,"
              + " urgency, impact, priority, channel, status, tier, candidate_group, assignee,"
              + " requester_name, created_at, updated_at, first_response_due_at,"
              + " resolution_due_at, first_responded_at, response_breached_at,"
              + " resolution_breached_at, resolved_at, resolution_target_met_at,"
              + " resolution_target_met_by, reopen_count, rating, score)"
              + " values (0, :number, :title, 'seeded for the report tests',"
              + " :category, :subcategory, 'NORMAL', 'INDIVIDUAL', :priority, :channel,"
              + " :status, :tier, :group, :assignee, 'Report Seed', :createdAt, :createdAt,"
              + " :firstResponseDueAt, :resolutionDueAt, :firstRespondedAt,"
              + " :responseBreachedAt, :resolutionBreachedAt, :resolvedAt, :resolvedAt,"
              + " :metBy, :reopenCount,"
              + " :rating, :score)",
          values);
      return jdbc.queryForObject(
          "select id from " + schema + "ticket where number = :number", values, Long.class);
    }

    private Instant plus(Integer minutes) {
      return minutes == null ? null : created.plus(Duration.ofMinutes(minutes));
    }

    /** When the target was missed: at the due time, when it passed before the work was done. */
    private OffsetDateTime late(Instant done, Instant due) {
      return due != null && done != null && done.isAfter(due) ? at(due) : null;
    }
  }
}
