package io.ticketflow.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the requester portal's page at the address the mails link to ({@code /portal?ticket=…}),
 * with or without the trailing slash; its scripts, styles and texts are static files beside it.
 */
@Configuration
public class PortalPages implements WebMvcConfigurer {

  static final String PAGE = "forward:/portal/index.html";

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/portal").setViewName(PAGE);
    registry.addViewController("/portal/").setViewName(PAGE);
  }
}
