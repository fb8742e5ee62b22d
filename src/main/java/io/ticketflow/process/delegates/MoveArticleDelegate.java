package io.ticketflow.process.delegates;

import io.ticketflow.knowledge.KnowledgeService;
import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.KnowledgeCapture;
import io.ticketflow.process.ProcessModel.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Moves the captured article on, as the step it runs in says: Submit for review, Publish article
 * (requesters and agents find it from then on), Return for rework (back to draft) or Discard draft
 * (retired; it stays in the history). The actor is whoever completed the task before.
 */
@Component(Beans.MOVE_ARTICLE)
public class MoveArticleDelegate implements JavaDelegate {

  private final KnowledgeService knowledge;

  public MoveArticleDelegate(KnowledgeService knowledge) {
    this.knowledge = knowledge;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(Vars.ARTICLE_NUMBER);
    String actor = (String) execution.getVariable(Vars.AGENT);
    switch (execution.getCurrentActivityId()) {
      case KnowledgeCapture.SUBMIT_FOR_REVIEW -> knowledge.submitForReview(number, actor);
      case KnowledgeCapture.PUBLISH_ARTICLE -> knowledge.publish(number, actor);
      case KnowledgeCapture.RETURN_FOR_REWORK -> knowledge.returnToDraft(number, actor);
      case KnowledgeCapture.DISCARD_DRAFT -> knowledge.retire(number, actor);
      default ->
          throw new IllegalStateException(
              "No article move is defined for step " + execution.getCurrentActivityId());
    }
  }
}
