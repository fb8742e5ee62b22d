package io.ticketflow.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The figures of a report. Everything but the backlog and the self-service deflections is about the
 * tickets created in the period that match the query; rates are shares between 0 and 1, null when
 * there was nothing to count; durations are in minutes of wall-clock time.
 */
public record ReportSummary(
    LocalDate from,
    LocalDate to,
    Filters filters,
    Instant generatedAt,
    Volume volume,
    Durations firstResponse,
    Durations resolution,
    Map<String, Long> resolutionTimes,
    Sla sla,
    Resolution resolved,
    Escalation escalation,
    Backlog backlog,
    Satisfaction satisfaction,
    Knowledge knowledge,
    List<Problem> topProblems,
    List<Workload> groups,
    List<Workload> agents,
    Targets targets) {

  /** The optional filters of the query, null when not used. */
  public record Filters(String category, String channel, String priority, String group) {}

  /** Tickets created, in total and split up; {@code byDay} is keyed by ISO date. */
  public record Volume(
      long total,
      Map<String, Long> byCategory,
      Map<String, Long> byChannel,
      Map<String, Long> byPriority,
      Map<String, Long> byDay) {}

  /** A distribution of durations in minutes (null figures when {@code count} is 0). */
  public record Durations(long count, Double median, Double p90, Double average) {}

  /**
   * SLA compliance: among the tickets with a due time whose target was reached or passed, those
   * that met it. The resolution target is met by the resolution or, where the sla-targets decision
   * counts one, by a workaround given in time.
   *
   * @param resolutionMetByWorkaround of {@code resolutionMet}, those met by a workaround
   */
  public record Sla(
      long responseCounted,
      long responseMet,
      Double responseCompliance,
      long resolutionCounted,
      long resolutionMet,
      long resolutionMetByWorkaround,
      Double resolutionCompliance,
      Double compliance,
      List<Week> weekly) {}

  /** SLA compliance of the tickets created in the week starting on {@code weekStart}. */
  public record Week(LocalDate weekStart, long counted, long met, Double compliance) {}

  /**
   * Resolved tickets; first contact = solved at tier 1, never escalated, never reopened. Both rates
   * are over the resolved tickets ({@code resolved}).
   *
   * @param firstContactRate firstContact / resolved
   * @param reopened resolved tickets that were reopened at least once before
   * @param reopenRate reopened / resolved
   */
  public record Resolution(
      long resolved,
      long firstContact,
      Double firstContactRate,
      long reopened,
      Double reopenRate) {}

  /**
   * Escalations: tickets escalated at least once, and escalations per tier they left.
   *
   * @param rate escalated tickets / tickets created
   * @param byTier escalation count keyed by the tier escalated from ("1", "2", ... or "?")
   */
  public record Escalation(long escalatedTickets, Double rate, Map<String, Long> byTier) {}

  /**
   * Unresolved tickets now, by age.
   *
   * @param ages counts keyed {@code <1d}, {@code 1-3d}, {@code 3-7d}, {@code >7d}
   */
  public record Backlog(
      long open, Map<String, Long> ages, String oldest, Instant oldestCreatedAt) {}

  /** Ratings given: by score (1 to 5) and level, and the average score. */
  public record Satisfaction(
      long rated, Double averageScore, Map<String, Long> byScore, Map<String, Long> byRating) {}

  /**
   * Knowledge use: resolved tickets with an article marked as having solved them, and requesters
   * who solved their problem with an article in the portal (no ticket).
   *
   * @param selfServiceShare deflections / (deflections + tickets created)
   */
  public record Knowledge(
      long resolved,
      long solvedByArticle,
      Double articleShare,
      long deflections,
      Double selfServiceShare) {}

  /**
   * A recurring problem: a subcategory, how often it came, the commonest title words and the latest
   * ticket's title.
   */
  public record Problem(
      String category, String subcategory, long count, List<String> words, String latestTitle) {}

  /** Work of a group or an agent: tickets of the period resolved, and open tickets now. */
  public record Workload(String name, long resolved, long open) {}

  /** The desk's targets the figures are measured against. */
  public record Targets(
      double satisfaction,
      double articleShare,
      double averageResolutionMinutes,
      double selfServiceShare,
      double slaCompliance) {

    /** The targets of the service desk's statistics. */
    public static Targets desk() {
      return new Targets(4.5, 0.9, 240, 0.6, 0.95);
    }
  }
}
