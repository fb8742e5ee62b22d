package io.ticketflow.template;

import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Requester;
import io.ticketflow.ticket.Ticket;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The values a ticket gives a reply template's placeholders, worded in the template's language
 * (Chinese for {@code zh…}, else English): the category as a label, a missing due time or priority
 * as "not set", a missing name as nothing.
 */
final class ReplyValues {

  private static final Map<Category, String> CATEGORY_EN =
      Map.of(
          Category.SYSTEM_FAULT, "System fault",
          Category.OPERATION_GUIDANCE, "Operation guidance",
          Category.ENVIRONMENT_CONFIGURATION, "Environment configuration",
          Category.REQUIREMENT_REQUEST, "Requirement request");
  private static final Map<Category, String> CATEGORY_ZH =
      Map.of(
          Category.SYSTEM_FAULT, "系统故障",
          Category.OPERATION_GUIDANCE, "操作指导",
          Category.ENVIRONMENT_CONFIGURATION, "环境配置",
          Category.REQUIREMENT_REQUEST, "需求申请");
  private static final String NOT_SET_EN = "not set";
  private static final String NOT_SET_ZH = "未设置";

  private ReplyValues() {}

  /**
   * @param formatDue how a due time reads (in the desk's zone)
   */
  static Map<Placeholder, String> of(
      Ticket ticket, String agentName, String language, Function<Instant, String> formatDue) {
    boolean chinese = language != null && language.toLowerCase(Locale.ROOT).startsWith("zh");
    String notSet = chinese ? NOT_SET_ZH : NOT_SET_EN;
    Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
    values.put(
        Placeholder.REQUESTER_NAME,
        Optional.ofNullable(ticket.getRequester()).map(Requester::getName).orElse(""));
    values.put(Placeholder.TICKET_NUMBER, text(ticket.getNumber()));
    values.put(Placeholder.TITLE, text(ticket.getTitle()));
    values.put(
        Placeholder.FIRST_RESPONSE_DUE,
        ticket.getFirstResponseDueAt().map(formatDue).orElse(notSet));
    values.put(
        Placeholder.RESOLUTION_DUE, ticket.getResolutionDueAt().map(formatDue).orElse(notSet));
    values.put(Placeholder.AGENT_NAME, agentName == null ? "" : agentName.strip());
    values.put(
        Placeholder.CATEGORY,
        Optional.ofNullable(ticket.getCategory())
            .map(c -> (chinese ? CATEGORY_ZH : CATEGORY_EN).get(c))
            .orElse(""));
    values.put(Placeholder.PRIORITY, ticket.getPriority().orElse(notSet));
    return values;
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
