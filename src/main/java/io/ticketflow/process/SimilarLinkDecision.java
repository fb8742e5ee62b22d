package io.ticketflow.process;

import io.ticketflow.process.ProcessModel.Decisions;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.SimilarLinkPolicy;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** {@link SimilarLinkPolicy} as the deployed decision {@code similar-ticket-linking}. */
@Component
public class SimilarLinkDecision implements SimilarLinkPolicy {

  private final DecisionService decisions;

  public SimilarLinkDecision(DecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public boolean shouldLink(double termOverlap, boolean sameCategory) {
    Boolean link =
        decisions
            .evaluateDecisionTableByKey(
                Decisions.SIMILAR_TICKET_LINKING,
                Variables.createVariables()
                    .putValue(Vars.TERM_OVERLAP, termOverlap)
                    .putValue(Vars.SAME_CATEGORY, sameCategory))
            .getSingleResult()
            .getEntry(Vars.LINK_SIMILAR);
    return Boolean.TRUE.equals(link);
  }
}
