package io.ticketflow.ticket;

/** Subcategories, each belonging to exactly one {@link Category}. */
public enum Subcategory {
  SOFTWARE_BUG(Category.SYSTEM_FAULT),
  DATA_ANOMALY(Category.SYSTEM_FAULT),
  INTEGRATION_FAILURE(Category.SYSTEM_FAULT),
  CRASH(Category.SYSTEM_FAULT),
  LOGIN_FAILURE(Category.SYSTEM_FAULT),
  SYNC_FAILURE(Category.SYSTEM_FAULT),
  HOW_TO(Category.OPERATION_GUIDANCE),
  TRAINING_REQUEST(Category.OPERATION_GUIDANCE),
  PERMISSION_CONFIGURATION(Category.OPERATION_GUIDANCE),
  CLIENT_INSTALLATION(Category.ENVIRONMENT_CONFIGURATION),
  NETWORK_SETTINGS(Category.ENVIRONMENT_CONFIGURATION),
  DRIVER_UPDATE(Category.ENVIRONMENT_CONFIGURATION),
  COMPATIBILITY(Category.ENVIRONMENT_CONFIGURATION),
  IMPROVEMENT_SUGGESTION(Category.REQUIREMENT_REQUEST),
  NEW_FEATURE(Category.REQUIREMENT_REQUEST),
  CROSS_DEPARTMENT(Category.REQUIREMENT_REQUEST);

  private final Category category;

  Subcategory(Category category) {
    this.category = category;
  }

  public Category category() {
    return category;
  }

  public boolean belongsTo(Category other) {
    return category == other;
  }
}
