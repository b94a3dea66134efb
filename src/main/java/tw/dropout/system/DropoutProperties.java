package tw.dropout.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code dropout.*} in application.yaml. */
@ConfigurationProperties(prefix = "dropout")
public record DropoutProperties(
    String systemName,
    String publicBaseUrl,
    String serviceContact,
    Captcha captcha,
    Login login,
    boolean demoData) {

  public record Captcha(String fixedAnswer, Duration ttl) {
    public boolean hasFixedAnswer() {
      return fixedAnswer != null && !fixedAnswer.isBlank();
    }
  }

  public record Login(int maxFailures, Duration lockDuration) {
  }
}
