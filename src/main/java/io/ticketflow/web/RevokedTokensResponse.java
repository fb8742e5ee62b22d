package io.ticketflow.web;

/**
 * The answer to revoking a ticket's access tokens.
 *
 * @param revoked how many live tokens were ended
 */
public record RevokedTokensResponse(String number, int revoked) {}
