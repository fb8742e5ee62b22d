package io.ticketflow.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxRequestBody the largest request body the API accepts
 */
@ConfigurationProperties("ticketflow.web")
public record WebProperties(@DefaultValue("256KB") DataSize maxRequestBody) {}
