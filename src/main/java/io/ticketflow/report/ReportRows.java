package io.ticketflow.report;

import io.ticketflow.ticket.StoreSchema;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL behind the reports: plain, portable queries on the ticket store (PostgreSQL and H2), and
 * the stored monthly reports.
 */
@Component
final class ReportRows {

  /** Statuses of tickets not resolved yet. */
  static final List<String> UNRESOLVED =
      List.of("NEW", "WAITING_ASSIGNMENT", "IN_PROGRESS", "WAITING_CUSTOMER");

  private static final String TICKET_COLUMNS =
      "t.id, t.number, t.title, t.category, t.subcategory, t.channel, t.priority, t.status,"
          + " t.tier, t.candidate_group, t.assignee, t.created_at, t.first_responded_at,"
          + " t.resolved_at, t.first_response_due_at, t.resolution_due_at,"
          + " t.response_breached_at, t.resolution_breached_at, t.resolution_target_met_at,"
          + " t.resolution_target_met_by, t.reopen_count, t.rating, t.score";

  private final NamedParameterJdbcTemplate jdbc;
  private final String schemaPrefix;

  /**
   * @param schema the schema of the ticket store (PostgreSQL: {@code app}); blank for the default
   */
  ReportRows(NamedParameterJdbcTemplate jdbc, @Value(StoreSchema.PROPERTY) String schema) {
    this.jdbc = jdbc;
    this.schemaPrefix = StoreSchema.prefix(schema);
  }

  /** One ticket as the reports see it. */
  record TicketRow(
      long id,
      String number,
      String title,
      String category,
      String subcategory,
      String channel,
      String priority,
      String status,
      Integer tier,
      String group,
      String assignee,
      Instant createdAt,
      Instant firstRespondedAt,
      Instant resolvedAt,
      Instant firstResponseDueAt,
      Instant resolutionDueAt,
      Instant responseBreachedAt,
      Instant resolutionBreachedAt,
      Instant resolutionTargetMetAt,
      String resolutionTargetMetBy,
      int reopenCount,
      String rating,
      Integer score) {}

  /** An escalation: the ticket and the group and tier it left ("tier1 (tier 1)"). */
  record EscalationRow(long ticketId, String from) {}

  /** The tickets created in the period that match the query's filters. */
  List<TicketRow> created(ReportQuery query, ZoneId zone) {
    MapSqlParameterSource params = filters(query, zone);
    return jdbc.query(
        sql("select " + TICKET_COLUMNS + " from {s}ticket t where " + where(query)),
        params,
        (rs, row) -> ticket(rs));
  }

  /** The unresolved tickets now that match the query's filters (the period is left aside). */
  List<TicketRow> unresolved(ReportQuery query, ZoneId zone) {
    MapSqlParameterSource params = filters(query, zone).addValue("unresolved", UNRESOLVED);
    return jdbc.query(
        sql(
            "select "
                + TICKET_COLUMNS
                + " from {s}ticket t where t.status in (:unresolved)"
                + filterClauses(query)
                + " order by t.created_at, t.id"),
        params,
        (rs, row) -> ticket(rs));
  }

  /** The escalations of the tickets created in the period. */
  List<EscalationRow> escalations(ReportQuery query, ZoneId zone) {
    return jdbc.query(
        sql(
            "select e.ticket_id, e.from_value from {s}ticket_event e where e.type = 'ESCALATED'"
                + " and e.ticket_id in (select t.id from {s}ticket t where "
                + where(query)
                + ")"),
        filters(query, zone),
        (rs, row) -> new EscalationRow(rs.getLong(1), rs.getString(2)));
  }

  /** Ids of the tickets created in the period that were reopened. */
  Set<Long> reopened(ReportQuery query, ZoneId zone) {
    return Set.copyOf(
        jdbc.queryForList(
            sql(
                "select distinct e.ticket_id from {s}ticket_event e where e.type = 'REOPENED'"
                    + " and e.ticket_id in (select t.id from {s}ticket t where "
                    + where(query)
                    + ")"),
            filters(query, zone),
            Long.class));
  }

