package io.ticketflow.template;

/**
 * A canned reply filled in for one ticket and agent.
 *
 * @param body the text with the placeholders filled, ready to edit and send
 */
public record RenderedReply(ReplyTemplate template, String body) {}
