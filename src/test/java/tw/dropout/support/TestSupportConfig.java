package tw.dropout.support;

import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import tw.dropout.DropoutApplication;
import tw.dropout.security.AccessGrant;
import tw.dropout.security.AccessPolicy;

@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfig {

  @Bean
  @Primary
  MutableClock testClock() {
    return new MutableClock(Instant.now(), ZoneId.of(DropoutApplication.TIME_ZONE));
  }

  /** Counselors may work on the test-only TenantProbe process (src/test/resources/processes/test). */
  @Bean
  AccessGrant.AccessGrants tenantProbeGrants() {
    return () -> AccessPolicy.taskWorker("counselor", "TenantProbe");
  }

  @Bean
  RecordedEvents recordedEvents() {
    return new RecordedEvents();
  }
}
