package io.ticketflow.template;

import io.ticketflow.ticket.Category;

/**
 * What a manager writes for a canned reply.
 *
 * @param category the category whose tickets it suits; null for every category
 * @param body the text with {@code {{name}}} placeholders, at most {@link TemplateService#MAX_BODY}
 *     characters
 * @param language a BCP 47 tag ({@code en}, {@code zh-CN}), or null
 * @param active whether agents are offered it; null means yes
 */
public record ReplyTemplateDraft(
    String name, Category category, String body, String language, Boolean active) {}
