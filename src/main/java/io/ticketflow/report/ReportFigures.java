package io.ticketflow.report;

import io.ticketflow.report.ReportRows.EscalationRow;
import io.ticketflow.report.ReportRows.TicketRow;
import io.ticketflow.report.ReportSummary.Backlog;
import io.ticketflow.report.ReportSummary.Durations;
import io.ticketflow.report.ReportSummary.Escalation;
import io.ticketflow.report.ReportSummary.Knowledge;
import io.ticketflow.report.ReportSummary.Problem;
import io.ticketflow.report.ReportSummary.Resolution;
import io.ticketflow.report.ReportSummary.Satisfaction;
import io.ticketflow.report.ReportSummary.Sla;
import io.ticketflow.report.ReportSummary.Volume;
import io.ticketflow.report.ReportSummary.Week;
import io.ticketflow.report.ReportSummary.Workload;
import io.ticketflow.ticket.ResolutionTargetMetBy;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The arithmetic of a report, on rows fetched by {@link ReportRows}. */
final class ReportFigures {

  /** Bounds of the resolution time histogram in minutes, with their labels. */
  static final Map<String, Long> RESOLUTION_BUCKETS = resolutionBuckets();

  static final String UNKNOWN = "?";

  private static final Pattern TIER = Pattern.compile("\\(tier (\\d+)\\)");
  private static final String WORKAROUND = ResolutionTargetMetBy.WORKAROUND.name();
  private static final int TOP_PROBLEMS = 10;
  private static final int TOP_WORDS = 3;

  private ReportFigures() {}

