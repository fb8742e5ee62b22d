package io.ticketflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;

/** File downloads name the file safely (RFC 6266) and always as an attachment. */
class DownloadsTest {

  @Test
  void plainNamesAppearTwice() {
    assertThat(Downloads.attachment("report.pdf"))
        .isEqualTo("attachment; filename=\"report.pdf\"; filename*=UTF-8''report.pdf");
  }

  @Test
  void nonAsciiNamesAreEncodedAndGetAnAsciiFallback() {
    String header = Downloads.attachment("报告 2026.pdf");
    assertThat(header)
        .isEqualTo(
            "attachment; filename=\"__ 2026.pdf\";"
                + " filename*=UTF-8''%E6%8A%A5%E5%91%8A%202026.pdf");
    assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo("报告 2026.pdf");
  }

  @Test
  void nothingBreaksOutOfTheHeader() {
    String header =
        Downloads.attachment("a\"; filename=evil.html\r\nSet-Cookie: x=1\\..\\/x<img>.txt");
    assertThat(header).doesNotContain("\r").doesNotContain("\n").doesNotContain("\\");
    assertThat(header.chars().filter(c -> c == '"').count()).isEqualTo(2);
    assertThat(header).startsWith("attachment; filename=\"a; filename=evil.html");
    ContentDisposition parsed = ContentDisposition.parse(header);
    assertThat(parsed.isAttachment()).isTrue();
    assertThat(parsed.getFilename()).doesNotContain("/").doesNotContain("\"");
  }

  @Test
  void emptyNamesFallBack() {
    assertThat(Downloads.attachment(null)).contains("filename=\"attachment\"");
    assertThat(Downloads.attachment("\r\n\"")).contains("filename=\"attachment\"");
  }
}
