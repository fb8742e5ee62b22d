package io.ticketflow.process.listeners;

import io.ticketflow.knowledge.Article;
import io.ticketflow.knowledge.KnowledgeService;
import io.ticketflow.process.ArticleForm;
import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A writing or review task of a captured article was opened: the form gets the article as it stands
 * (to edit), its source tickets and the note of the round before, and Tasklist's list shows the
 * article number and title.
 */
@Component(Beans.ARTICLE_TASK_CREATED)
public class ArticleTaskCreatedListener implements TaskListener {

  private final KnowledgeService knowledge;

  public ArticleTaskCreatedListener(KnowledgeService knowledge) {
    this.knowledge = knowledge;
  }

  @Override
  public void notify(DelegateTask task) {
    Article article = knowledge.get((String) task.getVariable(Vars.ARTICLE_NUMBER));
    Object previousNote = task.getExecution().getVariable(Vars.ARTICLE_NOTE);
    task.getExecution()
        .removeVariables(java.util.List.of(Vars.ARTICLE_DECISION, Vars.ARTICLE_NOTE));
    task.setVariablesLocal(
        ArticleForm.of(article, knowledge.links(article))
            .putValue(Vars.PREVIOUS_NOTE, previousNote == null ? "" : previousNote.toString()));
    task.setDescription(article.getNumber() + " · " + article.getTitle());
  }
}
