package tw.dropout.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.dropout.support.IntegrationTest;
import tw.dropout.support.MutableClock;

/** Each kind of short-lived row goes once its period is over, and not a day before. */
@IntegrationTest
class DataRetentionTest {

  @Autowired
  DataRetention retention;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  MutableClock clock;

  @Test
  void oldRowsGoNewOnesAndUndeliveredMailStay() {
    // At the clock's own time: rows other tests leave behind are younger than any period.
    Instant now = clock.instant();
    Instant oldMail = now.minus(Duration.ofDays(181));
    Instant youngMail = now.minus(Duration.ofDays(179));
    long sentOld = mail("SENT", oldMail);
    long failedOld = mail("FAILED", oldMail);
    long pendingOld = mail("PENDING", oldMail);
    long sentYoung = mail("SENT", youngMail);
    long tokenOld = token(now.minus(Duration.ofDays(31)));
    long tokenYoung = token(now.minus(Duration.ofDays(29)));
    long resetOld = resetRequest(now.minus(Duration.ofDays(8)));
    long resetYoung = resetRequest(now.minus(Duration.ofDays(6)));
    long loginOld = login(now.minus(Duration.ofDays(366)));
    long loginYoung = login(now.minus(Duration.ofDays(364)));

    retention.purge();

    assertThat(ids("mail_outbox", sentOld, failedOld, pendingOld, sentYoung)).containsExactlyInAnyOrder(pendingOld, sentYoung);
    assertThat(ids("password_token", tokenOld, tokenYoung)).containsExactly(tokenYoung);
    assertThat(ids("password_reset_request", resetOld, resetYoung)).containsExactly(resetYoung);
    assertThat(ids("login_audit", loginOld, loginYoung)).containsExactly(loginYoung);
    jdbc.sql("delete from mail_outbox where id in (?, ?)").params(pendingOld, sentYoung).update();
  }

  private long mail(String status, Instant created) {
    return insert("insert into mail_outbox (recipient, template, subject, text_body, html_body, status, attempts,"
        + " next_attempt_at, created_at) values ('old@example.org', 'test', 's', 't', 'h', ?, 0, ?, ?)",
        status, Timestamp.from(created), Timestamp.from(created));
  }

  private long token(Instant expired) {
    return insert("insert into password_token (username, purpose, token_hash, created_at, expires_at)"
        + " values ('retention', 'RESET', ?, ?, ?)", "h" + System.nanoTime(), Timestamp.from(expired.minusSeconds(1800)),
        Timestamp.from(expired));
  }

  private long resetRequest(Instant at) {
    return insert("insert into password_reset_request (username, remote_addr, requested_at, matched, mailed)"
        + " values ('retention', '192.0.2.1', ?, false, false)", Timestamp.from(at));
  }

  private long login(Instant at) {
    return insert("insert into login_audit (username, occurred_at, remote_addr, channel, outcome)"
        + " values ('retention', ?, '192.0.2.1', 'FORM', 'FAILURE')", Timestamp.from(at));
  }

  private long insert(String sql, Object... params) {
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql(sql).params(params).update(keys, "id");
    return keys.getKey().longValue();
  }

  private java.util.List<Long> ids(String table, Long... candidates) {
    return jdbc.sql("select id from " + table + " where id in (" + "?,".repeat(candidates.length - 1) + "?)")
        .params((Object[]) candidates).query(Long.class).list();
  }
}
