package io.ticketflow.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.intake.AlertNotification;
import io.ticketflow.intake.AlertStatus;
import io.ticketflow.intake.IncomingAlert;
import io.ticketflow.ticket.FieldError;
import io.ticketflow.ticket.InvalidTicketRequestException;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The body of {@code POST /api/integrations/alertmanager}: Alertmanager's webhook payload, version
 * 4. Fields Alertmanager may add later are ignored; the ones this service relies on are checked all
 * at once, so that a delivery is refused as a whole or taken as a whole.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AlertmanagerRequest(
    String version,
    String groupKey,
    Integer truncatedAlerts,
    String status,
    String receiver,
    Map<String, String> groupLabels,
    Map<String, String> commonLabels,
    Map<String, String> commonAnnotations,
    @JsonProperty("externalURL") String externalUrl,
    List<Alert> alerts) {

  static final String VERSION = "4";
  static final int MAX_ALERTS = 1000;
  static final int MAX_RECEIVER = 150;
  static final int MAX_GROUP_KEY = 1000;
  static final int MAX_URL = 2000;
  static final int MAX_ENTRIES = 100;
  static final int MAX_NAME = 200;
  static final int MAX_LABEL_VALUE = 1000;
  static final int MAX_ANNOTATION_VALUE = 10000;
  static final int MAX_ALERT_NAME = 200;
  static final int MAX_ERRORS = 100;

  /** Alertmanager's fingerprints are 16 hex digits; anything printable up to the column's size. */
  private static final Pattern FINGERPRINT = Pattern.compile("[\\x21-\\x7E]{1,100}");

  /** Go's zero time: how Alertmanager writes "not set". */
  private static final Instant UNSET = Instant.parse("0001-01-01T00:00:00Z");

  /** One alert of the group. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Alert(
      String status,
      Map<String, String> labels,
      Map<String, String> annotations,
      String startsAt,
      String endsAt,
      @JsonProperty("generatorURL") String generatorUrl,
      String fingerprint) {}

  /**
   * Reads and checks a body.
   *
   * @throws InvalidTicketRequestException with every problem found, when the body is not a valid
   *     version 4 payload
   */
  static AlertNotification read(ObjectMapper json, String body) {
    if (body == null || body.isBlank()) {
      throw new InvalidTicketRequestException("body", "must not be empty");
    }
    JsonNode tree;
    try {
      tree = json.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(body);
    } catch (JsonProcessingException e) {
      throw new InvalidTicketRequestException("body", "is not valid JSON");
    }
    if (tree == null || !tree.isObject()) {
      throw new InvalidTicketRequestException("body", "must be a JSON object");
    }
    AlertmanagerRequest request;
    try {
      request = json.readerFor(AlertmanagerRequest.class).readValue(tree);
    } catch (JsonMappingException e) {
      throw new InvalidTicketRequestException(path(e), "wrong type of value");
    } catch (IOException e) {
      throw new InvalidTicketRequestException("body", "cannot be read");
    }
    return request.toNotification();
  }

  /** The checked payload, or every problem with it. */
  AlertNotification toNotification() {
    Errors errors = new Errors();
    if (!VERSION.equals(version)) {
      errors.add("version", "must be \"" + VERSION + "\"");
    }
    text(errors, "receiver", receiver, MAX_RECEIVER, true);
    text(errors, "groupKey", groupKey, MAX_GROUP_KEY, true);
    status(errors, "status", status);
    if (truncatedAlerts != null && truncatedAlerts < 0) {
      errors.add("truncatedAlerts", "must not be negative");
    }
    text(errors, "externalURL", externalUrl, MAX_URL, false);
    entries(errors, "groupLabels", groupLabels, MAX_LABEL_VALUE);
    entries(errors, "commonLabels", commonLabels, MAX_LABEL_VALUE);
    entries(errors, "commonAnnotations", commonAnnotations, MAX_ANNOTATION_VALUE);
    List<IncomingAlert> incoming = new ArrayList<>();
    if (alerts == null || alerts.isEmpty()) {
      errors.add("alerts", "must contain at least one alert");
    } else if (alerts.size() > MAX_ALERTS) {
      errors.add("alerts", "at most " + MAX_ALERTS + " alerts per delivery");
    } else {
      for (int i = 0; i < alerts.size(); i++) {
        check(errors, "alerts[" + i + "]", alerts.get(i)).ifPresent(incoming::add);
      }
    }
    errors.throwIfAny();
    return new AlertNotification(receiver.strip(), groupKey, incoming);
  }

  private static Optional<IncomingAlert> check(Errors errors, String field, Alert alert) {
    if (alert == null) {
      errors.add(field, "must be an alert object");
      return Optional.empty();
    }
    int before = errors.count();
    Optional<AlertStatus> status = status(errors, field + ".status", alert.status());
    if (alert.fingerprint() == null || alert.fingerprint().isBlank()) {
      errors.add(field + ".fingerprint", "must not be blank");
    } else if (!FINGERPRINT.matcher(alert.fingerprint()).matches()) {
      errors.add(field + ".fingerprint", "must be 1 to 100 printable characters without spaces");
    }
    if (alert.labels() == null) {
      errors.add(field + ".labels", "must not be missing");
    } else {
      entries(errors, field + ".labels", alert.labels(), MAX_LABEL_VALUE);
      text(
          errors,
          field + ".labels." + IncomingAlert.ALERT_NAME,
          alert.labels().get(IncomingAlert.ALERT_NAME),
          MAX_ALERT_NAME,
          true);
    }
    entries(errors, field + ".annotations", alert.annotations(), MAX_ANNOTATION_VALUE);
    Instant startsAt = time(errors, field + ".startsAt", alert.startsAt(), true);
    Instant endsAt = time(errors, field + ".endsAt", alert.endsAt(), false);
    text(errors, field + ".generatorURL", alert.generatorUrl(), MAX_URL, false);
    if (errors.count() > before || status.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new IncomingAlert(
            status.get(),
            alert.fingerprint(),
            startsAt,
            endsAt,
            alert.labels(),
            alert.annotations(),
            alert.generatorUrl()));
  }

  private static Optional<AlertStatus> status(Errors errors, String field, String value) {
    if (value == null || value.isBlank()) {
      errors.add(field, "must be firing or resolved");
      return Optional.empty();
    }
    return switch (value) {
      case "firing" -> Optional.of(AlertStatus.FIRING);
      case "resolved" -> Optional.of(AlertStatus.RESOLVED);
      default -> {
        errors.add(field, "unknown status; must be firing or resolved");
        yield Optional.empty();
      }
    };
  }

  private static void text(Errors errors, String field, String value, int max, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.add(field, "must not be blank");
      }
    } else if (value.length() > max) {
      errors.add(field, "at most " + max + " characters");
    }
  }

  private static void entries(Errors errors, String field, Map<String, String> map, int maxValue) {
    if (map == null) {
      return;
    }
    if (map.size() > MAX_ENTRIES) {
      errors.add(field, "at most " + MAX_ENTRIES + " entries");
      return;
    }
    for (Map.Entry<String, String> entry : map.entrySet()) {
      String name = entry.getKey();
      if (name.isBlank() || name.length() > MAX_NAME) {
        errors.add(field, "names must be 1 to " + MAX_NAME + " characters");
      } else if (entry.getValue() == null) {
        errors.add(field + "." + name, "must be a string");
      } else if (entry.getValue().length() > maxValue) {
        errors.add(field + "." + name, "at most " + maxValue + " characters");
      }
    }
  }

  /** An RFC 3339 time, as Alertmanager writes it (Go's zero time meaning "not set"). */
  private static Instant time(Errors errors, String field, String value, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.add(field, "must not be blank");
      }
      return null;
    }
    try {
      Instant instant =
          OffsetDateTime.parse(
                  value.strip().toUpperCase(Locale.ROOT), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
              .toInstant();
      if (instant.equals(UNSET)) {
        if (required) {
          errors.add(field, "must be set");
        }
        return null;
      }
      return instant;
    } catch (DateTimeParseException e) {
      errors.add(field, "must be an RFC 3339 date-time with offset, e.g. 2026-11-22T09:30:00Z");
      return null;
    }
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  /** The problems found so far, up to a sane number. */
  private static final class Errors {
    private final List<FieldError> list = new ArrayList<>();
    private int count;

    void add(String field, String message) {
      count++;
      if (list.size() < MAX_ERRORS) {
        list.add(new FieldError(field, message));
      }
    }

    int count() {
      return count;
    }

    void throwIfAny() {
      if (count > list.size()) {
        list.add(new FieldError("alerts", (count - list.size()) + " more problems not listed"));
      }
      if (!list.isEmpty()) {
        throw new InvalidTicketRequestException(list);
      }
    }
  }
}
