package io.ticketflow.config;

import ch.qos.logback.classic.spi.IThrowableProxy;
import io.ticketflow.ticket.PersonalDataMask;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * A logged exception's stack trace, as Spring Boot prints it, with every e-mail address and phone
 * number in it masked: exception messages carry values (a refused address, a duplicate key). Bound
 * to the throwable conversion words ({@code %wEx}, {@code %ex}…) in {@code logback-masking.xml}.
 */
public class MaskingThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

  @Override
  protected String throwableProxyToString(IThrowableProxy throwable) {
    return PersonalDataMask.text(super.throwableProxyToString(throwable));
  }
}
