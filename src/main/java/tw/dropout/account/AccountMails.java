package tw.dropout.account;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import tw.dropout.DropoutApplication;
import tw.dropout.mail.MailOutbox;
import tw.dropout.school.SchoolRepository;
import tw.dropout.school.StaffProfile;
import tw.dropout.system.DropoutProperties;

/** Issues set-password links and queues the mails that carry them (activation and reset). */
@Component
public class AccountMails {

  static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of(DropoutApplication.TIME_ZONE));

  private final PasswordTokens tokens;
  private final MailOutbox outbox;
  private final SchoolRepository schools;
  private final AccountProperties settings;
  private final String baseUrl;

  AccountMails(PasswordTokens tokens, MailOutbox outbox, SchoolRepository schools, AccountProperties settings,
      DropoutProperties properties) {
    this.tokens = tokens;
    this.outbox = outbox;
    this.schools = schools;
    this.settings = settings;
    this.baseUrl = properties.publicBaseUrl().replaceAll("/+$", "");
  }

  /** A new activation link (older ones stop working) mailed to the account's address. */
  public void sendActivation(StaffProfile account) {
    PasswordTokens.Issued issued = tokens.issue(account.username(), PasswordTokens.Purpose.ACTIVATION,
        settings.activationValidity());
    Map<String, Object> model = base(account);
    model.put("link", passwordLink(issued.token()));
    model.put("expiresAt", TIME.format(issued.expiresAt()));
    model.put("roleLabel", account.role().label());
    model.put("schoolName", schoolName(account.schoolCode()));
    outbox.enqueue(account.email(), "account-activation", model);
  }

  public void sendReset(StaffProfile account) {
    PasswordTokens.Issued issued = tokens.issue(account.username(), PasswordTokens.Purpose.RESET,
        settings.resetValidity());
    Map<String, Object> model = base(account);
    model.put("link", passwordLink(issued.token()));
    model.put("expiresAt", TIME.format(issued.expiresAt()));
    outbox.enqueue(account.email(), "password-reset", model);
  }

  String schoolName(String schoolCode) {
    return schoolCode == null ? "國民及學前教育署" : schools.findByCode(schoolCode).map(s -> s.name()).orElse(schoolCode);
  }

  String url(String path) {
    return baseUrl + path;
  }

  static String format(Instant instant) {
    return TIME.format(instant);
  }

  private String passwordLink(String token) {
    return UriComponentsBuilder.fromUriString(baseUrl).path("/password").queryParam("token", token).toUriString();
  }

  private static Map<String, Object> base(StaffProfile account) {
    Map<String, Object> model = new HashMap<>();
    model.put("name", account.displayName());
    model.put("username", account.username());
    return model;
  }
}
