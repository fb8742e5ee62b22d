package io.ticketflow.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading real MIME messages: sender, text, threading ids, loop marks and broken mail. */
class MailParserTest {

  private final MailParser parser = new MailParser(64 * 1024);

  @Test
  void newRequestGivesSenderSubjectPlainTextAndItsAttachment() throws Exception {
    InboundMail mail = parser.parse(MailFixtures.read("new-request.eml"));

    assertThat(mail.senderAddress()).isEqualTo("zhang.san@example.com");
    assertThat(mail.senderName()).isEqualTo("Zhang San");
    assertThat(mail.sender()).isEqualTo("Zhang San <zhang.san@example.com>");
    assertThat(mail.subject()).isEqualTo("Cannot print from OA since this morning");
    assertThat(mail.messageId()).isEqualTo("<CAF=new-request-1@mail.example.com>");
    assertThat(mail.text()).startsWith("Hello,").contains("Error: E-204.").doesNotContain("<p>");
    assertThat(mail.referencedIds()).isEmpty();
    assertThat(mail.automaticReason()).isEmpty();
    assertThat(mail.attachments()).hasSize(1);
    MailAttachment screenshot = mail.attachments().get(0);
    assertThat(screenshot.filename()).isEqualTo("screenshot.png");
    assertThat(screenshot.contentType()).isEqualTo("image/png");
    assertThat(screenshot.size()).isEqualTo(512);
  }

  @Test
  void aSecondDeliveryOfTheSameMailHasTheSameKey() throws Exception {
    InboundMail first = parser.parse(MailFixtures.read("new-request.eml"));
    InboundMail again = parser.parse(MailFixtures.read("duplicate-delivery.eml"));

    assertThat(again.key()).isEqualTo(first.key()).hasSize(64);
    assertThat(MailParser.keyOf(first.messageId())).isEqualTo(first.key());
  }

  @Test
  void mailWithoutMessageIdGetsAStableKeyFromItsContent() throws Exception {
    byte[] raw = MailFixtures.read("html-with-script.eml");

    InboundMail mail = parser.parse(raw);

    assertThat(mail.messageId()).isNull();
    assertThat(parser.parse(raw).key()).isEqualTo(mail.key());
    byte[] other = MailFixtures.read("html-with-script.eml", "every hour", "every minute");
    assertThat(parser.parse(other).key()).isNotEqualTo(mail.key());
  }

  @Test
  void replyBySubjectKeepsTheNumberInTheSubjectAndTheQuoteInTheText() throws Exception {
    InboundMail mail = parser.parse(MailFixtures.read("reply-by-subject.eml"));

    assertThat(mail.subject()).contains(MailFixtures.FIXTURE_TICKET);
    assertThat(mail.referencedIds()).isEmpty();
    assertThat(ReplyText.withoutQuote(mail.text()))
        .isEqualTo("It still fails after the restart, now with error E-205.");
  }

  @Test
  void replyByHeaderListsInReplyToThenReferencesOnceEach() throws Exception {
    InboundMail mail = parser.parse(MailFixtures.read("reply-by-header.eml"));

    assertThat(mail.senderName()).isEqualTo("张三");
    assertThat(mail.subject()).isEqualTo("答复: We need your answer");
    assertThat(mail.referencedIds())
        .containsExactly(
            "<ticketflow.42.TS20261122-0001@ticketflow.example>",
            "<CAF=new-request-1@mail.example.com>");
    assertThat(ReplyText.withoutQuote(mail.text()))
        .isEqualTo("The printer is the HP on the third floor, queue FIN-3.");
  }

  @Test
  void autoRepliesAndBulkMailAreMarkedAutomatic() throws Exception {
    assertThat(parser.parse(MailFixtures.read("auto-reply.eml")).automaticReason())
        .contains("Auto-Submitted: auto-replied");
    assertThat(parser.parse(MailFixtures.read("auto-reply-storm.eml")).automaticReason())
        .contains("Auto-Submitted: auto-generated");
    assertThat(automatic("Auto-Submitted: no\r\nPrecedence: bulk\r\n"))
        .isEqualTo("Precedence: bulk");
    assertThat(automatic("Precedence: junk\r\n")).isEqualTo("Precedence: junk");
    assertThat(automatic("Precedence: first-class\r\n")).isNull();
    assertThat(automatic("X-Loop: support@ticketflow.example\r\n")).isEqualTo("X-Loop");
    assertThat(automatic("List-Id: <users.lists.example.com>\r\n")).isEqualTo("List-Id");
    assertThat(automatic("Auto-Submitted: No (a person wrote this)\r\n")).isNull();
  }

