package io.ticketflow.ticket;

/**
 * The satisfaction survey of a closed ticket as it opens: a rating given before closing counts at
 * once.
 *
 * @param score the 1–5 score, or null when none was given
 */
public record SurveyState(boolean rated, Rating rating, Integer score) {}
