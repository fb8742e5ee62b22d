package io.ticketflow.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts {@link TicketAccessInterceptor} in front of every handler of the staff ticket API. */
@Configuration
public class TicketAccessConfig implements WebMvcConfigurer {

  private final TicketAccessInterceptor ticketAccess;

  public TicketAccessConfig(TicketAccessInterceptor ticketAccess) {
    this.ticketAccess = ticketAccess;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(ticketAccess).addPathPatterns("/api/tickets/**");
  }
}
