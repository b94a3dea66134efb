package tw.dropout.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The dropout.registry.* keys as the README (Student registry) lists them (a bare binder, no application context). */
class RegistryPropertiesTest {

  @Configuration
  @EnableConfigurationProperties(RegistryProperties.class)
  static class Binding {
  }

  private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Binding.class);

  @Test
  void defaultsToTheEmbeddedRegistry() {
    runner.run(context -> {
      RegistryProperties p = context.getBean(RegistryProperties.class);
      assertThat(p.mode()).isEqualTo(RegistryProperties.Mode.EMBEDDED);
      assertThat(p.http().timeout()).isEqualTo(Duration.ofSeconds(5));
      assertThat(p.http().retries()).isEqualTo(2);
    });
  }

  @Test
  void bindsTheHttpSettings() {
    runner.withPropertyValues("dropout.registry.mode=http",
            "dropout.registry.http.base-url=https://registry.example.gov.tw/api",
            "dropout.registry.http.timeout=1500ms", "dropout.registry.http.retries=0")
        .run(context -> {
          RegistryProperties p = context.getBean(RegistryProperties.class);
          assertThat(p.mode()).isEqualTo(RegistryProperties.Mode.HTTP);
          assertThat(p.http().baseUrl()).isEqualTo(URI.create("https://registry.example.gov.tw/api"));
          assertThat(p.http().timeout()).isEqualTo(Duration.ofMillis(1500));
          assertThat(p.http().retries()).isZero();
        });
  }

  @Test
  void httpModeWithoutAnAddressDoesNotStart() {
    RegistryProperties noAddress = new RegistryProperties(RegistryProperties.Mode.HTTP,
        new RegistryProperties.Http(null, Duration.ofSeconds(5), 2));
    assertThatThrownBy(() -> new RegistryConfig().studentRegistry(noAddress, null, Clock.systemDefaultZone()))
        .hasMessageContaining("dropout.registry.http.base-url");
  }
}
