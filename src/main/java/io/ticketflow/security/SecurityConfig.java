package io.ticketflow.security;

import io.ticketflow.audit.AuditService;
import io.ticketflow.config.RoleProvisioning;
import io.ticketflow.config.SupportGroups;
import io.ticketflow.intake.AlertmanagerProperties;
import io.ticketflow.ticket.TicketProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Everything needs authentication except the requester portal (its pages, and
 * its API, which checks the ticket's access token or the requester's session itself), health, the
 * icon, and the Camunda webapps, which run their own login; the report page uses that login. The
 * Alertmanager webhook proves a configured bearer token instead of a user. The webapps' first-user
 * setup endpoint is always refused: administrators come from configuration.
 */
@Configuration
public class SecurityConfig {

  /** Camunda groups whose members may change agents' assignment profiles. */
  static final String[] AGENT_PROFILE_EDITORS = {
    CamundaIdentityAuthenticationProvider.GROUP_PREFIX + SupportGroups.MANAGERS.id(),
    CamundaIdentityAuthenticationProvider.GROUP_PREFIX + Groups.CAMUNDA_ADMIN
  };

  /** Camunda groups whose members may write canned replies and the portal's request templates. */
  static final String[] TEMPLATE_EDITORS = AGENT_PROFILE_EDITORS.clone();

  /** Camunda groups whose members may declare major incidents, link tickets and post status. */
  static final String[] INCIDENT_COMMANDERS = {
    CamundaIdentityAuthenticationProvider.GROUP_PREFIX + SupportGroups.MANAGERS.id(),
    CamundaIdentityAuthenticationProvider.GROUP_PREFIX + SupportGroups.EMERGENCY.id(),
    CamundaIdentityAuthenticationProvider.GROUP_PREFIX + Groups.CAMUNDA_ADMIN
  };

  /**
   * Camunda groups whose members review the knowledge base: they publish and retire articles and
   * may change published ones. The second-tier groups, tier 3, managers and administrators.
   */
  public static final List<String> KNOWLEDGE_REVIEWERS =
      Stream.of(
              SupportGroups.OPERATIONS.id(),
              SupportGroups.APPLICATIONS.id(),
              SupportGroups.TRAINING.id(),
              SupportGroups.TIER3.id(),
              SupportGroups.MANAGERS.id(),
              Groups.CAMUNDA_ADMIN)
          .map(group -> CamundaIdentityAuthenticationProvider.GROUP_PREFIX + group)
          .toList();

  /** Camunda groups whose members may read and start the service desk reports. */
  static final String[] REPORT_READERS = AGENT_PROFILE_EDITORS;

  /** Camunda groups whose members may read the audit trail. */
  static final String[] AUDIT_READERS = AGENT_PROFILE_EDITORS;

  /**
   * The Camunda group of integration users: they may open tickets and comment on them through the
   * staff API ({@link #integrationEndpoints()}) and nothing else, whatever other groups they are
   * in.
   */
  static final String INTEGRATION =
      CamundaIdentityAuthenticationProvider.GROUP_PREFIX + RoleProvisioning.INTEGRATION;

  /**
   * The Camunda group of process analysts: they read, in {@code /api} and the engine, and write
   * nothing.
   */
  static final String ANALYST =
      CamundaIdentityAuthenticationProvider.GROUP_PREFIX + RoleProvisioning.ANALYSTS;

  /**
   * The role groups of the staff API and the engine REST API: the support groups (agents, managers,
   * the emergency team), the analysts and the administrators. A user in none of them (a metrics
   * scrape user, say) is refused every staff call: roles are granted, never assumed.
   */
  static final String[] STAFF_ROLES =
      Stream.concat(
              Stream.of(SupportGroups.values()).map(SupportGroups::id),
              Stream.of(RoleProvisioning.ANALYSTS, Groups.CAMUNDA_ADMIN))
          .map(group -> CamundaIdentityAuthenticationProvider.GROUP_PREFIX + group)
          .toArray(String[]::new);

  /** Who may call what {@link #integrationEndpoints()} offers: staff and integration users. */
  static final String[] TICKET_OPENERS =
      Stream.concat(Stream.of(STAFF_ROLES), Stream.of(INTEGRATION)).toArray(String[]::new);

  /** The methods that read; every other one changes something. */
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  private static final Set<String> ROLE_SET = Set.of(TICKET_OPENERS);

