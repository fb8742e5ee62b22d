package io.ticketflow.ticket;

/** Why an access token was handed out. */
public enum AccessTokenPurpose {
  /** In the answer to the request that opened the ticket. */
  SUBMISSION,
  /** In the portal link of one mail to the requester. */
  MAIL
}
