package io.ticketflow.process;

import io.ticketflow.knowledge.CaptureTrigger;
import io.ticketflow.knowledge.KnowledgeCapturePort;
import io.ticketflow.process.ProcessModel.KnowledgeCapture;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Subcategory;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Starts {@code knowledge-capture} for a draft article (business key = article number). */
@Component
public class KnowledgeCaptureProcess implements KnowledgeCapturePort {

  private final RuntimeService runtime;

  public KnowledgeCaptureProcess(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public void startCapture(
      String articleNumber, CaptureTrigger trigger, Category category, Subcategory subcategory) {
    runtime.startProcessInstanceByKey(
        KnowledgeCapture.KEY,
        articleNumber,
        Variables.createVariables()
            .putValue(Vars.ARTICLE_NUMBER, articleNumber)
            .putValue(Vars.TRIGGER, trigger.name())
            .putValue(Vars.CATEGORY, category.name())
            .putValue(Vars.SUBCATEGORY, subcategory.name()));
  }
}
