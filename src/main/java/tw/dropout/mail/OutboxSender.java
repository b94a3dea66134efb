package tw.dropout.mail;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Delivers the outbox over SMTP. Each mail is first claimed with a conditional update (only one sender,
 * on one node or many, can win a row), sent outside any database transaction, then marked SENT. A failed
 * attempt is retried with exponential back-off; after {@code max-attempts} the mail is marked FAILED. Bodies
 * are cleared once a mail is SENT or FAILED (they may carry set-password links).
 * A sender that dies between claiming and marking leaves a claim that lapses after {@code claim-timeout};
 * the mail is then tried again (the only case where a recipient could get it twice: the server accepted
 * it but the sender died before recording that).
 */
@Service
public class OutboxSender {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
  private static final String DUE = "((status = 'PENDING' and next_attempt_at <= ?) or (status = 'SENDING' and claimed_until < ?))";

  private record Mail(long id, String recipient, String subject, String text, String html, int attempts) {
  }

  private final JdbcClient jdbc;
  private final JavaMailSender smtp;
  private final MailProperties settings;
  private final Clock clock;

  OutboxSender(JdbcClient jdbc, JavaMailSender smtp, MailProperties settings, Clock clock) {
    this.jdbc = jdbc;
    this.smtp = smtp;
    this.settings = settings;
    this.clock = clock;
  }

  /** Sends every mail that is due (up to batch-size); returns how many were delivered. Safe to call concurrently. */
  public int sendDue() {
    Timestamp now = Timestamp.from(now());
    List<Long> due = jdbc.sql("select id from mail_outbox where " + DUE + " order by id limit ?")
        .params(now, now, settings.batchSize()).query(Long.class).list();
    int sent = 0;
    for (long id : due) {
      Mail mail = claim(id);
      if (mail != null && deliver(mail)) {
        sent++;
      }
    }
    return sent;
  }

  private Mail claim(long id) {
    Instant now = now();
    Timestamp ts = Timestamp.from(now);
    int won = jdbc.sql("update mail_outbox set status = 'SENDING', attempts = attempts + 1, claimed_until = ?"
            + " where id = ? and " + DUE)
        .params(Timestamp.from(now.plus(settings.claimTimeout())), id, ts, ts).update();
    if (won != 1) {
      return null;
    }
    return jdbc.sql("select id, recipient, subject, text_body, html_body, attempts from mail_outbox where id = ?")
        .param(id)
        .query((rs, i) -> new Mail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getInt(6)))
        .single();
  }

  private boolean deliver(Mail mail) {
    try {
      smtp.send(message(mail));
    } catch (MailException | MessagingException e) {
      failed(mail, e);
      return false;
    }
    // The bodies go once delivered: they may hold set-password links, which the database keeps only hashed.
    jdbc.sql("update mail_outbox set status = 'SENT', sent_at = ?, claimed_until = null, last_error = null,"
            + " text_body = '', html_body = '' where id = ?")
        .params(Timestamp.from(now()), mail.id()).update();
    return true;
  }

  private MimeMessage message(Mail mail) throws MessagingException {
    MimeMessage message = smtp.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
    helper.setFrom(settings.from());
    helper.setTo(mail.recipient());
    helper.setSubject(mail.subject());
    helper.setText(mail.text(), mail.html());
    message.setHeader("X-Dropout-Outbox-Id", Long.toString(mail.id()));
    return message;
  }

  private void failed(Mail mail, Exception e) {
    boolean permanent = e instanceof MailParseException || e instanceof MailPreparationException
        || e instanceof MessagingException;
    String error = e.getClass().getSimpleName() + ": " + e.getMessage();
    error = error.length() > 1000 ? error.substring(0, 1000) : error;
    if (permanent || mail.attempts() >= settings.maxAttempts()) {
      LOG.error("Mail {} to {} given up after {} attempt(s): {}", mail.id(), mail.recipient(), mail.attempts(), error);
      jdbc.sql("update mail_outbox set status = 'FAILED', claimed_until = null, last_error = ?,"
              + " text_body = '', html_body = '' where id = ?")
          .params(error, mail.id()).update();
      return;
    }
    Instant next = now().plus(settings.retryDelay(mail.attempts()));
    LOG.warn("Mail {} to {} not delivered (attempt {}), next try at {}: {}", mail.id(), mail.recipient(),
        mail.attempts(), next, error);
    jdbc.sql("update mail_outbox set status = 'PENDING', next_attempt_at = ?, claimed_until = null, last_error = ?"
            + " where id = ?")
        .params(Timestamp.from(next), error, mail.id()).update();
  }

  /** Millisecond precision: H2 rounds finer fractions, which would make a just-written time lie in the future. */
  private Instant now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
  }
}
