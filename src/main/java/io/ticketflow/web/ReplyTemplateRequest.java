package io.ticketflow.web;

import io.ticketflow.template.ReplyTemplateDraft;
import io.ticketflow.template.TemplateService;
import io.ticketflow.ticket.Category;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST} and {@code PUT /api/reply-templates}; a PUT replaces every field.
 *
 * @param category the category whose tickets it suits; null for every category
 * @param body the text; placeholders are written {@code {{name}}}
 * @param language a language tag such as {@code en} or {@code zh-CN}, optional
 * @param active null means true
 * @param version on PUT, the version the change was made against (409 when it is not the stored
 *     one); optional
 */
public record ReplyTemplateRequest(
    @NotBlank @Size(max = 100) String name,
    Category category,
    @NotBlank @Size(max = TemplateService.MAX_BODY) String body,
    @Size(max = 35) String language,
    Boolean active,
    Long version) {

  ReplyTemplateDraft toDraft() {
    return new ReplyTemplateDraft(name, category, body, language, active);
  }
}
