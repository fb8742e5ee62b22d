package io.ticketflow.config;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.ticketflow.ticket.PersonalDataMask;

/**
 * The log message with every e-mail address and phone number masked as the archive masks them
 * ({@link PersonalDataMask#text}), whichever class logged it. Bound to {@code %m}, {@code %msg} and
 * {@code %message} in {@code logback-masking.xml}.
 */
public class MaskingMessageConverter extends MessageConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return PersonalDataMask.text(super.convert(event));
  }
}
