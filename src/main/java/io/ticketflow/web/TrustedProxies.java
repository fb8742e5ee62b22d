package io.ticketflow.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Believes {@code X-Forwarded-For} and {@code X-Forwarded-Proto} only from the proxies listed in
 * {@code ticketflow.web.trusted-proxies} (loopback by default), instead of Tomcat's default of
 * every private address. Tomcat's {@link RemoteIpValve} then sets the client address that
 * everything reads ({@code getRemoteAddr()}: the audit trail, the portal's and the login's rate
 * limits, the logs); from any other address the headers are ignored and the connection's address
 * counts.
 */
@Component
public final class TrustedProxies
    implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

  /** An IPv4 address in dotted form, or an IPv6 address (hex digits and colons, dots for v4). */
  private static final Pattern LITERAL =
      Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*");

  private final String internalProxies;

  public TrustedProxies(WebProperties properties) {
    this.internalProxies = pattern(properties.trustedProxies());
  }

  /** The addresses as Tomcat's pattern of internal proxies: these exactly, nothing else. */
  public static String pattern(List<String> addresses) {
    Set<String> spellings = new LinkedHashSet<>();
    for (String address : addresses) {
      String trimmed = address.trim();
      if (!LITERAL.matcher(trimmed).matches()) {
        throw new IllegalArgumentException(
            "ticketflow.web.trusted-proxies: not an IP address: " + trimmed);
      }
      spellings.add(trimmed);
      spellings.add(canonical(trimmed));
    }
    if (spellings.isEmpty()) {
      // trust no one: a pattern that matches no address
      return "(?!)";
    }
    return spellings.stream().map(Pattern::quote).collect(Collectors.joining("|"));
  }

  private static String canonical(String literal) {
    try {
      // a literal is parsed, never looked up
      return InetAddress.getByName(literal).getHostAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(
          "ticketflow.web.trusted-proxies: not an IP address: " + literal, e);
    }
  }

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.getEngineValves().stream()
        .filter(RemoteIpValve.class::isInstance)
        .map(RemoteIpValve.class::cast)
        .forEach(this::configure);
  }

  /** Sets the trusted proxies on the valve Spring Boot adds for forwarded headers. */
  void configure(RemoteIpValve valve) {
    valve.setInternalProxies(internalProxies);
    valve.setTrustedProxies(null);
  }

  /** After Spring Boot's own Tomcat settings, which add the valve. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
