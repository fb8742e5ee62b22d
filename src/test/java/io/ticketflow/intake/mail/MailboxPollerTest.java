package io.ticketflow.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.InvalidTicketRequestException;
import io.ticketflow.ticket.Subcategory;
import io.ticketflow.ticket.Urgency;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.util.unit.DataSize;

/** The IMAP side: what is fetched, and when a message is marked seen or moved. */
class MailboxPollerTest {

  @RegisterExtension
  static GreenMailExtension imap = new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort());

  private static final String MAILBOX = "support@ticketflow.example";
  private static final String PASSWORD = "secret";

  private final MailIntakeService intake = mock(MailIntakeService.class);
  private GreenMailUser support;

  @BeforeEach
  void mailbox() {
    support = imap.setUser(MAILBOX, MAILBOX, PASSWORD);
    when(intake.receive(any(), anyString(), isNull()))
        .thenReturn(MailResult.of(MailOutcome.TICKET, "TS20261122-0001"));
  }

  @Test
  void handledMailIsMarkedSeenAndNotFetchedAgain() throws Exception {
    deliver("new-request.eml");
    MailboxPoller poller = new MailboxPoller(intake, settings(null, 25));

    assertThat(poller.poll()).isEqualTo(1);
    assertThat(poller.poll()).isZero();

    verify(intake).receive(any(), startsWith("INBOX/"), isNull());
    assertThat(seenInInbox()).containsExactly(true);
  }

  @Test
  void mailWhoseHandlingFailedStaysUnseenForTheNextPoll() throws Exception {
    deliver("new-request.eml");
    when(intake.receive(any(), anyString(), isNull()))
        .thenThrow(new DataAccessResourceFailureException("database down"));
    MailboxPoller poller = new MailboxPoller(intake, settings(null, 25));

    assertThat(poller.poll()).isZero();

    assertThat(seenInInbox()).containsExactly(false);
  }

  @Test
  void aRefusedFirstTryIsRepeatedWithoutAttachmentsThenQuarantined() throws Exception {
    deliver("new-request.eml");
    when(intake.receive(any(), anyString(), isNull()))
        .thenThrow(new InvalidTicketRequestException("file", "files of type x are not accepted"));
    when(intake.receive(any(), anyString(), startsWith("the first try failed")))
        .thenThrow(new InvalidTicketRequestException("title", "too long"));
    when(intake.quarantineRefused(any(), anyString(), anyString()))
        .thenReturn(new MailResult(MailOutcome.QUARANTINED, null, 1L));
    MailboxPoller poller = new MailboxPoller(intake, settings(null, 25));

    assertThat(poller.poll()).isEqualTo(1);

    verify(intake).quarantineRefused(any(), anyString(), eq("title: too long"));
    assertThat(seenInInbox()).containsExactly(true);
  }

  @Test
  void mailOverTheSizeLimitIsHandedInAsHeadersOnly() throws Exception {
    deliver("oversized-attachment.eml");
    when(intake.receiveOversized(any(), anyLong(), anyString()))
        .thenReturn(new MailResult(MailOutcome.QUARANTINED, null, 1L));
    MailboxPoller poller = new MailboxPoller(intake, settings(null, 1));

    assertThat(poller.poll()).isEqualTo(1);

    verify(intake).receiveOversized(any(), anyLong(), startsWith("INBOX/"));
    verify(intake, never()).receive(any(), anyString(), any());
  }

  @Test
  void withAProcessedFolderHandledMailIsMovedThere() throws Exception {
    deliver("new-request.eml");
    deliver("reply-by-subject.eml");
    MailboxPoller poller = new MailboxPoller(intake, settings("Processed", 25));

    assertThat(poller.poll()).isEqualTo(2);

    try (Store store = store()) {
      try (Folder inbox = store.getFolder("INBOX")) {
        inbox.open(Folder.READ_ONLY);
        assertThat(inbox.getMessageCount()).isZero();
      }
      try (Folder processed = store.getFolder("Processed")) {
        processed.open(Folder.READ_ONLY);
        assertThat(processed.getMessageCount()).isEqualTo(2);
      }
    }
  }

  @Test
  void withoutAHostNothingIsPolledAndAnUnreachableServerIsReportedOnly() {
    assertThat(new MailboxPoller(intake, settings("", null, 25)).poll()).isZero();
    MailIntakeProperties nowhere =
        new MailIntakeProperties(
            "127.0.0.1",
            1,
            false,
            "u",
            "p",
            "INBOX",
            null,
            false,
            Duration.ofMinutes(1),
            50,
            Duration.ofSeconds(2),
            DataSize.ofMegabytes(25),
            Category.OPERATION_GUIDANCE,
            Subcategory.HOW_TO,
            Urgency.NORMAL,
            Duration.ofDays(7),
            20);
    MailboxPoller poller = new MailboxPoller(intake, nowhere);
    poller.scheduledPoll();
    assertThat(poller.poll()).isZero();
    verify(intake, never()).receive(any(), anyString(), any());
  }

  private void deliver(String fixture) throws Exception {
    support.deliver(
        new MimeMessage(
            Session.getInstance(new Properties()),
            new ByteArrayInputStream(MailFixtures.read(fixture))));
  }

  private static MailIntakeProperties settings(String processedFolder, int maxKilobytes) {
    return settings("127.0.0.1", processedFolder, maxKilobytes);
  }

  private static MailIntakeProperties settings(
      String host, String processedFolder, int maxKilobytes) {
    return new MailIntakeProperties(
        host,
        imap.getImap().getPort(),
        false,
        MAILBOX,
        PASSWORD,
        "INBOX",
        processedFolder,
        false,
        Duration.ofMinutes(1),
        50,
        Duration.ofSeconds(5),
        DataSize.ofKilobytes(maxKilobytes),
        Category.OPERATION_GUIDANCE,
        Subcategory.HOW_TO,
        Urgency.NORMAL,
        Duration.ofDays(7),
        20);
  }

  private static Store store() throws Exception {
    Store store = Session.getInstance(new Properties()).getStore("imap");
    store.connect("127.0.0.1", imap.getImap().getPort(), MAILBOX, PASSWORD);
    return store;
  }

  private static Boolean[] seenInInbox() throws Exception {
    try (Store store = store();
        Folder inbox = store.getFolder("INBOX")) {
      inbox.open(Folder.READ_ONLY);
      Message[] messages = inbox.getMessages();
      Boolean[] seen = new Boolean[messages.length];
      for (int i = 0; i < messages.length; i++) {
        seen[i] = messages[i].isSet(Flags.Flag.SEEN);
      }
      return seen;
    }
  }
}
