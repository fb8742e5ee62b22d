package io.ticketflow.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Boots the whole application in the production ({@code postgres}) profile against a real
 * PostgreSQL server, on a random port, with the demo desk's agents so that tests can act as them.
 * All integration tests share one application context. The job executor is off: tests run due jobs
 * themselves. Metrics are exported to Prometheus as in production. The portal's submission,
 * knowledge-base and failed-call limits are raised out of the way.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "DB_URL=jdbc:postgresql://unused",
      "DB_USER=unused",
      "DB_PASSWORD=unused",
      "ADMIN_USER=" + TestUsers.ADMIN,
      "ADMIN_PASSWORD=" + TestUsers.ADMIN_PASSWORD,
      "ticketflow.demo.enabled=true",
      "camunda.bpm.job-execution.enabled=false",
      // every test client comes from 127.0.0.1; the limit itself is tested on its own
      "ticketflow.portal.submissions-per-client=100000",
      "ticketflow.portal.knowledge-requests-per-client=100000",
      "ticketflow.portal.sign-in.per-client=100000",
      // room for the failed calls other tests make on purpose; RequesterIsolationIT guesses from
      // an address of its own until it is refused
      "ticketflow.portal.failed-access-per-client=200",
      // every test client comes from 127.0.0.1: room for the failed logins tests make on purpose
      "ticketflow.login.failures-per-client=1000",
      "ticketflow.integrations.alertmanager.token=" + TestUsers.ALERTMANAGER_TOKEN,
      // Spring Boot's tests export no metrics unless asked; the Prometheus scrape is tested
      "management.prometheus.metrics.export.enabled=true"
    })
@ActiveProfiles("postgres")
@Import({
  PostgresTestConfig.class,
  MailTestConfig.class,
  WorkQueuedAtOnce.class,
  SimilarLinksWhenAsked.class
})
public @interface IntegrationTest {}
