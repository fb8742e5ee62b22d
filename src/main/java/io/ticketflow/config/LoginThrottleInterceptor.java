package io.ticketflow.config;

import java.time.Duration;
import java.util.Optional;
import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the {@link LoginThrottle} to every password check the engine makes for an HTTP request
 * (HTTP Basic on {@code /api} and {@code /engine-rest}, the webapps' login form): a try that must
 * wait fails as a wrong password would, without the password being checked. Checks made outside an
 * HTTP request are not throttled.
 */
public class LoginThrottleInterceptor extends CommandInterceptor {

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottleInterceptor.class);

  private final LoginThrottle throttle;
  private final String webappPath;

  public LoginThrottleInterceptor(LoginThrottle throttle, String webappPath) {
    this.throttle = throttle;
    this.webappPath = webappPath;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T execute(Command<T> command) {
    if (!(command instanceof CheckPassword check)) {
      return next.execute(command);
    }
    String client = RequestOrigin.current(webappPath).clientAddress();
    String user = IdentityChanges.checkedUser(check);
    if (client == null || user == null) {
      return next.execute(command);
    }
    Optional<Duration> wait = throttle.refusal(user, client);
    if (wait.isPresent()) {
      LOG.warn("Refused a login from {}: too many failures, wait {}", client, wait.get());
      return (T) Boolean.FALSE;
    }
    T valid = next.execute(command);
    if (Boolean.TRUE.equals(valid)) {
      throttle.succeeded(user, client);
    } else {
      throttle.failed(user, client);
    }
    return valid;
  }
}
