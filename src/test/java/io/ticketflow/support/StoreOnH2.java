package io.ticketflow.support;

import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** A fresh in-memory H2 database with the ticket store's migrations, for tests of one class. */
public final class StoreOnH2 {

  private StoreOnH2() {}

  public static DataSource migrated() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:store-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .placeholders(Map.of("postgresql_only", "--"))
        .load()
        .migrate();
    return dataSource;
  }
}