  private String automatic(String headers) throws Exception {
    String raw =
        "From: a@example.com\r\nSubject: s\r\nMessage-ID: <x@example.com>\r\n"
            + headers
            + "\r\nbody\r\n";
    return parser.parse(raw.getBytes(StandardCharsets.UTF_8)).automatic();
  }

  @Test
  void htmlOnlyMailBecomesTextWithoutScriptsOrStyles() throws Exception {
    InboundMail mail = parser.parse(MailFixtures.read("html-with-script.eml"));

    assertThat(mail.text())
        .isEqualTo(
            "The VPN drops every hour & reconnects.\n\nSince Monday\non Windows 11\n\nThanks");
    assertThat(mail.text())
        .doesNotContain("alert")
        .doesNotContain("evil")
        .doesNotContain("color")
        .doesNotContain("<");
  }

  @Test
  void htmlTextOfNothingIsEmpty() {
    assertThat(HtmlText.toText(null)).isEmpty();
    assertThat(HtmlText.toText("  ")).isEmpty();
    assertThat(HtmlText.toText("<script>x()</script>")).isEmpty();
  }

  @Test
  void malformedMimeIsRefusedAsMalformed() {
    assertThatThrownBy(() -> parser.parse(MailFixtures.read("malformed.eml")))
        .isInstanceOf(UnreadableMailException.class)
        .extracting(e -> ((UnreadableMailException) e).reason())
        .isEqualTo(QuarantineReason.MALFORMED);
  }

  @Test
  void mailWithoutSenderIsRefused() {
    assertThatThrownBy(() -> parser.parse(MailFixtures.read("no-sender.eml")))
        .isInstanceOf(UnreadableMailException.class)
        .extracting(e -> ((UnreadableMailException) e).reason())
        .isEqualTo(QuarantineReason.NO_SENDER);
    assertThatThrownBy(
            () ->
                parser.parse(
                    "From: Undisclosed recipients:;\r\nSubject: x\r\n\r\nbody"
                        .getBytes(StandardCharsets.UTF_8)))
        .extracting(e -> ((UnreadableMailException) e).reason())
        .isEqualTo(QuarantineReason.NO_SENDER);
  }

  @Test
  void mailOverTheSizeLimitIsRefusedUnread() {
    MailParser small = new MailParser(1024);

    assertThatThrownBy(() -> small.parse(MailFixtures.read("oversized-attachment.eml")))
        .extracting(e -> ((UnreadableMailException) e).reason())
        .isEqualTo(QuarantineReason.TOO_LARGE);
  }

  @Test
  void largeAttachmentIsReadWithItsSize() throws Exception {
    InboundMail mail = parser.parse(MailFixtures.read("oversized-attachment.eml"));

    assertThat(mail.text()).isEqualTo("The client crashed twice; the full log is attached.");
    assertThat(mail.attachments())
        .extracting(MailAttachment::filename)
        .containsExactly("client.log");
    assertThat(mail.attachments().get(0).size()).isEqualTo(6000);
  }

  @Test
  void headersOfUnreadableMailAreStillShown() {
    byte[] raw = MailFixtures.read("malformed.eml");

    assertThat(MailParser.headerOf(raw, "Subject")).isEqualTo("Broken mail");
    assertThat(MailParser.headerOf(raw, "From")).isEqualTo("Li Si <li.si@example.com>");
    assertThat(MailParser.headerOf(raw, "X-Missing")).isNull();
    assertThat(MailParser.keyOfUnreadable(raw)).isEqualTo(MailParser.keyOfUnreadable(raw.clone()));
  }

  @Test
  void onlyMessageIdsThatMaySitInAHeaderAreKept() {
    assertThat(MailParser.messageId(" <a.b@c> (comment)")).isEqualTo("<a.b@c>");
    assertThat(MailParser.messageId("no brackets")).isNull();
    assertThat(MailParser.messageId(null)).isNull();
    assertThat(MailParser.messageId("<" + "x".repeat(1000) + "@c>")).isNull();
    assertThat(MailParser.plainAddress("a@b.example")).isTrue();
    assertThat(MailParser.plainAddress("a b@c")).isFalse();
    assertThat(MailParser.plainAddress("a@")).isFalse();
    assertThat(MailParser.plainAddress("@b")).isFalse();
    assertThat(MailParser.plainAddress(null)).isFalse();
  }

  @Test
  void replyTextKeepsTextWithoutQuoteAsIs() {
    assertThat(ReplyText.withoutQuote("Just text\n\n")).isEqualTo("Just text");
    assertThat(ReplyText.withoutQuote("> only a quote")).isEqualTo("> only a quote");
    assertThat(ReplyText.withoutQuote("Yes.\n\n张三 写道：\n> question")).isEqualTo("Yes.");
  }
}
