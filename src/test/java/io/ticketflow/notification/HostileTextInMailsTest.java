package io.ticketflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.notification.NotificationTemplates.Message;
import io.ticketflow.support.XssCorpus;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Every payload of the XSS corpus, put into every value of every mail in every language, stays
 * text: the HTML body shows it literally and gains no element, no event handler and no script link,
 * and the subject stays one line.
 */
class HostileTextInMailsTest {

  /** Elements of the mail layout and the templates; anything else came from a value. */
  private static final Set<String> OUR_ELEMENTS =
      Set.of("#root", "html", "head", "meta", "title", "body", "div", "p", "br", "hr", "a");

  private final NotificationTemplates templates = TestOutbox.templates();

  @Test
  void payloadsInEveryValueStayTextInEveryMail() {
    for (String payload : XssCorpus.payloads()) {
      Map<String, String> values = TestOutbox.values(payload);
      values.replaceAll((name, value) -> payload);
      for (String language : NotificationTemplates.LANGUAGES) {
        for (NotificationEvent event : NotificationEvent.values()) {
          Message message = templates.render(event, language, values);
          String where = event + "/" + language + ": " + payload;
          assertThat(message.subject()).as(where).doesNotContain("\r", "\n");
          assertThat(message.subject().chars().noneMatch(Character::isISOControl))
              .as(where)
              .isTrue();
          Document html = Jsoup.parse(message.html());
          assertThat(html.body().text()).as(where).contains(payload);
          assertThat(html.getAllElements().stream().map(Element::tagName))
              .as(where)
              .allMatch(OUR_ELEMENTS::contains);
          for (Element element : html.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
              assertThat(attribute.getKey()).as(where).doesNotStartWithIgnoringCase("on");
              assertThat(attribute.getValue().strip())
                  .as(where)
                  .doesNotStartWithIgnoringCase("javascript:");
            }
          }
        }
      }
    }
  }
}
