package io.ticketflow.support;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A real PostgreSQL server for integration tests, started in-process by the build. The server is a
 * bean closed by the context after the engine and the pool, never by a JVM shutdown hook.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PostgresTestConfig {

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres() throws IOException {
    return EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
  }

  @Bean
  @Primary
  DataSource dataSource(EmbeddedPostgres postgres) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    config.setUsername("postgres");
    config.setPassword("postgres");
    config.setMaximumPoolSize(20);
    return new HikariDataSource(config);
  }
}
