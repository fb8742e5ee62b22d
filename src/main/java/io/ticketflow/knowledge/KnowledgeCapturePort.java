package io.ticketflow.knowledge;

import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Subcategory;

/** What the knowledge base needs from the process engine: the capture of a draft article. */
public interface KnowledgeCapturePort {

  /** Starts the review (or the writing, then the review) of the draft article {@code number}. */
  void startCapture(
      String articleNumber, CaptureTrigger trigger, Category category, Subcategory subcategory);
}
