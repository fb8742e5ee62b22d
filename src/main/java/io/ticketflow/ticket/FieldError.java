package io.ticketflow.ticket;

import java.io.Serializable;

/** One invalid input field and what is wrong with it. */
public record FieldError(String field, String message) implements Serializable {}
