package io.ticketflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SecureCookieFilterTest {

  private final SecureCookieFilter filter = new SecureCookieFilter();

  @Test
  void cookiesSetOnHttpsRequestsBecomeSecure() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/camunda/app/");
    request.setSecure(true);
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(
        request,
        response,
        (req, res) -> {
          HttpServletResponse http = (HttpServletResponse) res;
          http.addHeader("Set-Cookie", "XSRF-TOKEN=abc;Path=/camunda;SameSite=Strict");
          http.addHeader("Set-Cookie", "other=1; Secure; HttpOnly");
          http.addCookie(new Cookie("plain", "2"));
        });
    assertThat(response.getHeaders("Set-Cookie"))
        .contains("XSRF-TOKEN=abc; Path=/camunda; Secure; SameSite=Strict")
        .contains("other=1; Secure; HttpOnly");
    assertThat(response.getCookie("plain").getSecure()).isTrue();
  }

  @Test
  void plainHttpRequestsKeepTheirCookiesAsSet() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/camunda/app/");
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(
        request,
        response,
        (req, res) -> ((HttpServletResponse) res).addHeader("Set-Cookie", "XSRF-TOKEN=abc"));
    assertThat(response.getHeader("Set-Cookie")).isEqualTo("XSRF-TOKEN=abc");
  }

  @Test
  void secureIsRecognisedInAnyCaseAndPosition() {
    assertThat(SecureCookieFilter.secure("a=1;secure")).isEqualTo("a=1;secure");
    assertThat(SecureCookieFilter.secure("a=1; SECURE ; Path=/")).isEqualTo("a=1; SECURE ; Path=/");
    assertThat(SecureCookieFilter.secure("secureid=1")).isEqualTo("secureid=1; Secure");
  }
}
