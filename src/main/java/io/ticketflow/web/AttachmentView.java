package io.ticketflow.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.ticketflow.ticket.Attachment;
import io.ticketflow.ticket.AuthorType;
import io.ticketflow.ticket.TicketMask;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * An attachment as the API lists it. {@code uploadedBy} only for staff: requesters see who sent a
 * file only as requester or staff. {@code mergedFrom}: the duplicate the file came with, when it
 * was merged into the ticket listed (staff only).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttachmentView(
    long id,
    String filename,
    String contentType,
    long size,
    String sha256,
    AuthorType authorType,
    String uploadedBy,
    Long commentId,
    OffsetDateTime createdAt,
    String mergedFrom) {

  static AttachmentView forStaff(Attachment a, ZoneId zone) {
    return forStaff(a, zone, TicketMask.none());
  }

  /** For staff, masked as the ticket is: an archived ticket's file names and senders masked. */
  static AttachmentView forStaff(Attachment a, ZoneId zone, TicketMask mask) {
    return of(
        a, mask.text(a.getFilename()), zone, mask.author(a.getAuthorType(), a.getUploadedBy()));
  }

  static AttachmentView forRequester(Attachment a, ZoneId zone) {
    return of(a, a.getFilename(), zone, null);
  }

  private static AttachmentView of(Attachment a, String filename, ZoneId zone, String uploadedBy) {
    return new AttachmentView(
        a.getId(),
        filename,
        a.getContentType(),
        a.getSize(),
        a.getSha256(),
        a.getAuthorType(),
        uploadedBy,
        a.getCommentId().orElse(null),
        a.getCreatedAt().atZone(zone).toOffsetDateTime(),
        null);
  }

  /** This view of a file that came with the duplicate {@code number}, merged into the ticket. */
  AttachmentView mergedFrom(String number) {
    return new AttachmentView(
        id,
        filename,
        contentType,
        size,
        sha256,
        authorType,
        uploadedBy,
        commentId,
        createdAt,
        number);
  }
}
