package io.ticketflow.process;

import io.ticketflow.ticket.TicketService;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who is acting in the engine right now: the authenticated user, or the system for timers and jobs.
 */
@Component
public class ProcessActors {

  private final IdentityService identity;

  public ProcessActors(IdentityService identity) {
    this.identity = identity;
  }

  public String current() {
    return Optional.ofNullable(identity.getCurrentAuthentication())
        .map(Authentication::getUserId)
        .orElse(TicketService.SYSTEM_ACTOR);
  }
}
