package io.ticketflow.ticket;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The requester's access tokens.
 *
 * @param key the secret from which each ticket's token is derived (at least 32 characters); keep it
 *     like a password, and use a different one per environment. Empty: a random key for the run, so
 *     mails sent after a restart cannot carry the tokens of tickets opened before it.
 */
@ConfigurationProperties("ticketflow.access-tokens")
public record AccessTokenProperties(String key) {}
