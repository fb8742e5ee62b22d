package io.ticketflow.config;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The language a staff member's webapps show, for the answers the application adds to them (the
 * work form's labels and its Chinese or English form): the webapps' own choice, which their pages
 * keep in the {@value #COOKIE} cookie (static {@code camunda/app/ticketflow/language.js}), else the
 * browser's first language; {@code zh} or {@code en}.
 */
public final class StaffLanguage {

  /** The cookie the webapps' pages set to the language they show. */
  public static final String COOKIE = "tf_language";

  private StaffLanguage() {}

  public static String of(HttpServletRequest request) {
    Optional<String> chosen =
        Optional.ofNullable(request.getCookies()).stream()
            .flatMap(Arrays::stream)
            .filter(c -> COOKIE.equals(c.getName()))
            .map(Cookie::getValue)
            .findFirst();
    String language =
        chosen.orElseGet(
            () -> {
              String accept = request.getHeader("Accept-Language");
              return accept == null ? "" : accept;
            });
    return language.strip().toLowerCase(Locale.ROOT).startsWith("zh") ? "zh" : "en";
  }
}
