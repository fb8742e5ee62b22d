package io.ticketflow.process.delegates;

import io.ticketflow.knowledge.KnowledgeCapture;
import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.TicketService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Stores the agent's resolution, root cause and workaround and marks the ticket resolved; then the
 * knowledge base learns from it (the article it was solved with, a reusable solution, a problem
 * that keeps coming back).
 */
@Component(Beans.RECORD_RESOLUTION)
public class RecordResolutionDelegate implements JavaDelegate {

  private final TicketService tickets;
  private final KnowledgeCapture knowledge;

  public RecordResolutionDelegate(TicketService tickets, KnowledgeCapture knowledge) {
    this.tickets = tickets;
    this.knowledge = knowledge;
  }

  @Override
  public void execute(DelegateExecution execution) {
    tickets.resolve(
        (String) execution.getVariable(Vars.TICKET_NUMBER),
        (String) execution.getVariable(Vars.RESOLUTION),
        (String) execution.getVariable(Vars.ROOT_CAUSE),
        (String) execution.getVariable(Vars.WORKAROUND),
        (String) execution.getVariable(Vars.AGENT));
    knowledge.afterResolution(
        (String) execution.getVariable(Vars.TICKET_NUMBER),
        (String) execution.getVariable(Vars.SOLVED_WITH_ARTICLE),
        Boolean.TRUE.equals(execution.getVariable(Vars.REUSABLE_SOLUTION)),
        (String) execution.getVariable(Vars.AGENT));
  }
}
