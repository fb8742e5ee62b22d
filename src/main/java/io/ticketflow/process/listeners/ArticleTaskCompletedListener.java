package io.ticketflow.process.listeners;

import io.ticketflow.knowledge.Article;
import io.ticketflow.knowledge.InvalidArticleException;
import io.ticketflow.knowledge.KnowledgeService;
import io.ticketflow.process.ArticleForm;
import io.ticketflow.process.ProcessActors;
import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.KnowledgeCapture;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * A writing or review task is being completed: the decision must be one the task offers, a decision
 * against the article needs a note, and an article that goes on is saved as edited (a new version
 * when anything changed). A refusal is a form validation error; the task stays open.
 */
@Component(Beans.ARTICLE_TASK_COMPLETED)
public class ArticleTaskCompletedListener implements TaskListener {

  static final List<String> WRITE_DECISIONS = List.of("SUBMIT", "NOT_NEEDED");
  static final List<String> REVIEW_DECISIONS = List.of("PUBLISH", "REWORK", "REJECT");

  /** Decisions that keep the article going: its edits are saved. */
  private static final List<String> KEEPING = List.of("SUBMIT", "PUBLISH", "REWORK");

  /** Decisions against the article as it stands: they need a note saying why. */
  private static final List<String> NEEDING_NOTE = List.of("NOT_NEEDED", "REWORK", "REJECT");

  private static final int MAX_NOTE = 2000;

  private final KnowledgeService knowledge;
  private final ProcessActors actors;

  public ArticleTaskCompletedListener(KnowledgeService knowledge, ProcessActors actors) {
    this.knowledge = knowledge;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    List<String> offered =
        KnowledgeCapture.WRITE_ARTICLE.equals(task.getTaskDefinitionKey())
            ? WRITE_DECISIONS
            : REVIEW_DECISIONS;
    Object decided = task.getVariable(Vars.ARTICLE_DECISION);
    String decision = decided == null ? "" : decided.toString();
    Object note = task.getVariable(Vars.ARTICLE_NOTE);
    List<FieldError> errors = new ArrayList<>();
    if (!offered.contains(decision)) {
      errors.add(
          new FieldError(Vars.ARTICLE_DECISION, "choose one of " + String.join(", ", offered)));
    } else if (NEEDING_NOTE.contains(decision) && (note == null || note.toString().isBlank())) {
      errors.add(new FieldError(Vars.ARTICLE_NOTE, "say why"));
    }
    if (note != null && note.toString().length() > MAX_NOTE) {
      errors.add(new FieldError(Vars.ARTICLE_NOTE, "must be at most " + MAX_NOTE + " characters"));
    }
    refuseIfAny(errors);
    String actor = task.getAssignee() != null ? task.getAssignee() : actors.current();
    if (KEEPING.contains(decision)) {
      String number = (String) task.getVariable(Vars.ARTICLE_NUMBER);
      Article article = knowledge.get(number);
      try {
        knowledge.update(number, ArticleForm.content(task, article), actor);
      } catch (InvalidArticleException invalid) {
        refuseIfAny(invalid.errors());
      }
    }
    task.getExecution().setVariable(Vars.AGENT, actor);
  }

  private static void refuseIfAny(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new FormFieldValidationException(
          errors,
          errors.stream()
              .map(e -> e.field() + ": " + e.message())
              .collect(Collectors.joining("; ")));
    }
  }
}