  /** Numbers of the tickets created in the period that an article is marked as having solved. */
  Set<String> solvedByArticle(ReportQuery query, ZoneId zone) {
    return Set.copyOf(
        jdbc.queryForList(
            sql(
                "select distinct a.ticket_number from {s}article_ticket a where a.type = 'SOLVED'"
                    + " and a.ticket_number in (select t.number from {s}ticket t where "
                    + where(query)
                    + ")"),
            filters(query, zone),
            String.class));
  }

  /** Portal visitors who solved their problem with an article, in the period. */
  long deflections(ReportQuery query, ZoneId zone) {
    Long count =
        jdbc.queryForObject(
            sql(
                "select count(*) from {s}article_deflection d where d.deflected_at >= :start"
                    + " and d.deflected_at < :end"),
            filters(query, zone),
            Long.class);
    return count == null ? 0 : count;
  }

  /** The stored report of the month, as JSON. */
  Optional<String> storedMonth(YearMonth month) {
    return jdbc
        .queryForList(
            sql("select payload from {s}monthly_report where report_month = :month"),
            Map.of("month", month.toString()),
            String.class)
        .stream()
        .findFirst();
  }

  /** Stores the month's report, replacing an earlier one. */
  void storeMonth(YearMonth month, Instant createdAt, String payload) {
    Map<String, Object> params = new HashMap<>();
    params.put("month", month.toString());
    params.put("createdAt", OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC));
    params.put("payload", payload);
    jdbc.update(sql("delete from {s}monthly_report where report_month = :month"), params);
    jdbc.update(
        sql(
            "insert into {s}monthly_report (report_month, created_at, payload)"
                + " values (:month, :createdAt, :payload)"),
        params);
  }

  private String sql(String text) {
    return text.replace("{s}", schemaPrefix);
  }

  private static String where(ReportQuery query) {
    return "t.created_at >= :start and t.created_at < :end" + filterClauses(query);
  }

  private static String filterClauses(ReportQuery query) {
    return Stream.of(
            query.category() == null ? "" : " and t.category = :category",
            query.channel() == null ? "" : " and t.channel = :channel",
            query.priority() == null ? "" : " and t.priority = :priority",
            query.candidateGroup() == null ? "" : " and t.candidate_group = :group")
        .collect(Collectors.joining());
  }

  private static MapSqlParameterSource filters(ReportQuery query, ZoneId zone) {
    return new MapSqlParameterSource()
        .addValue("start", startOf(query.from(), zone))
        .addValue("end", startOf(query.to().plusDays(1), zone))
        .addValue("category", query.category() == null ? null : query.category().name())
        .addValue("channel", query.channel() == null ? null : query.channel().name())
        .addValue("priority", query.priority())
        .addValue("group", query.candidateGroup());
  }

  private static OffsetDateTime startOf(LocalDate day, ZoneId zone) {
    return OffsetDateTime.ofInstant(day.atStartOfDay(zone).toInstant(), ZoneOffset.UTC);
  }

  private static TicketRow ticket(ResultSet rs) throws SQLException {
    return new TicketRow(
        rs.getLong("id"),
        rs.getString("number"),
        rs.getString("title"),
        rs.getString("category"),
        rs.getString("subcategory"),
        rs.getString("channel"),
        rs.getString("priority"),
        rs.getString("status"),
        (Integer) rs.getObject("tier", Integer.class),
        rs.getString("candidate_group"),
        rs.getString("assignee"),
        instant(rs, "created_at"),
        instant(rs, "first_responded_at"),
        instant(rs, "resolved_at"),
        instant(rs, "first_response_due_at"),
        instant(rs, "resolution_due_at"),
        instant(rs, "response_breached_at"),
        instant(rs, "resolution_breached_at"),
        instant(rs, "resolution_target_met_at"),
        rs.getString("resolution_target_met_by"),
        rs.getInt("reopen_count"),
        rs.getString("rating"),
        rs.getObject("score", Integer.class));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
