package tw.dropout.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.dropout.school.StaffProfile;
import tw.dropout.school.StaffRepository;
import tw.dropout.school.StaffStatus;

/**
 * 忘記密碼: when account name and email both match an active account, a reset link is mailed. Every
 * request is recorded; beyond {@code reset-limit} requests per account name or per client address within
 * the window the answer stays the same but no mail goes out, so the form cannot be used to flood a mailbox.
 */
@Service
public class PasswordResetRequests {

  private final JdbcClient jdbc;
  private final StaffRepository staff;
  private final AccountMails mails;
  private final AccountProperties settings;
  private final Clock clock;

  PasswordResetRequests(JdbcClient jdbc, StaffRepository staff, AccountMails mails, AccountProperties settings,
      Clock clock) {
    this.jdbc = jdbc;
    this.staff = staff;
    this.mails = mails;
    this.settings = settings;
    this.clock = clock;
  }

  /** @return whether account name and email matched an active account (what the page tells the user) */
  @Transactional
  public boolean request(String usernameInput, String emailInput, String remoteAddr) {
    String username = StaffAuthenticationProvider.normalize(usernameInput);
    username = username.length() > 64 ? username.substring(0, 64) : username;
    String email = emailInput == null ? "" : emailInput.strip().toLowerCase(Locale.ROOT);
    String address = remoteAddr == null ? "" : remoteAddr.length() > 64 ? remoteAddr.substring(0, 64) : remoteAddr;
    Optional<StaffProfile> account = staff.findByUsername(username)
        .filter(p -> p.status() == StaffStatus.ACTIVE && p.email().equalsIgnoreCase(email));
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    Timestamp since = Timestamp.from(now.minus(settings.resetLimitWindow()));
    long byAccount = jdbc.sql("select count(*) from password_reset_request where username = ? and requested_at > ?")
        .params(username, since).query(Long.class).single();
    long byAddress = jdbc.sql("select count(*) from password_reset_request where remote_addr = ? and requested_at > ?")
        .params(address, since).query(Long.class).single();
    boolean mail = account.isPresent() && byAccount < settings.resetLimit() && byAddress < settings.resetLimit();
    jdbc.sql("insert into password_reset_request (username, remote_addr, requested_at, matched, mailed)"
            + " values (?, ?, ?, ?, ?)")
        .params(username, address, Timestamp.from(now), account.isPresent(), mail).update();
    if (mail) {
      mails.sendReset(account.get());
    }
    return account.isPresent();
  }
}
