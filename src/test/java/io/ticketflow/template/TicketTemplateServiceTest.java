package io.ticketflow.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.FieldError;
import io.ticketflow.ticket.Impact;
import io.ticketflow.ticket.Subcategory;
import io.ticketflow.ticket.Urgency;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;

class TicketTemplateServiceTest {

  private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");

  private final TicketTemplateRepository repository = mock(TicketTemplateRepository.class);
  private final TicketTemplateService service =
      new TicketTemplateService(repository, Clock.fixed(NOW, ZoneOffset.UTC));

  @BeforeEach
  void wire() {
    when(repository.saveAndFlush(any())).thenAnswer(call -> call.getArgument(0));
  }

  @Test
  void theSubcategoryMustBelongToTheCategoryAsOnATicket() {
    TicketTemplateDraft draft =
        draft("VPN", Category.SYSTEM_FAULT, Subcategory.NETWORK_SETTINGS, null);

    assertThatThrownBy(() -> service.createTicketTemplate(draft, "megan"))
        .isInstanceOfSatisfying(
            InvalidTemplateException.class,
            e ->
                assertThat(e.errors())
                    .containsExactly(
                        new FieldError(
                            "subcategory",
                            "NETWORK_SETTINGS is not a subcategory of SYSTEM_FAULT")));
  }

  @Test
  void everyMissingOrBrokenFieldIsReportedAtOnce() {
    TicketTemplateDraft draft =
        new TicketTemplateDraft(
            "n".repeat(101), "", "d".repeat(4001), null, null, null, null, "-", null, -1);

    assertThatThrownBy(() -> service.createTicketTemplate(draft, "megan"))
        .isInstanceOfSatisfying(
            InvalidTemplateException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly(
                        "name",
                        "title",
                        "description",
                        "category",
                        "subcategory",
                        "urgency",
                        "language",
                        "sortOrder"));
  }

  @Test
  void absentFieldsTakeTheTicketsDefaults() {
    TicketTemplate saved =
        service.createTicketTemplate(
            new TicketTemplateDraft(
                " Printer ",
                " Printer does not print ",
                null,
                Category.ENVIRONMENT_CONFIGURATION,
                Subcategory.DRIVER_UPDATE,
                Urgency.NORMAL,
                null,
                null,
                null,
                null),
            "megan");

    assertThat(saved.getName()).isEqualTo("Printer");
    assertThat(saved.getTitle()).isEqualTo("Printer does not print");
    assertThat(saved.getDescription()).isEmpty();
    assertThat(saved.getImpact()).isEqualTo(Impact.INDIVIDUAL);
    assertThat(saved.getLanguage()).isEmpty();
    assertThat(saved.isActive()).isTrue();
    assertThat(saved.getSortOrder()).isZero();
    assertThat(saved.getCreatedBy()).isEqualTo("megan");
    assertThat(saved.getCreatedAt()).isEqualTo(NOW);
  }

  @Test
  void thePortalOffersTheRequestersLanguageAndTheLanguageFreeOnes() {
    TicketTemplate english = saved("Password reset", "en");
    TicketTemplate chinese = saved("密码重置", "zh-CN");
    TicketTemplate everyone = saved("Other", null);
    when(repository.findByActive(eq(true), any(Sort.class)))
        .thenReturn(List.of(english, chinese, everyone));

    assertThat(service.offeredTo("zh")).containsExactly(chinese, everyone);
    assertThat(service.offeredTo("zh_TW")).containsExactly(chinese, everyone);
    assertThat(service.offeredTo("en-GB")).containsExactly(english, everyone);
    assertThat(service.offeredTo(null)).containsExactly(english, chinese, everyone);
  }

  @Test
  void namesAreUniqueAlsoWhenTakenAtTheSameMoment() {
    TicketTemplateDraft draft =
        draft("VPN", Category.ENVIRONMENT_CONFIGURATION, Subcategory.NETWORK_SETTINGS, "en");
    when(repository.existsByNameIgnoreCase("VPN")).thenReturn(true, false);
    when(repository.saveAndFlush(any())).thenThrow(new DataIntegrityViolationException("uk"));

    assertThatThrownBy(() -> service.createTicketTemplate(draft, "megan"))
        .isInstanceOf(TemplateNameTakenException.class)
        .hasMessage("Another ticket template is already called 'VPN'.");
    assertThatThrownBy(() -> service.createTicketTemplate(draft, "megan"))
        .isInstanceOf(TemplateNameTakenException.class);
  }

