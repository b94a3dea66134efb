package tw.dropout.security;

import java.util.Map;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets Tasklist, Cockpit, Admin and /engine-rest trust the principal Spring Security established.
 * Both filters run after Spring Security's chain (FilterRegistrationBean's default order) and before
 * the webapps' own authentication filter (registered "match after").
 */
@Configuration
class CamundaSingleSignOn {

  private static final String PROVIDER = ContainerBasedAuthenticationProvider.class.getName();

  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSingleSignOn() {
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> reg =
        new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    reg.setName("dropout-webapp-sso");
    reg.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, PROVIDER));
    reg.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
    return reg;
  }

  /** Sets the engine's authentication (user, groups, tenants) for each /engine-rest call, so its checks apply. */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> reg =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    reg.setName("dropout-engine-rest-auth");
    reg.setInitParameters(Map.of(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, PROVIDER,
        ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, "/engine-rest"));
    reg.addUrlPatterns("/engine-rest/*");
    return reg;
  }
}
