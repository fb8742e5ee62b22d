package io.ticketflow.template;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The values a reply template may name, written {@code {{name}}} in its body. */
public enum Placeholder {
  REQUESTER_NAME("requesterName"),
  TICKET_NUMBER("ticketNumber"),
  TITLE("title"),
  FIRST_RESPONSE_DUE("firstResponseDue"),
  RESOLUTION_DUE("resolutionDue"),
  AGENT_NAME("agentName"),
  CATEGORY("category"),
  PRIORITY("priority");

  private final String key;

  Placeholder(String key) {
    this.key = key;
  }

  /** The name inside the braces, e.g. {@code ticketNumber}. */
  public String key() {
    return key;
  }

  /** How it is written in a body, e.g. {@code {{ticketNumber}}}. */
  public String token() {
    return "{{" + key + "}}";
  }

  /** The placeholder with this name (case-sensitive, as written in bodies). */
  public static Optional<Placeholder> byKey(String key) {
    return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
  }

  /** Every placeholder as written in a body, for messages. */
  public static List<String> tokens() {
    return Arrays.stream(values()).map(Placeholder::token).toList();
  }
}
