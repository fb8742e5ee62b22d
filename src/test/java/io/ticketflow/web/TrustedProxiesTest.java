package io.ticketflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.RemoteIpValve;
import org.apache.catalina.valves.ValveBase;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class TrustedProxiesTest {

  private static final String CLAIMED = "203.0.113.9";

  @Test
  void forwardedForFromAnAddressNotListedIsIgnored() throws Exception {
    RemoteIpValve valve = configured(List.of("127.0.0.1", "::1"));
    assertThat(clientAddress(valve, "10.1.2.3")).isEqualTo("10.1.2.3");
    assertThat(clientAddress(valve, "192.168.7.7")).isEqualTo("192.168.7.7");
    // Tomcat's default believes every private address: the hole this closes
    assertThat(clientAddress(new RemoteIpValve(), "10.1.2.3")).isEqualTo(CLAIMED);
  }

  @Test
  void forwardedForFromALoopbackProxyIsBelievedByDefault() throws Exception {
    RemoteIpValve valve = configured(List.of("127.0.0.1", "::1"));
    assertThat(clientAddress(valve, "127.0.0.1")).isEqualTo(CLAIMED);
    assertThat(clientAddress(valve, "0:0:0:0:0:0:0:1")).isEqualTo(CLAIMED);
    assertThat(clientAddress(valve, "127.0.0.2")).isEqualTo("127.0.0.2");
  }

  @Test
  void aConfiguredProxyIsBelievedAndOnlyIt() throws Exception {
    RemoteIpValve valve = configured(List.of("10.0.0.5"));
    assertThat(clientAddress(valve, "10.0.0.5")).isEqualTo(CLAIMED);
    assertThat(clientAddress(valve, "10.0.0.50")).isEqualTo("10.0.0.50");
    assertThat(clientAddress(valve, "127.0.0.1")).isEqualTo("127.0.0.1");
  }

  @Test
  void anEmptyListTrustsNoOne() throws Exception {
    assertThat(clientAddress(configured(List.of()), "127.0.0.1")).isEqualTo("127.0.0.1");
  }

  @Test
  void namesAndRangesAreRefused() {
    assertThatThrownBy(() -> TrustedProxies.pattern(List.of("proxy.example.com")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TrustedProxies.pattern(List.of("10.0.0.0/8")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static RemoteIpValve configured(List<String> proxies) {
    RemoteIpValve valve = new RemoteIpValve();
    new TrustedProxies(
            new WebProperties(DataSize.ofKilobytes(256), DataSize.ofMegabytes(11), proxies))
        .configure(valve);
    return valve;
  }

  /**
   * The client address the application sees for a request from this peer claiming {@link #CLAIMED}.
   */
  private static String clientAddress(RemoteIpValve valve, String peer) throws Exception {
    AtomicReference<String> seen = new AtomicReference<>();
    valve.setNext(
        new ValveBase() {
          @Override
          public void invoke(Request request, Response response) {
            seen.set(request.getRemoteAddr());
          }
        });
    Request request = new Request(new Connector());
    request.setCoyoteRequest(new org.apache.coyote.Request());
    request.setRemoteAddr(peer);
    request.getCoyoteRequest().getMimeHeaders().addValue("X-Forwarded-For").setString(CLAIMED);
    valve.invoke(request, null);
    return seen.get();
  }
}
