package io.ticketflow.report;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the reports.
 *
 * @param monthlyCron when the monthly report is made (Quartz-style cron, the engine's timer
 *     syntax); by default the 1st of each month at 08:00
 * @param managersGroup the group told that a monthly report is ready
 */
@Validated
@ConfigurationProperties("ticketflow.reports")
public record ReportProperties(
    @NotBlank @DefaultValue("0 0 8 1 * ?") String monthlyCron,
    @NotBlank @DefaultValue("managers") String managersGroup) {}
