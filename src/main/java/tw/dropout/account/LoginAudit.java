package tw.dropout.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Every login attempt, successful or not: who, when, from where, through which door, with what outcome. */
@Repository
public class LoginAudit {

  public enum Channel { FORM, HTTP_BASIC }

  public record Entry(String username, Instant occurredAt, String remoteAddr, Channel channel, String outcome) {
  }

  private final JdbcClient jdbc;

  LoginAudit(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Written in its own transaction: a refused login must still leave its trace. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void record(String username, Instant at, String remoteAddr, Channel channel, String outcome) {
    jdbc.sql("insert into login_audit (username, occurred_at, remote_addr, channel, outcome) values (?, ?, ?, ?, ?)")
        .params(truncate(username, 64), Timestamp.from(at), truncate(remoteAddr, 64), channel.name(), outcome)
        .update();
  }

  public List<Entry> latest(String username, int limit) {
    return jdbc.sql("select username, occurred_at, remote_addr, channel, outcome from login_audit"
            + " where username = ? order by id desc limit ?")
        .params(username, limit)
        .query((rs, i) -> new Entry(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
            Channel.valueOf(rs.getString(4)), rs.getString(5)))
        .list();
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
