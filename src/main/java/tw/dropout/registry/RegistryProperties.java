package tw.dropout.registry;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dropout.registry.*}: where student lookups go. embedded = the registry_student table (demo,
 * or filled by administrators' imports); http = the school administration's registry service.
 */
@ConfigurationProperties(prefix = "dropout.registry")
public record RegistryProperties(@DefaultValue("embedded") Mode mode, @DefaultValue Http http) {

  public enum Mode { EMBEDDED, HTTP }

  /**
   * @param baseUrl  e.g. https://registry.example.gov.tw/api (GET {baseUrl}/students/{nationalId})
   * @param timeout  per attempt, connecting plus answering
   * @param retries  further attempts after a timeout, refused connection or 5xx (0 = try once)
   */
  public record Http(URI baseUrl, @DefaultValue("5s") Duration timeout, @DefaultValue("2") int retries) {
  }
}
