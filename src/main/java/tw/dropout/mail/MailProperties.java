package tw.dropout.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code dropout.mail.*}. The SMTP connection itself is Spring Boot's {@code spring.mail.*}
 * (host, port, username, password, TLS) unless the embedded demo server is on.
 */
@ConfigurationProperties(prefix = "dropout.mail")
public record MailProperties(
    /** Sender address (From). */
    String from,
    /** Whether a background task delivers the outbox every {@link #pollInterval}; off in tests, which call the sender. */
    boolean scheduled,
    Duration pollInterval,
    /** Most mails delivered per run. */
    int batchSize,
    /** After this many failed attempts a mail is marked FAILED and left alone. */
    int maxAttempts,
    /** Delay after the first failure; doubled after every further failure up to {@link #maxRetryDelay}. */
    Duration firstRetryDelay,
    Duration maxRetryDelay,
    /** How long a claimed mail is reserved for the sender that claimed it (a crashed sender's claim then lapses). */
    Duration claimTimeout,
    Embedded embedded) {

  /** GreenMail inside the application (demo run and tests): port 0 picks a free port at start. */
  public record Embedded(boolean enabled, int port) {
  }

  /** Delay before attempt {@code attempts + 1}, after {@code attempts} failures (1, 2, 3 ...). */
  Duration retryDelay(int attempts) {
    Duration delay = firstRetryDelay;
    for (int i = 1; i < attempts && delay.compareTo(maxRetryDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
  }
}
