package tw.dropout.system;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes what the system only needs for a while: delivered (or abandoned) mails, whose bodies carry
 * names and links; password links long expired or used; forgot-password requests, kept only for the
 * hourly limits; login records past the audit period. Case files, tracking records and the case audit
 * are business records and are never deleted here; the engine's own history follows each process's
 * historyTimeToLive (camunda.bpm history cleanup window).
 *
 * <p>Deleting is idempotent, so two servers running it at once do no harm.
 */
@Service
public class DataRetention {

  private static final Logger LOG = LoggerFactory.getLogger(DataRetention.class);

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Duration mail;
  private final Duration passwordTokens;
  private final Duration resetRequests;
  private final Duration loginAudit;

  DataRetention(JdbcClient jdbc, Clock clock,
      @Value("${dropout.retention.mail:180d}") Duration mail,
      @Value("${dropout.retention.password-tokens:30d}") Duration passwordTokens,
      @Value("${dropout.retention.reset-requests:7d}") Duration resetRequests,
      @Value("${dropout.retention.login-audit:365d}") Duration loginAudit) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.mail = mail;
    this.passwordTokens = passwordTokens;
    this.resetRequests = resetRequests;
    this.loginAudit = loginAudit;
  }

  /** @return rows deleted per table */
  @Transactional
  public Map<String, Integer> purge() {
    Instant now = clock.instant();
    Map<String, Integer> deleted = new LinkedHashMap<>();
    // Pending and in-flight mails stay whatever their age: they have not reached anyone yet.
    deleted.put("mail_outbox", jdbc.sql("delete from mail_outbox where status in ('SENT', 'FAILED') and created_at < ?")
        .param(before(now, mail)).update());
    deleted.put("password_token", jdbc.sql("delete from password_token where expires_at < ?")
        .param(before(now, passwordTokens)).update());
    deleted.put("password_reset_request", jdbc.sql("delete from password_reset_request where requested_at < ?")
        .param(before(now, resetRequests)).update());
    deleted.put("login_audit", jdbc.sql("delete from login_audit where occurred_at < ?")
        .param(before(now, loginAudit)).update());
    if (deleted.values().stream().anyMatch(n -> n > 0)) {
      LOG.info("Data retention: deleted {}", deleted);
    }
    return deleted;
  }

  private static Timestamp before(Instant now, Duration period) {
    return Timestamp.from(now.minus(period));
  }
}
