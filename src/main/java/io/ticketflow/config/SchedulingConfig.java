package io.ticketflow.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on Spring's {@code @Scheduled} methods: the notification sweeper. Process timers are the
 * engine's job executor's, not this.
 */
@Configuration
@EnableScheduling
public class SchedulingConfig {}
