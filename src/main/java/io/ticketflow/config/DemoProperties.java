package io.ticketflow.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled create the demo agents, groups, authorizations and Tasklist filters at start
 */
@ConfigurationProperties("ticketflow.demo")
public record DemoProperties(@DefaultValue("false") boolean enabled) {}
