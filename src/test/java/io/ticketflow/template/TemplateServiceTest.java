package io.ticketflow.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.FieldError;
import io.ticketflow.ticket.Requester;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketNotFoundException;
import io.ticketflow.ticket.TicketService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatchers;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

class TemplateServiceTest {

  private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");
  private static final Instant RESPONSE_DUE = Instant.parse("2026-11-23T03:00:00Z");
  private static final Instant RESOLUTION_DUE = Instant.parse("2026-11-24T09:30:00Z");
  private static final DateTimeFormatter DESK =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX").withZone(ZoneId.of("Asia/Shanghai"));

  private final ReplyTemplateRepository repository = mock(ReplyTemplateRepository.class);
  private final TicketService tickets = mock(TicketService.class);
  private final StaffNames names = mock(StaffNames.class);
  private final TemplateService service =
      new TemplateService(repository, tickets, names, Clock.fixed(NOW, ZoneOffset.UTC));

  @BeforeEach
  void wire() {
    when(tickets.formatDue(any())).thenAnswer(call -> DESK.format(call.<Instant>getArgument(0)));
    when(repository.saveAndFlush(any())).thenAnswer(call -> call.getArgument(0));
    when(names.displayName(anyString())).thenReturn(Optional.empty());
  }

  // --- rendering -------------------------------------------------------------------------------

  @Test
  void everyPlaceholderIsFilledFromTheTicketWithDueTimesInTheDesksZone() {
    ReplyTemplate template =
        template(
            "Hello {{requesterName}}: {{ticketNumber}} \"{{title}}\" ({{category}}, {{priority}})"
                + " answer by {{firstResponseDue}}, fix by {{resolutionDue}}. {{agentName}}",
            "en");

    String reply = service.render(template, triagedTicket(), "Mary Li");

    assertThat(reply)
        .isEqualTo(
            "Hello Zhang San: TS20261123-0001 \"VPN drops\" (Environment configuration, P2)"
                + " answer by 2026-11-23T11:00:00+08:00, fix by 2026-11-24T17:30:00+08:00."
                + " Mary Li");
  }

  @Test
  void missingValuesReadAsNothingOrNotSet() {
    ReplyTemplate template =
        template("[{{agentName}}] [{{priority}}] [{{firstResponseDue}}] [{{resolutionDue}}]", null);

    assertThat(service.render(template, untriagedTicket(), null))
        .isEqualTo("[] [not set] [not set] [not set]");
  }

  @Test
  void chineseTemplatesGetChineseWords() {
    ReplyTemplate template =
        template("{{category}}，优先级 {{priority}}，{{firstResponseDue}}", "zh-CN");

    assertThat(service.render(template, untriagedTicket(), "Mary")).isEqualTo("环境配置，优先级 未设置，未设置");
  }

  @Test
  void htmlLookingContentIsKeptAsTextForWhoeverShowsItToEscape() {
    Ticket ticket = triagedTicket();
    when(ticket.getTitle()).thenReturn("<script>alert('x')</script> & <b>bold</b>");
    ReplyTemplate template = template("<p>Re: {{title}}</p>", "en");

    assertThat(service.render(template, ticket, "<i>Mary</i>"))
        .isEqualTo("<p>Re: <script>alert('x')</script> & <b>bold</b></p>");
    assertThat(service.render(template("{{agentName}}", "en"), ticket, "<i>Mary</i>"))
        .isEqualTo("<i>Mary</i>");
  }

  @Test
  void aReplyLongerThanAProcessVariableHoldsIsCut() {
    Ticket ticket = triagedTicket();
    when(ticket.getTitle()).thenReturn("t".repeat(200));
    ReplyTemplate template = template("{{title}}".repeat(400), "en");

    assertThat(service.render(template, ticket, "Mary")).hasSize(TemplateService.MAX_BODY);
  }

  @Test
  void cuttingNeverSplitsACharacter() {
    Ticket ticket = triagedTicket();
    when(ticket.getTitle()).thenReturn("x" + "😀".repeat(99));
    ReplyTemplate template = template("{{title}}".repeat(400), "en");

    String reply = service.render(template, ticket, "Mary");

    assertThat(reply).hasSize(TemplateService.MAX_BODY - 1);
    assertThat(Character.isHighSurrogate(reply.charAt(reply.length() - 1))).isFalse();
  }

  @Test
  void renderingByIdNeedsAnActiveTemplate() {
    ReplyTemplate active = template("Hi {{requesterName}}", "en");
    ReplyTemplate inactive = template("Bye", "en");
    inactive.deactivate("megan", NOW);
    when(repository.findById(1L)).thenReturn(Optional.of(active));
    when(repository.findById(2L)).thenReturn(Optional.of(inactive));
    when(repository.findById(3L)).thenReturn(Optional.empty());

    assertThat(service.render(1L, triagedTicket(), "Mary")).isEqualTo("Hi Zhang San");
    assertThatThrownBy(() -> service.render(2L, triagedTicket(), "Mary"))
        .isInstanceOf(UnknownTemplateException.class)
        .hasMessage("No reply template 2 was found.");
    assertThatThrownBy(() -> service.render(3L, triagedTicket(), "Mary"))
        .isInstanceOf(UnknownTemplateException.class);
  }

