package io.ticketflow.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.filter.OrderedFilter;
import org.springframework.boot.web.servlet.filter.OrderedRequestContextFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.RequestContextFilter;

/**
 * Filters every request meets first. Exposes the current request to the thread before the security
 * filters run. Spring Boot's Jersey support would register it after them, and then a password
 * checked by HTTP Basic could not be traced to its channel and client address ({@link
 * IdentityAuditInterceptor}).
 */
@Configuration
public class RequestContextConfig {

  @Bean
  FilterRegistrationBean<RequestContextFilter> earlyRequestContextFilter() {
    FilterRegistrationBean<RequestContextFilter> registration =
        new FilterRegistrationBean<>(new OrderedRequestContextFilter());
    // the order Spring MVC gives it: before Spring Security (-100)
    registration.setOrder(OrderedFilter.REQUEST_WRAPPER_FILTER_MAX_ORDER - 105);
    return registration;
  }

  /** Outermost of all: a database outage anywhere in the chain becomes a 503 problem. */
  @Bean
  FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(ObjectMapper json) {
    FilterRegistrationBean<DatabaseOutageFilter> registration =
        new FilterRegistrationBean<>(new DatabaseOutageFilter(json));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
