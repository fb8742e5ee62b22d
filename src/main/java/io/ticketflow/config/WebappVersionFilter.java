package io.ticketflow.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The webapps' pages name the engine's exact version in their scripts' addresses ({@code
 * runtime.js?bust=7.24.0}), which tells anyone, signed in or not, which published flaws apply. This
 * filter puts a tag in its place on the pages (the HTML of {@code /camunda/app/<app>/} and {@code
 * /camunda/app/<app>/<engine>/}): a keyed digest of the version, the same on every page, so the
 * addresses still change when the version does and browsers fetch the new scripts, but the version
 * cannot be read back from it without the key.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER - 2)
public final class WebappVersionFilter extends OncePerRequestFilter {

  /** A webapp's page, below the context path: the app's root or an engine's, or its index.html. */
  static final Pattern PAGE = Pattern.compile("^/camunda/app/[^/]+/(?:[^/]+/)?(?:index\\.html)?$");

  private static final int KEY_BYTES = 32;
  private static final int TAG_BYTES = 8;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String version;
  private final String tag;

  @Autowired
  public WebappVersionFilter(WebappProperties webapps) {
    this(ProductPropertiesUtil.getProductVersion(), webapps.assetKey());
  }

  WebappVersionFilter(String version, String key) {
    this.version = version;
    this.tag = tag(version, key);
  }

  /**
   * The tag for a version: HMAC-SHA256 under the configured key (the same on every node, so a
   * browser caches the scripts once for the desk), or under a random key of this start when none is
   * set.
   */
  static String tag(String version, String key) {
    byte[] secret;
    if (key == null || key.isBlank()) {
      secret = new byte[KEY_BYTES];
      RANDOM.nextBytes(secret);
    } else {
      secret = key.getBytes(StandardCharsets.UTF_8);
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      byte[] digest = mac.doFinal(version.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, TAG_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  /** The page with every mention of the version replaced by the tag. */
  String withoutVersion(String html) {
    return version == null || version.isBlank() ? html : html.replace(version, tag);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String method = request.getMethod();
    return !("GET".equals(method) || "HEAD".equals(method))
        || !PAGE.matcher(request.getRequestURI().substring(request.getContextPath().length()))
            .matches();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, buffered);
    String type = buffered.getContentType();
    if (type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.TEXT_HTML_VALUE)) {
      String html = new String(buffered.getContentAsByteArray(), StandardCharsets.UTF_8);
      String cleaned = withoutVersion(html);
      if (!cleaned.equals(html)) {
        buffered.resetBuffer();
        buffered.getOutputStream().write(cleaned.getBytes(StandardCharsets.UTF_8));
      }
    }
    buffered.copyBodyToResponse();
  }
}
