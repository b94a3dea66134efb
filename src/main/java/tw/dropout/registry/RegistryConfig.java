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
      HttpStudentRegistry remote = new HttpStudentRegistry(http.baseUrl(), http.timeout(), http.retries(), clock);
      // Each answer is kept, so the next lookup of the same student can notice a change of school.
      return nationalId -> remote.find(nationalId).map(students::remember);
    }
    return students::find;
  }
}
