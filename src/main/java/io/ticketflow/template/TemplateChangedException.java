package io.ticketflow.template;

/** Someone changed the template since the version the change was made against. */
public class TemplateChangedException extends RuntimeException {

  public TemplateChangedException(String kind, long id) {
    super(
        "The "
            + kind
            + " "
            + id
            + " was changed by someone else in the meantime; reload it and try again.");
  }
}