  /** The path segment of the engine's deployment resources. */
  private static final String DEPLOYMENT = "deployment";

  /** No inline script or style, no plug-ins, no framing, and forms and calls only to us. */
  static final String PORTAL_CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
          + " frame-ancestors 'none'";

  static final String ALERTMANAGER_WEBHOOK = "/api/integrations/alertmanager";

  /** Where a browser without a webapp login is sent from the report page: Cockpit's login. */
  static final String REPORT_LOGIN = "/camunda/app/cockpit/default/";

  @Bean
  AuthenticationManager authenticationManager(CamundaIdentityAuthenticationProvider provider) {
    return new ProviderManager(provider);
  }

  /**
   * Camunda webapps: their own session login and CSRF protection; the setup endpoint and runtime
   * deployment are closed.
   */
  @Bean
  @Order(1)
  SecurityFilterChain webapps(HttpSecurity http, ProblemResponses problems) throws Exception {
    return http.securityMatcher(path("/camunda/**"))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(path("/camunda/api/admin/setup/**"))
                    .denyAll()
                    .requestMatchers(runtimeDeployment())
                    .denyAll()
                    .anyRequest()
                    .permitAll())
        // the webapps log users in themselves: to this chain every caller is anonymous
        .exceptionHandling(
            e ->
                e.defaultAuthenticationEntryPointFor(problems.refused(), runtimeDeployment())
                    .accessDeniedHandler(problems.forbidden()))
        .csrf(csrf -> csrf.disable())
        .headers(SecurityHeaders.webapps())
        .build();
  }

  /**
   * The engine REST API: HTTP Basic, and the caller becomes the engine's current user. Deployment
   * is refused to everyone (the build deploys the models), and integration users have no access.
   */
  @Bean
  @Order(2)
  SecurityFilterChain engineRest(
      HttpSecurity http,
      AuthenticationManager authentication,
      ProblemResponses problems,
      IdentityService identity)
      throws Exception {
    return stateless(http.securityMatcher(path("/engine-rest/**")), authentication, problems)
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(runtimeDeployment())
                    .denyAll()
                    .requestMatchers(SecurityConfig::integrationCaller)
                    .denyAll()
                    .requestMatchers(SecurityConfig::analystWrite)
                    .denyAll()
                    .anyRequest()
                    .hasAnyAuthority(STAFF_ROLES))
        .headers(SecurityHeaders.api())
        .addFilterAfter(new EngineAuthenticationFilter(identity), BasicAuthenticationFilter.class)
        .build();
  }

  /**
   * The requester portal: no staff login. Every call on a ticket proves the ticket's access token
   * or a signed-in requester's session cookie; asking for a sign-in link ({@code POST
   * /api/portal/sign-in}), trading it for a session ({@code /api/portal/session}) and the list of
   * one's tickets ({@code GET /api/portal/my-tickets}, session only) are public too. The session
   * cookie is SameSite=Strict, so other sites cannot make a browser send it.
   */
  @Bean
  @Order(3)
  SecurityFilterChain portal(HttpSecurity http, ProblemResponses problems) throws Exception {
    return http.securityMatcher(path("/api/portal/**"))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        path("/api/portal/tickets"),
                        path("/api/portal/tickets/**"),
                        path(HttpMethod.GET, "/api/portal/knowledge"),
                        path("/api/portal/knowledge/**"),
                        path(HttpMethod.GET, "/api/portal/ticket-templates"),
                        path(HttpMethod.POST, "/api/portal/sign-in"),
                        path(HttpMethod.POST, "/api/portal/session"),
                        path(HttpMethod.DELETE, "/api/portal/session"),
                        path(HttpMethod.GET, "/api/portal/my-tickets"))
                    .permitAll()
                    .anyRequest()
                    .denyAll())
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(problems.refused())
                    .accessDeniedHandler(problems.forbidden()))
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .headers(SecurityHeaders.api())
        .headers(headers -> headers.referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER)))
        .build();
  }

  /**
   * The requester portal's pages: static files anyone may load, under a strict content security
   * policy (scripts and styles from files of our own only, so injected markup cannot run), and
   * without a referrer, since the ticket's token may be in the address.
   */
  @Bean
  @Order(5)
  SecurityFilterChain portalPageFiles(HttpSecurity http) throws Exception {
    return http.securityMatcher(new OrRequestMatcher(path("/portal"), path("/portal/**")))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        path(HttpMethod.GET, "/portal"), path(HttpMethod.GET, "/portal/**"))
                    .permitAll()
                    .anyRequest()
                    .denyAll())
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .headers(SecurityHeaders.baseline())
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(PORTAL_CSP))
                    .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                    .frameOptions(frame -> frame.deny()))
        .build();
  }

  /**
   * The report page for managers and administrators: signed in through the Camunda webapps' own
   * login form (their session), never an HTTP Basic prompt; without a login the browser is sent to
   * Cockpit's. Its style sheet is public.
   */
  @Bean
  @Order(5)
  SecurityFilterChain reportPages(
      HttpSecurity http, ProblemResponses problems, IdentityService identity) throws Exception {
    return http.securityMatcher(new OrRequestMatcher(path("/reports"), path("/reports/**")))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(path(HttpMethod.GET, "/reports/*.css"))
                    .permitAll()
                    .requestMatchers(
                        path(HttpMethod.GET, "/reports"), path(HttpMethod.GET, "/reports/**"))
                    .hasAnyAuthority(REPORT_READERS)
                    .anyRequest()
                    .denyAll())
        .addFilterBefore(
            new WebappSessionAuthenticationFilter(identity), AnonymousAuthenticationFilter.class)
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(REPORT_LOGIN))
                    .accessDeniedHandler(problems.forbidden()))
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .headers(SecurityHeaders.baseline())
        .headers(
            headers ->
                headers
                    .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                    .frameOptions(frame -> frame.deny()))
        .build();
  }

  /**
   * The Alertmanager webhook: no user, no session; the configured bearer token is checked by {@link
   * AlertmanagerTokenFilter}.
   */
  @Bean
  @Order(4)
  SecurityFilterChain alertmanager(
      HttpSecurity http,
      AlertmanagerProperties properties,
      ProblemResponses problems,
      AuditService audit)
      throws Exception {
    return http.securityMatcher(path(ALERTMANAGER_WEBHOOK))
        .authorizeHttpRequests(
            auth -> auth.anyRequest().hasAuthority(AlertmanagerTokenFilter.AUTHORITY))
        .addFilterBefore(
            new AlertmanagerTokenFilter(properties, problems, audit),
            AnonymousAuthenticationFilter.class)
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        problems.bearerUnauthorized(AlertmanagerTokenFilter.CHALLENGE))
                    .accessDeniedHandler(problems.forbidden()))
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .headers(SecurityHeaders.api())
        .build();
  }

  /**
   * Everything else: the staff API, API docs and actuator need a user; health is public. Agents'
   * profiles are read by any staff member and changed only by managers and administrators; major
   * incidents are read by any staff member and run by managers, the emergency team and
   * administrators. Any staff member writes knowledge articles and submits them for review; only
   * reviewers publish and retire them. Canned replies and request templates are read by any staff
   * member and written by managers and administrators. The unmasked personal data of tickets is for
   * the groups in {@code ticketflow.tickets.personal-data-readers} (the service checks again), the
   * audit trail for managers and administrators. Every other {@code /api} call needs one of the
   * {@link #STAFF_ROLES}; analysts change nothing.
   */
  @Bean
  @Order(6)
  SecurityFilterChain application(
      HttpSecurity http,
      AuthenticationManager authentication,
      ProblemResponses problems,
      TicketProperties tickets)
      throws Exception {
    String[] personalDataReaders =
        tickets.personalDataReaders().stream()
            .map(group -> CamundaIdentityAuthenticationProvider.GROUP_PREFIX + group)
            .toArray(String[]::new);
    return stateless(http, authentication, problems)
        .headers(SecurityHeaders.apiWithDocs())
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        path("/actuator/health"),
                        path("/actuator/health/**"),
                        path("/"),
                        path("/error"),
                        // asked for by the webapps' login pages; answering 404 hides their welcome
                        // box
                        path("/camunda-welcome"),
                        // browsers ask for it on every page: a small icon, never a login prompt
                        path(HttpMethod.GET, "/favicon.ico"))
                    .permitAll()
                    .requestMatchers(SecurityConfig::analystWrite)
                    .denyAll()
                    .requestMatchers(integrationEndpoints())
                    .hasAnyAuthority(TICKET_OPENERS)
                    .requestMatchers(SecurityConfig::integrationCaller)
                    .denyAll()
                    .requestMatchers(path(HttpMethod.GET, "/api/agents/**"))
                    .hasAnyAuthority(STAFF_ROLES)
                    .requestMatchers(path("/api/agents/**"))
                    .hasAnyAuthority(AGENT_PROFILE_EDITORS)
                    .requestMatchers(path(HttpMethod.GET, "/api/incidents/**"))
                    .hasAnyAuthority(STAFF_ROLES)
                    .requestMatchers(path("/api/incidents/**"))
                    .hasAnyAuthority(INCIDENT_COMMANDERS)
                    .requestMatchers(
                        path(HttpMethod.POST, "/api/knowledge/*/publish"),
                        path(HttpMethod.POST, "/api/knowledge/*/retire"))
                    .hasAnyAuthority(KNOWLEDGE_REVIEWERS.toArray(String[]::new))
                    .requestMatchers(
                        path(HttpMethod.GET, "/api/reply-templates/**"),
                        path(HttpMethod.GET, "/api/ticket-templates/**"))
                    .hasAnyAuthority(STAFF_ROLES)
                    .requestMatchers(
                        path("/api/reply-templates/**"), path("/api/ticket-templates/**"))
                    .hasAnyAuthority(TEMPLATE_EDITORS)
                    .requestMatchers(path("/api/tickets/*/personal-data/**"))
                    .hasAnyAuthority(personalDataReaders)
                    .requestMatchers(path("/api/audit/**"))
                    .hasAnyAuthority(AUDIT_READERS)
                    .requestMatchers(path("/api/reports/**"))
                    .hasAnyAuthority(REPORT_READERS)
                    .requestMatchers(path("/api/**"))
                    .hasAnyAuthority(STAFF_ROLES)
                    .anyRequest()
                    .authenticated())
        .build();
  }

  /**
   * Any change to deployments, through the engine REST API or the webapps' one: creating,
   * redeploying, deleting, under whatever spelling of the path the servlet behind accepts (trailing
   * slash, {@code engine/{name}/…}, encoded letters, case). Only reads are allowed: deployments
   * come from the build.
   */
  static RequestMatcher runtimeDeployment() {
    RequestMatcher engineApis =
        new OrRequestMatcher(path("/engine-rest/**"), path("/camunda/api/engine/**"));
    return request ->
        !READS.contains(request.getMethod())
            && engineApis.matches(request)
            && NormalizedPathMatcher.hasSegment(request, DEPLOYMENT);
  }

  /** What integration users may call: open a ticket, comment on a ticket. */
  static RequestMatcher integrationEndpoints() {
    return new OrRequestMatcher(
        path(HttpMethod.POST, "/api/tickets"), path(HttpMethod.POST, "/api/tickets/*/comments"));
  }

  /**
   * Whether the call changes something (any method but GET, HEAD, OPTIONS) and the caller's only
   * role is {@code analysts}: analysts read, they change nothing. A user who is also in another
   * role group (an agent, say) has that group's rights.
   */
  static boolean analystWrite(HttpServletRequest request) {
    if (READS.contains(request.getMethod())
        || !(request.getUserPrincipal() instanceof Authentication user)) {
      return false;
    }
    List<String> roles =
        user.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(ROLE_SET::contains)
            .toList();
    return !roles.isEmpty() && roles.stream().allMatch(ANALYST::equals);
  }

  /** Whether the authenticated caller is an integration user. */
  static boolean integrationCaller(HttpServletRequest request) {
    return request.getUserPrincipal() instanceof Authentication user
        && user.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .anyMatch(INTEGRATION::equals);
  }

  /**
   * Matches the whole request path, normalized ({@link NormalizedPathMatcher}), whichever servlet
   * (Spring MVC, Jersey, the webapps) serves it.
   */
  private static RequestMatcher path(String pattern) {
    return NormalizedPathMatcher.of(pattern);
  }

  private static RequestMatcher path(HttpMethod method, String pattern) {
    return NormalizedPathMatcher.of(method, pattern);
  }

  private static HttpSecurity stateless(
      HttpSecurity http, AuthenticationManager authentication, ProblemResponses problems)
      throws Exception {
    return http.authenticationManager(authentication)
        .httpBasic(basic -> basic.authenticationEntryPoint(problems.unauthorized()))
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(problems.unauthorized())
                    .accessDeniedHandler(problems.forbidden()))
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
  }
}
