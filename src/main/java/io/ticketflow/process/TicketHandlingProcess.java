package io.ticketflow.process;

import io.ticketflow.process.ProcessModel.Messages;
import io.ticketflow.process.ProcessModel.Outcomes;
import io.ticketflow.process.ProcessModel.TicketHandling;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.EscalationReason;
import io.ticketflow.ticket.IllegalTicketStateException;
import io.ticketflow.ticket.Rating;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketProcessPort;
import io.ticketflow.ticket.TitleFlags;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Starts {@code ticket-handling} for a ticket and passes the requester's answers to it. */
@Component
public class TicketHandlingProcess implements TicketProcessPort {

  private final RuntimeService runtime;

  public TicketHandlingProcess(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public String startHandling(Ticket ticket) {
    return runtime
        .startProcessInstanceByKey(
            TicketHandling.KEY,
            ticket.getNumber(),
            Variables.createVariables()
                .putValue(Vars.TICKET_NUMBER, ticket.getNumber())
                .putValue(Vars.CATEGORY, ticket.getCategory().name())
                .putValue(Vars.SUBCATEGORY, ticket.getSubcategory().name())
                // read by the decisions of the start's transaction only: transient, never stored
                .putValueTyped(
                    Vars.URGENCY, Variables.stringValue(ticket.getUrgency().name(), true))
                .putValueTyped(Vars.IMPACT, Variables.stringValue(ticket.getImpact().name(), true))
                .putValueTyped(
                    Vars.MENTIONS_PASSWORD,
                    Variables.booleanValue(TitleFlags.mentionsPassword(ticket.getTitle()), true)))
        .getId();
  }

  @Override
  public void customerReplied(String ticketNumber) {
    EngineConflicts.translated(
        () ->
            runtime
                .createMessageCorrelation(Messages.CUSTOMER_REPLIED)
                .processInstanceBusinessKey(ticketNumber)
                .correlateAll());
  }

  @Override
  public boolean requestEscalation(
      String ticketNumber, EscalationReason reason, String note, String actor) {
    // only the called tiered-support instance subscribes to this message, and only while it works
    return !EngineConflicts.translated(
            () ->
                runtime
                    .createMessageCorrelation(Messages.ESCALATION_REQUESTED)
                    .processInstanceBusinessKey(ticketNumber)
                    .setVariable(Vars.ESCALATION_REASON, reason.name())
                    .setVariable(Vars.ESCALATION_NOTE, note)
                    .setVariable(Vars.AGENT, actor)
                    .correlateAllWithResult())
        .isEmpty();
  }

  @Override
  public void confirmationReceived(String ticketNumber, boolean resolved, String comment) {
    try {
      EngineConflicts.translated(
          () ->
              runtime
                  .createMessageCorrelation(Messages.CONFIRMATION_RECEIVED)
                  .processInstanceBusinessKey(ticketNumber)
                  .setVariable(Vars.REQUESTER_CONFIRMED, resolved)
                  .setVariable(Vars.CONFIRMATION_COMMENT, comment)
                  .correlate());
    } catch (MismatchingMessageCorrelationException noLongerWaiting) {
      // the confirmation window closed (timer) between the status check and this answer
      throw new IllegalTicketStateException(
          "Ticket " + ticketNumber + " is no longer waiting for your confirmation.");
    }
  }

  @Override
  public boolean resolveWithIncident(String ticketNumber, String resolution, String actor) {
    // subscribed to by the work (tiered-support) while worked, or by ticket-handling while it
    // waits for the requester; at any other moment nobody is and the ticket is left as it is
    return !EngineConflicts.translated(
            () ->
                runtime
                    .createMessageCorrelation(Messages.INCIDENT_RESOLVED)
                    .processInstanceBusinessKey(ticketNumber)
                    .setVariable(Vars.OUTCOME, Outcomes.RESOLVED)
                    .setVariable(Vars.RESOLUTION, resolution)
                    .setVariable(Vars.AGENT, actor)
                    .correlateAllWithResult())
        .isEmpty();
  }

  @Override
  public void feedbackReceived(String ticketNumber, Rating rating, Integer score) {
    // only the ticket's satisfaction-survey subscribes, and only while it awaits the rating
    EngineConflicts.translated(
        () ->
            runtime
                .createMessageCorrelation(Messages.FEEDBACK_RECEIVED)
                .processInstanceBusinessKey(ticketNumber)
                .setVariable(Vars.RATING, rating.name())
                .setVariable(Vars.SCORE, score)
                .correlateAll());
  }

  @Override
  public boolean ticketMerged(String ticketNumber, String master, String actor) {
    // only ticket-handling subscribes (an interrupting event subprocess), for as long as it runs
    return !EngineConflicts.translated(
            () ->
                runtime
                    .createMessageCorrelation(Messages.TICKET_MERGED)
                    .processInstanceBusinessKey(ticketNumber)
                    .setVariable(Vars.MERGED_INTO, master)
                    .setVariable(Vars.AGENT, actor)
                    .correlateAllWithResult())
        .isEmpty();
  }
}