  static Volume volume(List<TicketRow> tickets, LocalDate from, LocalDate to, ZoneId zone) {
    Map<String, Long> byDay = new LinkedHashMap<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      byDay.put(day.toString(), 0L);
    }
    for (TicketRow ticket : tickets) {
      byDay.merge(ticket.createdAt().atZone(zone).toLocalDate().toString(), 1L, Long::sum);
    }
    return new Volume(
        tickets.size(),
        countBy(tickets, TicketRow::category),
        countBy(tickets, TicketRow::channel),
        countBy(tickets, TicketRow::priority),
        byDay);
  }

  static Durations durations(List<Double> minutes) {
    if (minutes.isEmpty()) {
      return new Durations(0, null, null, null);
    }
    List<Double> sorted = minutes.stream().sorted().toList();
    int n = sorted.size();
    double median =
        n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    double p90 = sorted.get((int) Math.ceil(0.9 * n) - 1);
    double average = sorted.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    return new Durations(n, round(median), round(p90), round(average));
  }

  static List<Double> firstResponseMinutes(List<TicketRow> tickets) {
    return minutes(tickets, TicketRow::firstRespondedAt);
  }

  static List<Double> resolutionMinutes(List<TicketRow> tickets) {
    return minutes(tickets, TicketRow::resolvedAt);
  }

  static Map<String, Long> resolutionHistogram(List<Double> minutes) {
    Map<String, Long> histogram = new LinkedHashMap<>();
    RESOLUTION_BUCKETS.keySet().forEach(label -> histogram.put(label, 0L));
    for (double value : minutes) {
      String bucket =
          RESOLUTION_BUCKETS.entrySet().stream()
              .filter(e -> value < e.getValue())
              .map(Map.Entry::getKey)
              .findFirst()
              .orElseThrow();
      histogram.merge(bucket, 1L, Long::sum);
    }
    return histogram;
  }

  /** The status of a duplicate merged into another ticket; it counts in no SLA rate. */
  static final String MERGED = "MERGED";

  static Sla sla(List<TicketRow> tickets, Instant now, ZoneId zone) {
    long responseCounted = 0;
    long responseMet = 0;
    long resolutionCounted = 0;
    long resolutionMet = 0;
    long metByWorkaround = 0;
    Map<LocalDate, long[]> weeks = new TreeMap<>();
    for (TicketRow ticket : tickets) {
      if (MERGED.equals(ticket.status())) {
        // a duplicate's targets end with it: its master carries the problem and is counted
        continue;
      }
      long[] week =
          weeks.computeIfAbsent(
              ticket
                  .createdAt()
                  .atZone(zone)
                  .toLocalDate()
                  .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
              start -> new long[2]);
      if (counts(ticket.firstResponseDueAt(), ticket.firstRespondedAt(), now)) {
        boolean met = ticket.responseBreachedAt() == null && ticket.firstRespondedAt() != null;
        responseCounted++;
        responseMet += met ? 1 : 0;
        week[0]++;
        week[1] += met ? 1 : 0;
      }
      // the resolution target: resolved, or a workaround given where the sla-targets decision
      // counts one (the ticket records which met it, and when)
      if (counts(ticket.resolutionDueAt(), ticket.resolutionTargetMetAt(), now)) {
        boolean met =
            ticket.resolutionBreachedAt() == null && ticket.resolutionTargetMetAt() != null;
        resolutionCounted++;
        resolutionMet += met ? 1 : 0;
        metByWorkaround += met && WORKAROUND.equals(ticket.resolutionTargetMetBy()) ? 1 : 0;
        week[0]++;
        week[1] += met ? 1 : 0;
      }
    }
    List<Week> weekly =
        weeks.entrySet().stream()
            .map(
                e ->
                    new Week(
                        e.getKey(),
                        e.getValue()[0],
                        e.getValue()[1],
                        share(e.getValue()[1], e.getValue()[0])))
            .toList();
    return new Sla(
        responseCounted,
        responseMet,
        share(responseMet, responseCounted),
        resolutionCounted,
        resolutionMet,
        metByWorkaround,
        share(resolutionMet, resolutionCounted),
        share(responseMet + resolutionMet, responseCounted + resolutionCounted),
        weekly);
  }

  static Resolution resolution(
      List<TicketRow> tickets, List<EscalationRow> escalations, Set<Long> reopened) {
    Set<Long> escalated =
        escalations.stream().map(EscalationRow::ticketId).collect(Collectors.toSet());
    List<TicketRow> resolved = resolved(tickets);
    long firstContact =
        resolved.stream()
            .filter(t -> Objects.equals(t.tier(), 1))
            .filter(t -> !escalated.contains(t.id()))
            .filter(t -> !reopened.contains(t.id()) && t.reopenCount() == 0)
            .count();
    // both rates over the resolved tickets: a reopened ticket counts once it is resolved again
    long reopenedTickets =
        resolved.stream().filter(t -> reopened.contains(t.id()) || t.reopenCount() > 0).count();
    return new Resolution(
        resolved.size(),
        firstContact,
        share(firstContact, resolved.size()),
        reopenedTickets,
        share(reopenedTickets, resolved.size()));
  }

  static Escalation escalation(List<TicketRow> tickets, List<EscalationRow> escalations) {
    long escalatedTickets = escalations.stream().map(EscalationRow::ticketId).distinct().count();
    Map<String, Long> byTier = new TreeMap<>();
    for (EscalationRow escalation : escalations) {
      var matcher = TIER.matcher(escalation.from() == null ? "" : escalation.from());
      byTier.merge(matcher.find() ? matcher.group(1) : UNKNOWN, 1L, Long::sum);
    }
    return new Escalation(escalatedTickets, share(escalatedTickets, tickets.size()), byTier);
  }

  static Backlog backlog(List<TicketRow> unresolved, Instant now) {
    Map<String, Long> ages = new LinkedHashMap<>();
    for (String bucket : List.of("<1d", "1-3d", "3-7d", ">7d")) {
      ages.put(bucket, 0L);
    }
    for (TicketRow ticket : unresolved) {
      long hours = Duration.between(ticket.createdAt(), now).toHours();
      String bucket;
      if (hours < 24) {
        bucket = "<1d";
      } else if (hours < 72) {
        bucket = "1-3d";
      } else if (hours < 168) {
        bucket = "3-7d";
      } else {
        bucket = ">7d";
      }
      ages.merge(bucket, 1L, Long::sum);
    }
    TicketRow oldest =
        unresolved.stream().min(Comparator.comparing(TicketRow::createdAt)).orElse(null);
    return new Backlog(
        unresolved.size(),
        ages,
        oldest == null ? null : oldest.number(),
        oldest == null ? null : oldest.createdAt());
  }

  static Satisfaction satisfaction(List<TicketRow> tickets) {
    List<TicketRow> rated =
        tickets.stream().filter(t -> t.score() != null || t.rating() != null).toList();
    Map<String, Long> byScore = new LinkedHashMap<>();
    for (int score = 1; score <= 5; score++) {
      byScore.put(String.valueOf(score), 0L);
    }
    rated.stream()
        .filter(t -> t.score() != null)
        .forEach(t -> byScore.merge(String.valueOf(t.score()), 1L, Long::sum));
    Double average =
        rated.stream().anyMatch(t -> t.score() != null)
            ? round(
                rated.stream()
                    .filter(t -> t.score() != null)
                    .mapToInt(TicketRow::score)
                    .average()
                    .orElse(0))
            : null;
    return new Satisfaction(
        rated.size(),
        average,
        byScore,
        countBy(rated.stream().filter(t -> t.rating() != null).toList(), TicketRow::rating));
  }

  static Knowledge knowledge(
      List<TicketRow> tickets, Set<String> solvedByArticle, long deflections) {
    List<TicketRow> resolved = resolved(tickets);
    long solved = resolved.stream().filter(t -> solvedByArticle.contains(t.number())).count();
    return new Knowledge(
        resolved.size(),
        solved,
        share(solved, resolved.size()),
        deflections,
        share(deflections, deflections + tickets.size()));
  }

  static List<Problem> topProblems(List<TicketRow> tickets) {
    Map<String, List<TicketRow>> bySubcategory =
        tickets.stream()
            .collect(
                Collectors.groupingBy(
                    t -> t.category() + "/" + t.subcategory(), TreeMap::new, Collectors.toList()));
    return bySubcategory.values().stream()
        .sorted(Comparator.comparing((List<TicketRow> group) -> -group.size()))
        .limit(TOP_PROBLEMS)
        .map(
            group ->
                new Problem(
                    group.get(0).category(),
                    group.get(0).subcategory(),
                    group.size(),
                    commonWords(group),
                    group.stream()
                        .max(Comparator.comparing(TicketRow::createdAt))
                        .map(TicketRow::title)
                        .orElse(null)))
        .toList();
  }

  static List<Workload> workload(
      List<TicketRow> tickets, List<TicketRow> unresolved, Function<TicketRow, String> owner) {
    Map<String, long[]> counts = new TreeMap<>();
    for (TicketRow ticket : resolved(tickets)) {
      counts.computeIfAbsent(name(owner.apply(ticket)), k -> new long[2])[0]++;
    }
    for (TicketRow ticket : unresolved) {
      counts.computeIfAbsent(name(owner.apply(ticket)), k -> new long[2])[1]++;
    }
    return counts.entrySet().stream()
        .map(e -> new Workload(e.getKey(), e.getValue()[0], e.getValue()[1]))
        .toList();
  }

  static Double share(long part, long whole) {
    return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0;
  }

  private static List<TicketRow> resolved(List<TicketRow> tickets) {
    return tickets.stream().filter(t -> t.resolvedAt() != null).toList();
  }

  private static boolean counts(Instant due, Instant reached, Instant now) {
    return due != null && (reached != null || due.isBefore(now));
  }

  private static List<Double> minutes(List<TicketRow> tickets, Function<TicketRow, Instant> end) {
    return tickets.stream()
        .filter(t -> end.apply(t) != null)
        .map(t -> Duration.between(t.createdAt(), end.apply(t)).toSeconds() / 60.0)
        .toList();
  }

  private static List<String> commonWords(List<TicketRow> tickets) {
    Map<String, Long> counts = new TreeMap<>();
    for (TicketRow ticket : tickets) {
      TitleWords.of(ticket.title()).forEach(word -> counts.merge(word, 1L, Long::sum));
    }
    return counts.entrySet().stream()
        .filter(e -> e.getValue() > 1)
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(TOP_WORDS)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static Map<String, Long> countBy(
      List<TicketRow> tickets, Function<TicketRow, String> key) {
    return tickets.stream()
        .collect(
            Collectors.groupingBy(t -> name(key.apply(t)), TreeMap::new, Collectors.counting()));
  }

  private static String name(String value) {
    return value == null || value.isBlank() ? UNKNOWN : value;
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }

  private static Map<String, Long> resolutionBuckets() {
    Map<String, Long> buckets = new LinkedHashMap<>();
    buckets.put("<1h", 60L);
    buckets.put("1-4h", 240L);
    buckets.put("4-8h", 480L);
    buckets.put("8-24h", 1440L);
    buckets.put("1-3d", 4320L);
    buckets.put(">3d", Long.MAX_VALUE);
    return buckets;
  }
}
