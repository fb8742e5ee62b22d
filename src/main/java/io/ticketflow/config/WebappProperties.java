package io.ticketflow.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the application changes on the Camunda webapps' pages.
 *
 * @param assetKey the key of the tag that stands for the engine's version in the pages' script
 *     addresses ({@link WebappVersionFilter}); the same on every node, or empty for a random key
 *     per start
 */
@ConfigurationProperties("ticketflow.webapps")
public record WebappProperties(@DefaultValue("") String assetKey) {}
