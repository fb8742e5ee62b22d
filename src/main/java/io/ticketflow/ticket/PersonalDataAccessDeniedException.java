package io.ticketflow.ticket;

/** The caller may not see personal data unmasked. */
public class PersonalDataAccessDeniedException extends RuntimeException {

  public PersonalDataAccessDeniedException(String user) {
    super(user + " may not read personal data unmasked.");
  }
}
