package tw.dropout.registry;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the one StudentRegistry by {@code dropout.registry.mode}. */
@Configuration
class RegistryConfig {

  @Bean
  StudentRegistry studentRegistry(RegistryProperties properties, RegistryStudents students, Clock clock) {
    if (properties.mode() == RegistryProperties.Mode.HTTP) {
      RegistryProperties.Http http = properties.http();
      if (http.baseUrl() == null) {
        throw new IllegalStateException("dropout.registry.mode=http needs dropout.registry.http.base-url");
      }
      return new RecordingStudentRegistry(
          new HttpStudentRegistry(http.baseUrl(), http.timeout(), http.retries(), clock), students);
    }
    // The table is the registry; imports are where it notices transfers.
    return students::find;
  }
}
