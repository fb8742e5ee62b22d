package io.ticketflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.audit.AuditService;
import io.ticketflow.intake.AlertmanagerProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The Alertmanager webhook's bearer token check, without a server. */
class AlertmanagerTokenFilterTest {

  private static final String TOKEN = "s3cret-token";

  private final ProblemResponses problems = new ProblemResponses(new ObjectMapper());
  private final AuditService audit = mock(AuditService.class);

  @AfterEach
  void clear() {
    SecurityContextHolder.clearContext();
  }

  private MockHttpServletResponse call(String token, String authorization) throws Exception {
    AlertmanagerTokenFilter filter =
        new AlertmanagerTokenFilter(new AlertmanagerProperties(token, null), problems, audit);
    MockHttpServletRequest request =
        new MockHttpServletRequest("POST", "/api/integrations/alertmanager");
    if (authorization != null) {
      request.addHeader("Authorization", authorization);
    }
    request.setRemoteAddr("10.1.2.3");
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, new MockFilterChain());
    return response;
  }

  @Test
  void theRightTokenPassesAsTheAlertmanagerIntegration() throws Exception {
    assertThat(call(TOKEN, "Bearer " + TOKEN).getStatus()).isEqualTo(200);
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    assertThat(caller.getName()).isEqualTo(AlertmanagerTokenFilter.PRINCIPAL);
    assertThat(caller.getAuthorities())
        .extracting(a -> a.getAuthority())
        .containsExactly(AlertmanagerTokenFilter.AUTHORITY);

    assertThat(call(TOKEN, "bearer " + TOKEN).getStatus())
        .as("the scheme is case-insensitive")
        .isEqualTo(200);
    verify(audit, never()).loginFailed(any(), any(), any(), any());
  }

  @Test
  void aMissingTokenIsChallenged() throws Exception {
    MockHttpServletResponse response = call(TOKEN, null);
    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Bearer realm=\"ticketflow\"");
    assertThat(response.getContentType()).isEqualTo("application/problem+json");
    assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    verify(audit).loginFailed("alertmanager", "webhook", "no Authorization header", "10.1.2.3");
  }

  @Test
  void aWrongTokenOrSchemeIsRefused() throws Exception {
    for (String header :
        new String[] {
          "Bearer " + TOKEN + "x", "Bearer ", "Basic " + TOKEN, TOKEN, "Bearer s3cret"
        }) {
      MockHttpServletResponse response = call(TOKEN, header);
      assertThat(response.getStatus()).as(header).isEqualTo(401);
      assertThat(response.getHeader("WWW-Authenticate")).contains("invalid_token");
    }
    // one failed login per refused delivery, never with the token that was sent
    verify(audit, org.mockito.Mockito.times(5))
        .loginFailed("alertmanager", "webhook", "wrong bearer token", "10.1.2.3");
  }

  @Test
  void withoutAConfiguredTokenTheWebhookIsClosed() throws Exception {
    for (String token : new String[] {null, "", "  "}) {
      MockHttpServletResponse response = call(token, "Bearer " + token);
      assertThat(response.getStatus()).isEqualTo(503);
      assertThat(response.getContentType()).isEqualTo("application/problem+json");
      assertThat(response.getContentAsString()).contains("not configured");
    }
    verify(audit, never()).loginFailed(anyString(), any(), any(), any());
  }
}
