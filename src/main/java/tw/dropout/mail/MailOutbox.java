package tw.dropout.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to send mail. {@link #enqueue} renders the template and writes an outbox row in the
 * caller's transaction: if the caller rolls back, no mail goes out; once it commits, {@link OutboxSender}
 * delivers it, retrying through SMTP outages and restarts.
 */
@Service
public class MailOutbox {

  private final MailTemplates templates;
  private final JdbcClient jdbc;
  private final Clock clock;

  MailOutbox(MailTemplates templates, JdbcClient jdbc, Clock clock) {
    this.templates = templates;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Queues a mail to {@code to} from template {@code template} (see {@link MailTemplates}). Links in the
   * model must be absolute (build them from dropout.public-base-url, e.g. TaskLinks#taskUrl).
   *
   * @return the outbox row's id
   */
  @Transactional
  public long enqueue(String to, String template, Map<String, Object> model) {
    if (to == null || !to.matches("[^@\\s]+@[^@\\s]+")) {
      throw new IllegalArgumentException("not a mail address: " + to);
    }
    MailTemplates.Rendered mail = templates.render(template, model);
    Timestamp now = Timestamp.from(now());
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql("insert into mail_outbox (recipient, template, subject, text_body, html_body, status, attempts,"
            + " next_attempt_at, created_at) values (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)")
        .params(to.strip(), template, mail.subject(), mail.text(), mail.html(), now, now)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  /** Millisecond precision: H2 rounds finer fractions, which would make a just-written time lie in the future. */
  private Instant now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
  }
}
