package io.ticketflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ticketflow.notification.NotificationTemplates.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NotificationTemplatesTest {

  private final NotificationTemplates templates = TestOutbox.templates();

  @Test
  void everyEventIsWordedInEveryLanguageWithNoPlaceholderLeft() {
    for (String language : NotificationTemplates.LANGUAGES) {
      for (NotificationEvent event : NotificationEvent.values()) {
        Message message = templates.render(event, language, TestOutbox.values("Printer offline"));
        assertThat(message.language()).isEqualTo(language);
        // every mail about a ticket names it; the sign-in link is about all of a requester's
        String about = event == NotificationEvent.SIGN_IN_LINK ? "" : TestOutbox.TICKET;
        assertThat(message.subject()).contains(about).doesNotContain("{", "}");
        assertThat(message.text()).contains(about).doesNotContain("{", "}");
        assertThat(message.html())
            .startsWith("<!DOCTYPE html>")
            .contains("<html lang=\"" + language + "\">", about)
            .doesNotContain("{", "}");
      }
    }
  }

  @Test
  void wordingUsesOnlyKnownValues() throws IOException {
    Set<String> known = new HashSet<>();
    for (Field field : NotificationValues.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && !field.getName().startsWith("SLA_")) {
        known.add(readConstant(field));
      }
    }
    Pattern placeholder = Pattern.compile("\\{([A-Za-z0-9]+)}");
    for (String language : NotificationTemplates.LANGUAGES) {
      Properties bundle = bundle(language);
      for (String key : bundle.stringPropertyNames()) {
        Matcher matcher = placeholder.matcher(bundle.getProperty(key));
        while (matcher.find()) {
          assertThat(known)
              .as("%s in %s of %s", matcher.group(), key, language)
              .contains(matcher.group(1));
        }
      }
    }
  }

  @Test
  void requesterPortalLinkAndTitleAreInTheAcknowledgement() {
    Message message =
        templates.render(
            NotificationEvent.TICKET_ACKNOWLEDGED, "en", TestOutbox.values("Printer offline"));
    assertThat(message.subject()).isEqualTo("[TS20261122-0001] We received your request");
    assertThat(message.text())
        .contains("\"Printer offline\"", "ticket TS20261122-0001", TestOutbox.PORTAL_LINK)
        .contains("\n-- \nThis message was sent automatically");
    assertThat(message.html())
        .contains("<a href=\"" + TestOutbox.PORTAL_LINK + "\">" + TestOutbox.PORTAL_LINK + "</a>");
  }

  @Test
  void simplifiedChineseWordingIsUsedForChineseRequesters() {
    Message message =
        templates.render(
            NotificationEvent.RESOLVED_PLEASE_CONFIRM, "zh-CN", TestOutbox.values("打印机离线"));
    assertThat(message.language()).isEqualTo("zh-CN");
    assertThat(message.subject()).isEqualTo("[TS20261122-0001] 您的请求已解决，请确认");
    assertThat(message.text()).contains("“打印机离线”", "解决方案：\nRestart the export service.");
    assertThat(message.html()).contains("<html lang=\"zh-CN\">", "解决方案：<br>");
  }

  @ParameterizedTest
  @CsvSource(
      value = {
        "zh-CN, zh-CN",
        "zh_CN, zh-CN",
        "ZH-cn, zh-CN",
        "zh, zh-CN",
        "zh-Hans-CN, zh-CN",
        "en, en",
        "en-GB, en",
        "fr, en",
        "'  ', en",
        "NULL, en",
        "!!, en"
      },
      nullValues = "NULL")
  void requestedLanguageGetsTheClosestWording(String requested, String used) {
    assertThat(templates.language(requested)).isEqualTo(used);
  }

  @Test
  void unknownLanguageFallsBackToTheConfiguredDefault() {
    NotificationTemplates chineseDesk = new NotificationTemplates(TestOutbox.properties("zh-CN"));
    assertThat(chineseDesk.language("fr")).isEqualTo("zh-CN");
    assertThat(chineseDesk.language(null)).isEqualTo("zh-CN");
  }

  @Test
  void defaultLanguageWithoutWordingIsRefusedAtStart() {
    assertThatThrownBy(() -> new NotificationTemplates(TestOutbox.properties("fr")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("default-language");
  }

  @Test
  void scriptInTheTitleIsEscapedInHtmlAndLeftAsTextInPlainText() {
    String title = "<script>alert('x')</script> & \"more\"";
    Message message =
        templates.render(NotificationEvent.TICKET_ACKNOWLEDGED, "en", TestOutbox.values(title));
    assertThat(message.html())
        .doesNotContain("<script>", "alert('x')")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;");
    assertThat(message.text()).contains(title);
  }

  @Test
  void placeholdersInsideValuesAreNotFilledAgain() {
    Map<String, String> values = TestOutbox.values("see {text} and {portalLink}");
    values.put(NotificationValues.TEXT, "internal detail");
    Message message = templates.render(NotificationEvent.TICKET_ACKNOWLEDGED, "en", values);
    assertThat(message.text())
        .contains("\"see {text} and {portalLink}\"")
        .doesNotContain("internal detail");
  }

  @Test
  void onlyWebAddressesBecomeLinks() {
    Map<String, String> values = TestOutbox.values("Printer offline");
    values.put(NotificationValues.PORTAL_LINK, "javascript:alert(1)");
    Message script = templates.render(NotificationEvent.TICKET_ACKNOWLEDGED, "en", values);
    assertThat(script.html()).doesNotContain("<a ").contains("javascript:alert(1)");

    values.put(NotificationValues.PORTAL_LINK, "https://desk.example.com/p?ticket=1&x=\"><b>");
    Message quoted = templates.render(NotificationEvent.TICKET_ACKNOWLEDGED, "en", values);
    assertThat(quoted.html())
        .contains("<a href=\"https://desk.example.com/p?ticket=1&amp;x=&quot;&gt;&lt;b&gt;\">")
        .doesNotContain("<b>");
  }

  @Test
  void subjectStaysOnOneLineWhateverTheTitle() {
    Message message =
        templates.render(
            NotificationEvent.TICKET_ASSIGNED,
            "en",
            TestOutbox.values("Broken\r\nBcc: eve@evil.example\nX-Spam: no"));
    assertThat(message.subject())
        .doesNotContain("\r", "\n")
        .isEqualTo("[TS20261122-0001] Assigned to oscar: Broken Bcc: eve@evil.example X-Spam: no");
  }

  @Test
  void slaKindIsWordedInTheMessageLanguage() {
    Map<String, String> values = TestOutbox.values("VPN down");
    values.put(NotificationValues.SLA, NotificationValues.SLA_RESPONSE);
    assertThat(templates.render(NotificationEvent.SLA_WARNING, "en", values).subject())
        .isEqualTo(
            "[TS20261122-0001] SLA warning: first response due at 2026-11-22T17:00:00+08:00");
    assertThat(templates.render(NotificationEvent.SLA_BREACHED, "zh-CN", values).text())
        .contains("首次响应时限已超时");
  }

  @Test
  void longValuesAreCutAndLineBreaksKeptInHtml() {
    Map<String, String> values = TestOutbox.values("Printer offline");
    values.put(NotificationValues.TEXT, "line one\r\nline two " + "x".repeat(10000));
    Message message = templates.render(NotificationEvent.REPLY_ADDED, "en", values);
    assertThat(message.text()).contains("line one\nline two").doesNotContain("x".repeat(4000));
    assertThat(message.text()).contains("x".repeat(3900) + "…");
    assertThat(message.html()).contains("line one<br>\nline two");
  }

  @Test
  void missingValuesAreLeftEmpty() {
    Message message =
        templates.render(
            NotificationEvent.TICKET_CLOSED, "en", Map.of(NotificationValues.NUMBER, "TS1"));
    assertThat(message.text()).contains("your request \"\" (ticket TS1) is now closed");
  }

  private static String readConstant(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Properties bundle(String language) throws IOException {
    String path = "notifications/templates_" + language.replace('-', '_') + ".properties";
    Properties bundle = new Properties();
    try (InputStream in =
        NotificationTemplatesTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return bundle;
  }
}
