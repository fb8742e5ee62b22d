package io.ticketflow.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 requests written byte for byte over a plain socket: for request lines, headers and
 * bodies that {@link java.net.http.HttpClient} refuses to send (control bytes, bad encodings).
 */
public final class RawHttp {

  private RawHttp() {}

  /** A parsed answer; header names in lower case. */
  public record Answer(int status, Map<String, String> headers, String body) {
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  /**
   * Sends {@code method target} with the given header lines (each without CRLF, bytes as
   * ISO-8859-1) and body, and reads the whole answer (the connection is closed after it).
   */
  public static Answer exchange(
      int port, String method, String target, Map<String, String> headers, byte[] body) {
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    request.writeBytes(latin1(method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n"));
    headers.forEach((name, value) -> request.writeBytes(latin1(name + ": " + value + "\r\n")));
    if (body != null) {
      request.writeBytes(latin1("Content-Length: " + body.length + "\r\n"));
    }
    request.writeBytes(latin1("Connection: close\r\n\r\n"));
    if (body != null) {
      request.writeBytes(body);
    }
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(20_000);
      socket.getOutputStream().write(request.toByteArray());
      return parse(socket.getInputStream().readAllBytes());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + target, e);
    }
  }

  private static Answer parse(byte[] raw) {
    int end = indexOf(raw, new byte[] {'\r', '\n', '\r', '\n'}, 0);
    if (end < 0) {
      throw new IllegalStateException(
          "no complete answer: " + new String(raw, StandardCharsets.ISO_8859_1));
    }
    String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.merge(
          lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).trim(),
          (a, b) -> a + ", " + b);
    }
    byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = unchunk(body);
    }
    return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] unchunk(byte[] chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (at < chunked.length) {
      int lineEnd = indexOf(chunked, new byte[] {'\r', '\n'}, at);
      String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1);
      int length = Integer.parseInt(size.split(";")[0].trim(), 16);
      if (length == 0) {
        break;
      }
      out.write(chunked, lineEnd + 2, length);
      at = lineEnd + 2 + length + 2;
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] data, byte[] what, int from) {
    outer:
    for (int i = from; i <= data.length - what.length; i++) {
      for (int j = 0; j < what.length; j++) {
        if (data[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static byte[] latin1(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }
}
