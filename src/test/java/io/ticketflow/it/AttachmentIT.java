package io.ticketflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.support.Api;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.Tickets;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Files on tickets through the staff API and the portal: stored, listed, downloaded safely. */
@IntegrationTest
class AttachmentIT {

  @LocalServerPort int port;

  Api staff;
  Api anonymous;

  @BeforeEach
  void clients() {
    anonymous = Api.at(port);
    staff = anonymous.as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
  }

  @Test
  void staffAttachAFileAndGetItBackOnlyAsADownload() {
    String number =
        staff.post("/api/tickets", Tickets.howToQuestion()).json().get("number").asText();
    byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

    Api.Reply uploaded = staff.upload("/api/tickets/" + number + "/attachments", "page.txt", html);

    assertThat(uploaded.status()).isEqualTo(201);
    JsonNode file = uploaded.json();
    assertThat(file.get("contentType").asText()).isEqualTo("text/html");
    assertThat(file.get("filename").asText()).isEqualTo("page.txt");
    assertThat(file.get("uploadedBy").asText()).isEqualTo(TestUsers.ADMIN);
    String path = "/api/tickets/" + number + "/attachments/" + file.get("id").asText();
    assertThat(uploaded.header("Location")).isEqualTo(path);

    Api.Reply download = staff.get(path);
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.header("Content-Type")).isEqualTo("application/octet-stream");
    assertThat(download.header("Content-Disposition"))
        .startsWith("attachment;")
        .contains("page.txt");
    assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(staff.bytes(path)).isEqualTo(html);
    assertThat(staff.get("/api/tickets/" + number + "/attachments").json()).hasSize(1);
    assertThat(staff.get("/api/tickets/" + number).json().get("events").toString())
        .contains("ATTACHMENT_ADDED");
    assertThat(anonymous.get(path).status()).isEqualTo(401);
  }

  @Test
  void theRequesterAttachesAndDownloadsWithTheTokenAndSeesNoOtherTicketsFiles() {
    JsonNode mine = anonymous.post("/api/portal/tickets", Tickets.howToQuestion()).json();
    JsonNode other = anonymous.post("/api/portal/tickets", Tickets.howToQuestion()).json();
    String number = mine.get("number").asText();
    Api requester = anonymous.with("X-Access-Token", mine.get("accessToken").asText());
    Api stranger = anonymous.with("X-Access-Token", other.get("accessToken").asText());
    byte[] big = new byte[300 * 1024]; // over the JSON body limit, within the upload limit
    Arrays.fill(big, (byte) 'a');

    Api.Reply uploaded =
        requester.upload("/api/portal/tickets/" + number + "/attachments", "../../log.txt", big);

    assertThat(uploaded.status()).isEqualTo(201);
    assertThat(uploaded.json().get("filename").asText()).isEqualTo("log.txt");
    assertThat(uploaded.json().has("uploadedBy")).isFalse();
    String path =
        "/api/portal/tickets/" + number + "/attachments/" + uploaded.json().get("id").asText();
    assertThat(requester.bytes(path)).hasSize(big.length);
    assertThat(requester.get("/api/portal/tickets/" + number + "/attachments").json()).hasSize(1);

    assertThat(stranger.get(path).status()).isEqualTo(404);
    assertThat(anonymous.get(path).status()).isEqualTo(404);
    String otherPath =
        "/api/portal/tickets/"
            + other.get("number").asText()
            + "/attachments/"
            + uploaded.json().get("id").asText();
    assertThat(stranger.get(otherPath).status()).isEqualTo(404);
    assertThat(
            stranger
                .upload("/api/portal/tickets/" + number + "/attachments", "x.txt", big)
                .status())
        .isEqualTo(404);
  }

  @Test
  void badUploadsGetProblemDetails() {
    String number =
        staff.post("/api/tickets", Tickets.howToQuestion()).json().get("number").asText();
    String path = "/api/tickets/" + number + "/attachments";

    Api.Reply empty = staff.upload(path, "empty.txt", new byte[0]);
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.contentType()).startsWith("application/problem+json");
    assertThat(empty.json().get("errors").get(0).get("field").asText()).isEqualTo("file");

    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    assertThat(staff.upload(path, "invoice.pdf", exe).status()).isEqualTo(400);

    Api.Reply notMultipart = staff.post(path, "{}");
    assertThat(notMultipart.status()).isEqualTo(415);
    assertThat(notMultipart.contentType()).startsWith("application/problem+json");

    assertThat(staff.get(path + "/999999").status()).isEqualTo(404);
    assertThat(staff.get("/api/tickets/" + number + "/attachments").json()).isEmpty();
  }
}