  @Test
  void repliesForATicketAreFilledForItsAgentByName() {
    Ticket ticket = triagedTicket();
    when(tickets.get("TS20261123-0001")).thenReturn(ticket);
    when(names.displayName("mary")).thenReturn(Optional.of("Mary Li"));
    ReplyTemplate template = template("{{agentName}} on {{ticketNumber}}", "en");
    when(repository.findAll(ArgumentMatchers.<Specification<ReplyTemplate>>any(), any(Sort.class)))
        .thenReturn(List.of(template));

    List<RenderedReply> replies = service.repliesFor("TS20261123-0001", "mary");

    assertThat(replies)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.template()).isSameAs(template);
              assertThat(r.body()).isEqualTo("Mary Li on TS20261123-0001");
            });
  }

  @Test
  void repliesForAnUnknownTicketAreNotFound() {
    when(tickets.get("TS20261123-0099")).thenThrow(new TicketNotFoundException("TS20261123-0099"));

    assertThatThrownBy(() -> service.repliesFor("TS20261123-0099", "mary"))
        .isInstanceOf(TicketNotFoundException.class);
  }

  @Test
  void agentWithoutANameIsCalledByUserId() {
    when(names.displayName("megan")).thenReturn(Optional.of("Megan Sun"));

    assertThat(service.agentName("megan")).isEqualTo("Megan Sun");
    assertThat(service.agentName("sam")).isEqualTo("sam");
    assertThat(service.agentName(null)).isEmpty();
  }

  // --- saving ----------------------------------------------------------------------------------

  @Test
  void savingAnUnknownPlaceholderIsRefusedNamingTheAllowedOnes() {
    ReplyTemplateDraft draft =
        new ReplyTemplateDraft("Greeting", null, "Dear {{customer}}, {{title}", "en", true);

    assertThatThrownBy(() -> service.createReplyTemplate(draft, "megan"))
        .isInstanceOfSatisfying(
            InvalidTemplateException.class,
            e ->
                assertThat(e.errors())
                    .hasSize(2)
                    .allSatisfy(
                        error -> {
                          assertThat(error.field()).isEqualTo("body");
                          assertThat(error.message())
                              .contains("allowed: {{requesterName}}, {{ticketNumber}}, {{title}}");
                        })
                    .anySatisfy(
                        error ->
                            assertThat(error.message())
                                .startsWith("unknown placeholder {{customer}}"))
                    .anySatisfy(error -> assertThat(error.message()).contains("is never closed")));
  }

  @Test
  void everyBrokenFieldIsReportedAtOnce() {
    ReplyTemplateDraft draft =
        new ReplyTemplateDraft(" ", Category.SYSTEM_FAULT, "x".repeat(4001), "english!", null);

    assertThatThrownBy(() -> service.createReplyTemplate(draft, "megan"))
        .isInstanceOfSatisfying(
            InvalidTemplateException.class,
            e ->
                assertThat(e.errors())
                    .containsExactly(
                        new FieldError("name", "must not be blank"),
                        new FieldError("body", "at most 4000 characters"),
                        new FieldError(
                            "language", "must be a language tag such as en, zh or zh-CN")));
  }

  @Test
  void aNewTemplateIsTrimmedActiveAndItsLanguageTagTidied() {
    ReplyTemplate saved =
        service.createReplyTemplate(
            new ReplyTemplateDraft(
                "  Ask for logs ", Category.SYSTEM_FAULT, " Please send logs. \n", "zh_cn", null),
            "megan");

    assertThat(saved.getName()).isEqualTo("Ask for logs");
    assertThat(saved.getBody()).isEqualTo("Please send logs.");
    assertThat(saved.getLanguage()).contains("zh-CN");
    assertThat(saved.getCategory()).contains(Category.SYSTEM_FAULT);
    assertThat(saved.isActive()).isTrue();
    assertThat(saved.getCreatedBy()).isEqualTo("megan");
    assertThat(saved.getUpdatedBy()).isEqualTo("megan");
    assertThat(saved.getCreatedAt()).isEqualTo(NOW);
    assertThat(saved.getUpdatedAt()).isEqualTo(NOW);
  }

  @Test
  void namesAreUniqueIgnoringCase() {
    when(repository.existsByNameIgnoreCase("greeting")).thenReturn(true);
    ReplyTemplateDraft draft = new ReplyTemplateDraft("greeting", null, "Hi", null, true);

    assertThatThrownBy(() -> service.createReplyTemplate(draft, "megan"))
        .isInstanceOf(TemplateNameTakenException.class)
        .hasMessage("Another reply template is already called 'greeting'.");
  }

  @Test
  void aNameTakenAtTheSameMomentIsStillTaken() {
    when(repository.saveAndFlush(any())).thenThrow(new DataIntegrityViolationException("uk"));
    ReplyTemplateDraft draft = new ReplyTemplateDraft("Greeting", null, "Hi", null, true);

    assertThatThrownBy(() -> service.createReplyTemplate(draft, "megan"))
        .isInstanceOf(TemplateNameTakenException.class);
  }

  @Test
  void anUpdateReplacesEveryFieldAndChecksTheVersion() {
    ReplyTemplate stored = template("Old {{title}}", "en");
    when(repository.findById(5L)).thenReturn(Optional.of(stored));
    ReplyTemplateDraft change =
        new ReplyTemplateDraft("Renamed", Category.REQUIREMENT_REQUEST, "New", null, false);

    assertThatThrownBy(() -> service.updateReplyTemplate(5L, change, 3L, "megan"))
        .isInstanceOf(TemplateChangedException.class)
        .hasMessageContaining("reply template 5 was changed by someone else");

    ReplyTemplate updated = service.updateReplyTemplate(5L, change, 0L, "demo");
    assertThat(updated.getName()).isEqualTo("Renamed");
    assertThat(updated.getCategory()).contains(Category.REQUIREMENT_REQUEST);
    assertThat(updated.getBody()).isEqualTo("New");
    assertThat(updated.getLanguage()).isEmpty();
    assertThat(updated.isActive()).isFalse();
    assertThat(updated.getUpdatedBy()).isEqualTo("demo");
    assertThat(updated.getCreatedBy()).isEqualTo("megan");
  }

  @Test
  void anUpdateLosingARaceIsAConflict() {
    when(repository.findById(5L)).thenReturn(Optional.of(template("Old", "en")));
    when(repository.saveAndFlush(any())).thenThrow(new OptimisticLockingFailureException("race"));
    ReplyTemplateDraft change = new ReplyTemplateDraft("Renamed", null, "New", null, true);

    assertThatThrownBy(() -> service.updateReplyTemplate(5L, change, null, "megan"))
        .isInstanceOf(TemplateChangedException.class);
  }

  @Test
  void anUpdateMayNotTakeAnotherTemplatesName() {
    when(repository.findById(5L)).thenReturn(Optional.of(template("Old", "en")));
    when(repository.existsByNameIgnoreCaseAndIdNot(eq("Taken"), eq(5L))).thenReturn(true);
    ReplyTemplateDraft change = new ReplyTemplateDraft("Taken", null, "New", null, true);

    assertThatThrownBy(() -> service.updateReplyTemplate(5L, change, null, "megan"))
        .isInstanceOf(TemplateNameTakenException.class);
  }

  @Test
  void deactivatingKeepsTheTemplateOnRecord() {
    ReplyTemplate stored = template("Hi", "en");
    when(repository.findById(5L)).thenReturn(Optional.of(stored));

    ReplyTemplate deactivated = service.deactivateReplyTemplate(5L, "demo");

    assertThat(deactivated.isActive()).isFalse();
    assertThat(deactivated.getUpdatedBy()).isEqualTo("demo");
    assertThat(deactivated.getBody()).isEqualTo("Hi");
    assertThatThrownBy(() -> service.deactivateReplyTemplate(6L, "demo"))
        .isInstanceOf(UnknownTemplateException.class);
  }

  // --- fixtures --------------------------------------------------------------------------------

  private static ReplyTemplate template(String body, String language) {
    return new ReplyTemplate(
        new ReplyTemplateDraft("Template", null, body, language, true), "megan", NOW);
  }

  private static Ticket triagedTicket() {
    Ticket ticket = untriagedTicket();
    when(ticket.getPriority()).thenReturn(Optional.of("P2"));
    when(ticket.getFirstResponseDueAt()).thenReturn(Optional.of(RESPONSE_DUE));
    when(ticket.getResolutionDueAt()).thenReturn(Optional.of(RESOLUTION_DUE));
    return ticket;
  }

  private static Ticket untriagedTicket() {
    Ticket ticket = mock(Ticket.class);
    when(ticket.getNumber()).thenReturn("TS20261123-0001");
    when(ticket.getTitle()).thenReturn("VPN drops");
    when(ticket.getCategory()).thenReturn(Category.ENVIRONMENT_CONFIGURATION);
    when(ticket.getRequester())
        .thenReturn(new Requester("Zhang San", "zhang.san@example.com", null, null, null));
    when(ticket.getPriority()).thenReturn(Optional.empty());
    when(ticket.getFirstResponseDueAt()).thenReturn(Optional.empty());
    when(ticket.getResolutionDueAt()).thenReturn(Optional.empty());
    return ticket;
  }
}
