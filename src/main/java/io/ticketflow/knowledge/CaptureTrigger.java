package io.ticketflow.knowledge;

/** Why an article is being captured. */
public enum CaptureTrigger {
  /** An agent marked a resolution as reusable: the draft comes from the ticket and is reviewed. */
  REUSABLE_SOLUTION,
  /** The same problem keeps coming back: someone writes the article, then it is reviewed. */
  RECURRING_PROBLEM
}
