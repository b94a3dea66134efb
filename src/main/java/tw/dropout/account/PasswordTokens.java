package tw.dropout.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Single-use links for setting a password. The raw token goes only into the mail; the table keeps
 * its SHA-256 hash, so a database reader cannot use the links.
 */
@Repository
public class PasswordTokens {

  public enum Purpose { ACTIVATION, RESET }

  /** What a presented token turned out to be. */
  public enum State { VALID, USED, EXPIRED, UNKNOWN }

  public record Check(State state, Long id, String username, Purpose purpose, Instant expiresAt) {
    static final Check UNKNOWN = new Check(State.UNKNOWN, null, null, null, null);
  }

  public record Issued(String token, Instant expiresAt) {
  }

  private final JdbcClient jdbc;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  PasswordTokens(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A new token for the account; earlier unused tokens of the same purpose stop working. */
  public Issued issue(String username, Purpose purpose, java.time.Duration validity) {
    Instant now = now();
    retire(username, purpose);
    byte[] raw = new byte[32];
    random.nextBytes(raw);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    Instant expires = now.plus(validity);
    jdbc.sql("insert into password_token (username, purpose, token_hash, created_at, expires_at) values (?, ?, ?, ?, ?)")
        .params(username, purpose.name(), hash(token), Timestamp.from(now), Timestamp.from(expires)).update();
    return new Issued(token, expires);
  }

  public Check check(String token) {
    if (token == null || !token.matches("[A-Za-z0-9_-]{20,100}")) {
      return Check.UNKNOWN;
    }
    Optional<Check> found = jdbc.sql("select id, username, purpose, expires_at, used_at from password_token"
            + " where token_hash = ?")
        .param(hash(token))
        .query((rs, i) -> {
          Instant expires = rs.getTimestamp("expires_at").toInstant();
          State state = rs.getTimestamp("used_at") != null ? State.USED
              : !now().isBefore(expires) ? State.EXPIRED : State.VALID;
          return new Check(state, rs.getLong("id"), rs.getString("username"),
              Purpose.valueOf(rs.getString("purpose")), expires);
        })
        .optional();
    return found.orElse(Check.UNKNOWN);
  }

  /** Marks the token used; false when someone else used it first (two tabs, a replay). */
  public boolean use(long id) {
    return jdbc.sql("update password_token set used_at = ? where id = ? and used_at is null")
        .params(Timestamp.from(now()), id).update() == 1;
  }

  public void retire(String username, Purpose purpose) {
    // A replaced link reads as expired: the page then points to the way to a new one.
    Timestamp now = Timestamp.from(now());
    jdbc.sql("update password_token set expires_at = ? where username = ? and purpose = ? and used_at is null"
            + " and expires_at > ?")
        .params(now, username, purpose.name(), now).update();
  }

  /** Forgets every token of an account that is being removed. */
  public void deleteAll(String username) {
    jdbc.sql("delete from password_token where username = ?").param(username).update();
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