  @Test
  void anUpdateReplacesEveryFieldAndChecksVersionAndName() {
    TicketTemplate stored = saved("VPN", "en");
    when(repository.findById(4L)).thenReturn(Optional.of(stored));
    when(repository.existsByNameIgnoreCaseAndIdNot("Taken", 4L)).thenReturn(true);
    TicketTemplateDraft change =
        new TicketTemplateDraft(
            "VPN (home)",
            "VPN at home",
            "Router:",
            Category.ENVIRONMENT_CONFIGURATION,
            Subcategory.COMPATIBILITY,
            Urgency.URGENT,
            Impact.DEPARTMENT,
            "zh-cn",
            false,
            7);

    assertThatThrownBy(() -> service.updateTicketTemplate(4L, change, 9L, "megan"))
        .isInstanceOf(TemplateChangedException.class);
    assertThatThrownBy(
            () ->
                service.updateTicketTemplate(
                    4L,
                    draft("Taken", Category.SYSTEM_FAULT, Subcategory.CRASH, null),
                    null,
                    "megan"))
        .isInstanceOf(TemplateNameTakenException.class);

    TicketTemplate updated = service.updateTicketTemplate(4L, change, 0L, "demo");
    assertThat(updated.getName()).isEqualTo("VPN (home)");
    assertThat(updated.getTitle()).isEqualTo("VPN at home");
    assertThat(updated.getDescription()).isEqualTo("Router:");
    assertThat(updated.getSubcategory()).isEqualTo(Subcategory.COMPATIBILITY);
    assertThat(updated.getUrgency()).isEqualTo(Urgency.URGENT);
    assertThat(updated.getImpact()).isEqualTo(Impact.DEPARTMENT);
    assertThat(updated.getLanguage()).contains("zh-CN");
    assertThat(updated.isActive()).isFalse();
    assertThat(updated.getSortOrder()).isEqualTo(7);
    assertThat(updated.getUpdatedBy()).isEqualTo("demo");
  }

  @Test
  void anUpdateLosingARaceIsAConflict() {
    TicketTemplate stored = saved("VPN", "en");
    when(repository.findById(4L)).thenReturn(Optional.of(stored));
    when(repository.saveAndFlush(any())).thenThrow(new OptimisticLockingFailureException("race"));
    TicketTemplateDraft change =
        draft("VPN", Category.ENVIRONMENT_CONFIGURATION, Subcategory.NETWORK_SETTINGS, "en");

    assertThatThrownBy(() -> service.updateTicketTemplate(4L, change, null, "megan"))
        .isInstanceOf(TemplateChangedException.class);
  }

  @Test
  void deactivatingTakesItOffThePortalButKeepsIt() {
    TicketTemplate stored = saved("VPN", "en");
    when(repository.findById(4L)).thenReturn(Optional.of(stored));

    assertThat(service.deactivateTicketTemplate(4L, "demo").isActive()).isFalse();
    assertThat(stored.getUpdatedBy()).isEqualTo("demo");
    assertThatThrownBy(() -> service.ticketTemplate(5L))
        .isInstanceOf(UnknownTemplateException.class)
        .hasMessage("No ticket template 5 was found.");
  }

  private TicketTemplate saved(String name, String language) {
    return service.createTicketTemplate(
        draft(name, Category.ENVIRONMENT_CONFIGURATION, Subcategory.NETWORK_SETTINGS, language),
        "megan");
  }

  private static TicketTemplateDraft draft(
      String name, Category category, Subcategory subcategory, String language) {
    return new TicketTemplateDraft(
        name,
        "Title of " + name,
        "Since when:",
        category,
        subcategory,
        Urgency.IMPORTANT,
        Impact.INDIVIDUAL,
        language,
        true,
        10);
  }
}
