/** Metrics and health of the running service desk, for Prometheus and the actuator. */
package io.ticketflow.monitoring;
