package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.ticketflow.audit.AuditAction;
import io.ticketflow.audit.AuditService;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class AttachmentServiceTest {

  private final TicketService tickets = mock(TicketService.class);
  private final AttachmentRepository attachments = mock(AttachmentRepository.class);
  private final AttachmentContentRepository contents = mock(AttachmentContentRepository.class);
  private final Ticket ticket = mock(Ticket.class);
  private final AuditService audit = mock(AuditService.class);
  private AttachmentService service;

  private static final StaffAccess MARY = new StaffAccess("mary", Set.of("tier1"), "10.0.0.7");

  @BeforeEach
  void setUp() {
    service =
        new AttachmentService(
            tickets,
            attachments,
            contents,
            new AttachmentProperties(
                DataSize.ofKilobytes(1), 2, List.of("application/x-msdownload")),
            audit,
            Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneOffset.UTC));
    when(ticket.getId()).thenReturn(7L);
    when(ticket.getNumber()).thenReturn("TS20261122-0001");
    when(ticket.getStatus()).thenReturn(TicketStatus.IN_PROGRESS);
    when(ticket.getRequester())
        .thenReturn(new Requester("Zhang San", "zhang@example.com", null, null, null));
    when(tickets.get("TS20261122-0001")).thenReturn(ticket);
    when(attachments.save(any(Attachment.class))).thenAnswer(inv -> inv.getArgument(0));
  }

  @Test
  void theTypeComesFromTheBytesNotFromTheName() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};

    Attachment stored = service.store("TS20261122-0001", null, "report.pdf", png, "mary");

    assertThat(stored.getContentType()).isEqualTo("image/png");
    assertThat(stored.getFilename()).isEqualTo("report.pdf");
    assertThat(stored.getSize()).isEqualTo(png.length);
    assertThat(stored.getSha256()).hasSize(64);
    assertThat(stored.getAuthorType()).isEqualTo(AuthorType.STAFF);
    verify(contents).save(any(AttachmentContent.class));
    verify(tickets).logAttachment(ticket, stored);
  }

  @Test
  void executablesAreRefusedWhateverTheirName() {
    byte[] exe = new byte[256];
    exe[0] = 'M';
    exe[1] = 'Z';

    assertThatThrownBy(() -> service.store("TS20261122-0001", null, "photo.jpg", exe, "mary"))
        .isInstanceOf(InvalidTicketRequestException.class)
        .hasMessageContaining("not accepted");
    verify(attachments, never()).save(any());
  }

  @Test
  void emptyOversizedAndOneTooManyAreRefused() {
    assertThatThrownBy(() -> service.store("TS20261122-0001", null, "a.txt", new byte[0], "mary"))
        .hasMessageContaining("empty");
    assertThatThrownBy(
            () -> service.store("TS20261122-0001", null, "a.txt", new byte[1025], "mary"))
        .hasMessageContaining("larger than");
    when(attachments.countByTicketId(7L)).thenReturn(2L);
    assertThatThrownBy(() -> service.store("TS20261122-0001", null, "a.txt", text("x"), "mary"))
        .hasMessageContaining("at most 2 files");
  }

  @Test
  void aClosedTicketTakesNoFiles() {
    when(ticket.getStatus()).thenReturn(TicketStatus.CLOSED);

    assertThatThrownBy(() -> service.store("TS20261122-0001", null, "a.txt", text("x"), "mary"))
        .isInstanceOf(IllegalTicketStateException.class);
  }

  @Test
  void theRequestersFilesNeedTheTokenAndAreMarkedAsTheirs() {
    when(tickets.getForRequester("TS20261122-0001", "secret")).thenReturn(ticket);

    Attachment stored =
        service.storeForRequester("TS20261122-0001", "secret", "log.txt", text("hello"));

    assertThat(stored.getAuthorType()).isEqualTo(AuthorType.REQUESTER);
    assertThat(stored.getUploadedBy()).isEqualTo("Zhang San");
    assertThat(stored.getContentType()).isEqualTo("text/plain");
  }

  @Test
  void anotherTicketsFileIsNotFound() {
    when(attachments.findByIdAndTicketId(99L, 7L)).thenReturn(Optional.empty());

    assertThatThrownBy(() -> service.download("TS20261122-0001", 99L, MARY))
        .isInstanceOf(AttachmentNotFoundException.class);
  }

  @Test
  void downloadingAFileOfAnArchivedTicketIsAuditedAndOfALiveOneIsNot() {
    Attachment file = mock(Attachment.class);
    when(file.getId()).thenReturn(3L);
    when(attachments.findByIdAndTicketId(3L, 7L)).thenReturn(Optional.of(file));
    when(contents.findById(3L))
        .thenReturn(Optional.of(mock(AttachmentContent.class, org.mockito.Answers.RETURNS_MOCKS)));

    service.download("TS20261122-0001", 3L, MARY);
    verify(audit, never()).record(any(), any(), any(), any(), any(), any());

    when(ticket.isArchived()).thenReturn(true);
    service.download("TS20261122-0001", 3L, MARY);
    verify(audit)
        .record(
            AuditAction.PERSONAL_DATA_READ,
            "mary",
            PersonalDataService.TICKET,
            "TS20261122-0001",
            "file 3 of the archived ticket downloaded",
            "10.0.0.7");
  }

  @Test
  void namesAreReducedToAPlainFileName() {
    assertThat(AttachmentService.safeName("C:\\Users\\x\\..\\evil.txt")).isEqualTo("evil.txt");
    assertThat(AttachmentService.safeName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(AttachmentService.safeName("a\"b<script>.txt\r\n")).isEqualTo("abscript.txt");
    assertThat(AttachmentService.safeName(".htaccess")).isEqualTo("htaccess");
    assertThat(AttachmentService.safeName("  ")).isEqualTo("attachment");
    assertThat(AttachmentService.safeName(null)).isEqualTo("attachment");
    assertThat(AttachmentService.safeName("x".repeat(300))).hasSize(255);
    assertThat(AttachmentService.safeName("报告\u202Etxt.exe")).isEqualTo("报告txt.exe");
  }

  private static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
