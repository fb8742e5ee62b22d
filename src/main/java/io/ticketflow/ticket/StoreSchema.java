package io.ticketflow.ticket;

/** The schema the ticket store's tables live in, for SQL written by hand. */
public final class StoreSchema {

  /** Where the schema is configured: {@code app} on PostgreSQL, blank (the default) on H2. */
  public static final String PROPERTY = "${spring.jpa.properties.hibernate.default_schema:}";

  private StoreSchema() {}

  /**
   * {@code schema + "."}, or nothing for the default schema.
   *
   * @throws IllegalArgumentException when {@code schema} is not a plain SQL name
   */
  public static String prefix(String schema) {
    if (schema == null || schema.isBlank()) {
      return "";
    }
    if (!schema.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new IllegalArgumentException("not a schema name: " + schema);
    }
    return schema + ".";
  }
}
