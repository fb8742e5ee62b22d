package io.ticketflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts ticketflow: the ticket store, the REST API and the embedded Camunda engine with its
 * webapps.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TicketflowApplication {

  public static void main(String[] args) {
    SpringApplication.run(TicketflowApplication.class, args);
  }
}
