package io.ticketflow.config;

import java.sql.DatabaseMetaData;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Tells the migrations which database they run on: the placeholder {@code ${postgresql_only}} is
 * empty on PostgreSQL and {@code --} (a comment) elsewhere, so that one migration can hold a
 * PostgreSQL-only statement (an expression index) and still run on H2. {@code application.yaml}
 * gives the comment as the default for contexts without this bean (tests of single layers).
 */
@Component
public class FlywayDatabasePlaceholders implements FlywayConfigurationCustomizer {

  static final String POSTGRESQL_ONLY = "postgresql_only";
  private static final String COMMENT = "--";

  @Override
  public void customize(FluentConfiguration configuration) {
    Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
    placeholders.put(POSTGRESQL_ONLY, isPostgresql(configuration) ? "" : COMMENT);
    configuration.placeholders(placeholders);
  }

  private static boolean isPostgresql(FluentConfiguration configuration) {
    try {
      String product =
          JdbcUtils.extractDatabaseMetaData(
              configuration.getDataSource(), DatabaseMetaData::getDatabaseProductName);
      return "PostgreSQL".equalsIgnoreCase(product);
    } catch (MetaDataAccessException e) {
      throw new IllegalStateException("Cannot tell which database the migrations run on", e);
    }
  }
}
