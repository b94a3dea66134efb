package tw.dropout.security;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import tw.dropout.account.LoginFailureHandler;
import tw.dropout.account.LoginFormDetails;
import tw.dropout.account.LoginSuccessHandler;
import tw.dropout.account.StaffAuthenticationProvider;

/**
 * Spring Security owns every login. Two doors: our captcha login form (session) for pages and the
 * Camunda webapps, and HTTP Basic or that same session for /engine-rest. The webapps and the REST API
 * then trust the signed-in principal (see {@link CamundaSingleSignOn}).
 */
@Configuration
public class SecurityConfig {

  /** Pages that need no login. Issues adding public pages extend this list. */
  static final String[] PUBLIC_PATHS = {
      "/", "/login", "/captcha", "/error", "/favicon.ico",
      "/webjars/**", "/css/**", "/js/**", "/img/**",
      // accounts: registration, forgot password, set password, announcement attachments, the demo mailbox
      "/register", "/register/**", "/forgot-password", "/password", "/password/done",
      "/announcements/*/attachment", "/dev/mailbox"};

  static final RequestMatcher CAMUNDA_LOGOUT = path(HttpMethod.POST, "/camunda/api/admin/auth/user/*/logout");
  static final RequestMatcher CAMUNDA_API = path("/camunda/api/**");
  static final RequestMatcher ENGINE_REST = path("/engine-rest/**");

  private static final String OUR_PAGES_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
      + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  @Bean
  AuthenticationManager authenticationManager(StaffAuthenticationProvider provider) {
    return new ProviderManager(provider);
  }

  @Bean
  SessionRegistry sessionRegistry() {
    return new SessionRegistryImpl();
  }

  @Bean
  HttpSessionEventPublisher httpSessionEventPublisher() {
    return new HttpSessionEventPublisher();
  }

  /** /engine-rest: 401 for strangers; HTTP Basic against our accounts, or the browser session. */
  @Bean
  @Order(1)
  SecurityFilterChain engineRest(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
    BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
    basic.setRealmName("engine-rest");
    http.securityMatcher(ENGINE_REST)
        .authenticationManager(authenticationManager)
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .httpBasic(b -> b.authenticationEntryPoint(basic))
        .exceptionHandling(e -> e.authenticationEntryPoint(basic))
        // Basic callers get no session; session callers keep theirs (SameSite=Lax stops cross-site posts).
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        .csrf(c -> c.disable());
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain web(HttpSecurity http, AuthenticationManager authenticationManager,
      LoginFormDetails.Source detailsSource, LoginSuccessHandler success, LoginFailureHandler failure,
      SessionRegistry sessionRegistry) throws Exception {
    http.authenticationManager(authenticationManager)
        .authorizeHttpRequests(a -> a
            // Camunda's own login and first-admin setup are never used: Spring Security signs people in.
            .requestMatchers(path("/camunda/api/admin/auth/user/*/login/**")).denyAll()
            .requestMatchers(path("/camunda/api/admin/setup/**")).denyAll()
            .requestMatchers(java.util.Arrays.stream(PUBLIC_PATHS).map(SecurityConfig::path)
                .toArray(RequestMatcher[]::new)).permitAll()
            .anyRequest().authenticated())
        .requestCache(c -> c.requestCache(pageRequestCache()))
        .formLogin(f -> f
            .loginPage("/login")
            .loginProcessingUrl("/login")
            .authenticationDetailsSource(detailsSource)
            .successHandler(success)
            .failureHandler(failure)
            .permitAll())
        .logout(l -> l
            .logoutRequestMatcher(new OrRequestMatcher(path(HttpMethod.POST, "/logout"), CAMUNDA_LOGOUT))
            .logoutSuccessHandler((request, response, authentication) -> {
              if (CAMUNDA_LOGOUT.matches(request)) {
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
              } else {
                response.sendRedirect(request.getContextPath() + "/login?logout");
              }
            })
            .invalidateHttpSession(true)
            .deleteCookies("DROPOUTSESSION", "XSRF-TOKEN"))
        // The webapps send their own CSRF token (Camunda's CsrfPreventionFilter checks it).
        .csrf(c -> c.ignoringRequestMatchers(CAMUNDA_API))
        .exceptionHandling(e -> e
            .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), CAMUNDA_API)
            .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), path("/**")))
        .sessionManagement(s -> s
            .maximumSessions(-1)
            .sessionRegistry(sessionRegistry)
            .expiredUrl("/login?expired"))
        .headers(h -> h
            .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                new NegatedRequestMatcher(path("/camunda/**")),
                new ContentSecurityPolicyHeaderWriter(OUR_PAGES_CSP)))
            .referrerPolicy(r -> r.policy(
                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
    return http.build();
  }

  /** Remembers only page visits (deep links), never API calls, so login returns people to a page. */
  private static HttpSessionRequestCache pageRequestCache() {
    HttpSessionRequestCache cache = new HttpSessionRequestCache();
    cache.setRequestMatcher(new AndRequestMatcher(path(HttpMethod.GET, "/**"),
        new NegatedRequestMatcher(CAMUNDA_API), new NegatedRequestMatcher(path("/captcha"))));
    return cache;
  }

  static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }

  static RequestMatcher path(HttpMethod method, String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
  }
}
