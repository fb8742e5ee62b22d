package io.ticketflow.support;

import io.ticketflow.process.ProcessModel.TicketHandling;
import io.ticketflow.process.TicketHandlingProcess;
import io.ticketflow.ticket.EscalationReason;
import io.ticketflow.ticket.Rating;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketProcessPort;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The integration tests keep the job executor off. A new ticket's work is queued by a job after the
 * intake's commit; this stands in for the job executor for that one job, running it right after the
 * commit in the same request, so that a test finds the work task as soon as the ticket is created.
 * {@code LeanTicketPathIT} tests the job itself, with the real port.
 */
@TestConfiguration(proxyBeanMethods = false)
public class WorkQueuedAtOnce {

  private static volatile boolean held;

  /**
   * Until the returned handle is closed, new tickets' work stays in its job, as under a busy job
   * executor: a test can then race the job against people acting on the ticket.
   */
  public static AutoCloseable hold() {
    held = true;
    return () -> held = false;
  }

  @Bean
  @Primary
  TicketProcessPort workQueuedAtOnce(
      TicketHandlingProcess process,
      ManagementService management,
      IdentityService identity,
      PlatformTransactionManager transactions) {
    TransactionTemplate ownTransaction = new TransactionTemplate(transactions);
    ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    return new TicketProcessPort() {
      @Override
      public String startHandling(Ticket ticket) {
        String instance = process.startHandling(ticket);
        if (held) {
          return instance;
        }
        TransactionSynchronizationManager.registerSynchronization(
            new TransactionSynchronization() {
              @Override
              public void afterCommit() {
                // as the job executor: in no user's name, whoever's request opened the ticket
                Authentication caller = identity.getCurrentAuthentication();
                identity.clearAuthentication();
                try {
                  queueWork(instance);
                } finally {
                  if (caller != null) {
                    identity.setAuthentication(caller);
                  }
                }
              }

              private void queueWork(String instance) {
                ownTransaction.executeWithoutResult(
                    status ->
                        management
                            .createJobQuery()
                            .processInstanceId(instance)
                            .activityId(TicketHandling.RECORD_TRIAGE)
                            .list()
                            .forEach(job -> management.executeJob(job.getId())));
              }
            });
        return instance;
      }

      @Override
      public void customerReplied(String ticketNumber) {
        process.customerReplied(ticketNumber);
      }

      @Override
      public boolean requestEscalation(
          String ticketNumber, EscalationReason reason, String note, String actor) {
        return process.requestEscalation(ticketNumber, reason, note, actor);
      }

      @Override
      public void confirmationReceived(String ticketNumber, boolean resolved, String comment) {
        process.confirmationReceived(ticketNumber, resolved, comment);
      }

      @Override
      public boolean resolveWithIncident(String ticketNumber, String resolution, String actor) {
        return process.resolveWithIncident(ticketNumber, resolution, actor);
      }

      @Override
      public boolean ticketMerged(String ticketNumber, String master, String actor) {
        return process.ticketMerged(ticketNumber, master, actor);
      }

      @Override
      public void feedbackReceived(String ticketNumber, Rating rating, Integer score) {
        process.feedbackReceived(ticketNumber, rating, score);
      }
    };
  }
}
