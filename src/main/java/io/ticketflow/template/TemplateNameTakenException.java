package io.ticketflow.template;

/** Another template of the same kind already has this name (names are compared ignoring case). */
public class TemplateNameTakenException extends RuntimeException {

  public TemplateNameTakenException(String kind, String name) {
    super("Another " + kind + " is already called '" + name + "'.");
  }
}
