package io.ticketflow.notification;

import java.util.regex.Pattern;

/**
 * A message to the requester that answers their mail: sent with {@code In-Reply-To} and {@code
 * References}, so that mail clients show it in the requester's thread.
 *
 * @param inReplyTo the requester's Message-ID, in angle brackets
 * @param subject the subject to use instead of the template's, or null to keep it
 */
public record MailReply(String inReplyTo, String subject) {

  /** One {@code <id-left@id-right>} of printable ASCII: nothing in it may end the header. */
  private static final Pattern MESSAGE_ID = Pattern.compile("<[\\x21-\\x3B\\x3D\\x3F-\\x7E]+>");

  /** The longest Message-ID kept (the header line limit of RFC 5322). */
  public static final int MAX_MESSAGE_ID = 998;

  /** Whether {@code id} is a Message-ID that may go into a header as it is. */
  public static boolean isMessageId(String id) {
    return id != null && id.length() <= MAX_MESSAGE_ID && MESSAGE_ID.matcher(id).matches();
  }
}
