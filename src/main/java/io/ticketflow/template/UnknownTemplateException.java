package io.ticketflow.template;

/** No template with this id, or none that may be used (it is inactive). */
public class UnknownTemplateException extends RuntimeException {

  public UnknownTemplateException(String kind, long id) {
    super("No " + kind + " " + id + " was found.");
  }

  public UnknownTemplateException(String message) {
    super(message);
  }
}
