package tw.dropout.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.dropout.school.NewStaff;
import tw.dropout.school.SchoolDirectory;
import tw.dropout.school.StaffRepository;
import tw.dropout.school.StaffRole;
import tw.dropout.school.StaffStatus;
import tw.dropout.support.Browser;
import tw.dropout.support.IntegrationTest;
import tw.dropout.support.MutableClock;
import tw.dropout.support.WebSession;

/** Our login form end to end over HTTP: captcha, passwords, account states, lockout, audit. */
@IntegrationTest
class LoginTest {

  private static final String BAD_CREDENTIALS = "帳號或密碼錯誤";

  @LocalServerPort
  int port;
  @Autowired
  SchoolDirectory directory;
  @Autowired
  StaffRepository staff;
  @Autowired
  MutableClock clock;
  @Autowired
  LoginAudit audit;
  @Autowired
  IdentityService identityService;
  @Autowired
  JdbcClient jdbc;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  /** A fresh school-1 teacher so lockout and status changes touch no shared account. */
  private String newTeacher(String password, StaffStatus status) {
    String username = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    directory.createStaff(new NewStaff(username, "測試導師", "導師", username + "@example.org", "02-1234-5678",
        "019901", StaffRole.HOMEROOM_TEACHER), password, status);
    return username;
  }

  private static String location(HttpResponse<String> response) {
    return response.headers().firstValue("Location").orElse("");
  }

  /** The message the login page shows after a refused attempt. */
  private static String shownMessage(WebSession session) {
    return session.get("/login?error").body();
  }

  @Test
  void rightCaptchaAndPasswordLeadSchoolStaffToTasklist() {
    WebSession session = new WebSession(port);
    HttpResponse<String> response = session.login("teacher1", "demo", Browser.CAPTCHA);
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(location(response)).endsWith("/camunda/app/tasklist/default/");
  }

  @Test
  void ministryAndAdministratorsLandOnTheOverview() {
    assertThat(location(new WebSession(port).login("ministry", "demo", Browser.CAPTCHA))).endsWith("/overview");
    assertThat(location(new WebSession(port).login("admin", "demo", Browser.CAPTCHA))).endsWith("/overview");
  }

  @Test
  void captchaIsCaseInsensitive() {
    HttpResponse<String> response = new WebSession(port).login("teacher2", "demo", Browser.CAPTCHA.toLowerCase());
    assertThat(location(response)).endsWith("/camunda/app/tasklist/default/");
  }

  @Test
  void wrongCaptchaIsRefusedWithoutLookingAtThePassword() {
    String user = newTeacher("right-password-1", StaffStatus.ACTIVE);
    WebSession session = new WebSession(port);
    HttpResponse<String> response = session.login(user, "right-password-1", "AAAAA");
    assertThat(location(response)).contains("/login?error");
    String page = shownMessage(session);
    assertThat(page).contains("驗證碼錯誤");
    assertThat(page).as("the typed account name is kept").contains("value=\"" + user + "\"");
    assertThat(staff.findByUsername(user).orElseThrow().failedLogins()).isZero();
    assertThat(audit.latest(user, 1).get(0).outcome()).isEqualTo("CAPTCHA_WRONG");
  }

  @Test
  void expiredCaptchaIsRefused() {
    WebSession session = new WebSession(port);
    String csrf = session.csrfFrom(session.get("/login").body());
    session.get("/captcha");
    clock.advance(Duration.ofMinutes(6));
    HttpResponse<String> response = session.postForm("/login",
        Map.of("username", "teacher1", "password", "demo", "captcha", Browser.CAPTCHA, "_csrf", csrf));
    assertThat(location(response)).contains("/login?error");
    assertThat(shownMessage(session)).contains("驗證碼已過期");
  }

  @Test
  void aCaptchaCannotBeReused() {
    String user = newTeacher("right-password-1", StaffStatus.ACTIVE);
    WebSession session = new WebSession(port);
    String csrf = session.csrfFrom(session.get("/login").body());
    session.get("/captcha");
    Map<String, String> wrongPassword =
        Map.of("username", user, "password", "not-it", "captcha", Browser.CAPTCHA, "_csrf", csrf);
    assertThat(shownAfter(session, wrongPassword)).contains(BAD_CREDENTIALS);
    // Same captcha again, now with the right password: the challenge is used up.
    String csrf2 = session.csrfFrom(session.get("/login").body());
    Map<String, String> rightPassword =
        Map.of("username", user, "password", "right-password-1", "captcha", Browser.CAPTCHA, "_csrf", csrf2);
    HttpResponse<String> response = session.postForm("/login", rightPassword);
    assertThat(location(response)).contains("/login?error");
    assertThat(shownMessage(session)).contains("驗證碼已過期或已使用過");
  }

  private static String shownAfter(WebSession session, Map<String, String> form) {
    session.postForm("/login", form);
    return shownMessage(session);
  }

  @Test
  void wrongPasswordAndUnknownAccountGetTheSameMessage() {
    String user = newTeacher("right-password-1", StaffStatus.ACTIVE);
    WebSession a = new WebSession(port);
    a.login(user, "wrong-password", Browser.CAPTCHA);
    String wrongPassword = messageIn(shownMessage(a));
    WebSession b = new WebSession(port);
    b.login("nosuchaccount" + user, "whatever", Browser.CAPTCHA);
    String unknown = messageIn(shownMessage(b));
    assertThat(wrongPassword).contains(BAD_CREDENTIALS).isEqualTo(unknown);
  }

  private static String messageIn(String page) {
    int start = page.indexOf("alert-danger");
    return page.substring(start, page.indexOf("</div>", start));
  }

  @Test
  void fiveConsecutiveFailuresLockTheAccountForFifteenMinutes() {
    String user = newTeacher("right-password-1", StaffStatus.ACTIVE);
    for (int i = 1; i <= 4; i++) {
      WebSession s = new WebSession(port);
      s.login(user, "wrong-" + i, Browser.CAPTCHA);
      assertThat(shownMessage(s)).contains(BAD_CREDENTIALS);
    }
    WebSession fifth = new WebSession(port);
    fifth.login(user, "wrong-5", Browser.CAPTCHA);
    assertThat(shownMessage(fifth)).contains("已暫時鎖定");

    // Even the right password is refused while locked.
    clock.advance(Duration.ofMinutes(14));
    WebSession locked = new WebSession(port);
    assertThat(location(locked.login(user, "right-password-1", Browser.CAPTCHA))).contains("/login?error");
    assertThat(shownMessage(locked)).contains("已暫時鎖定");

    clock.advance(Duration.ofMinutes(1).plusSeconds(1));
    assertThat(location(new WebSession(port).login(user, "right-password-1", Browser.CAPTCHA)))
        .endsWith("/camunda/app/tasklist/default/");
    assertThat(staff.findByUsername(user).orElseThrow().failedLogins()).isZero();
  }

  @Test
  void aSuccessfulLoginResetsTheFailureCount() {
    String user = newTeacher("right-password-1", StaffStatus.ACTIVE);
    for (int i = 0; i < 4; i++) {
      new WebSession(port).login(user, "wrong", Browser.CAPTCHA);
    }
    new WebSession(port).login(user, "right-password-1", Browser.CAPTCHA);
    for (int i = 0; i < 4; i++) {
      new WebSession(port).login(user, "wrong", Browser.CAPTCHA);
    }
    assertThat(location(new WebSession(port).login(user, "right-password-1", Browser.CAPTCHA)))
        .endsWith("/camunda/app/tasklist/default/");
  }

  @Test
  void anAdministratorCanUnlock() {
    String user = newTeacher("right-password-1", StaffStatus.ACTIVE);
    for (int i = 0; i < 5; i++) {
      new WebSession(port).login(user, "wrong", Browser.CAPTCHA);
    }
    assertThat(staff.findByUsername(user).orElseThrow().isLockedAt(clock.instant())).isTrue();
    staff.clearFailedLogins(user);
    assertThat(location(new WebSession(port).login(user, "right-password-1", Browser.CAPTCHA)))
        .endsWith("/camunda/app/tasklist/default/");
  }

  @Test
  void pendingAndDisabledAccountsAreToldWhy() {
    String pending = newTeacher(null, StaffStatus.PENDING);
    WebSession a = new WebSession(port);
    a.login(pending, "anything", Browser.CAPTCHA);
    assertThat(shownMessage(a)).contains("尚未開通");

    String disabled = newTeacher("right-password-1", StaffStatus.ACTIVE);
    staff.updateStatus(disabled, StaffStatus.DISABLED, clock.instant());
    WebSession b = new WebSession(port);
    b.login(disabled, "right-password-1", Browser.CAPTCHA);
    assertThat(shownMessage(b)).contains("已停用");
    // A wrong password on a disabled account reveals nothing about its state.
    WebSession c = new WebSession(port);
    c.login(disabled, "wrong-password", Browser.CAPTCHA);
    assertThat(shownMessage(c)).contains(BAD_CREDENTIALS).doesNotContain("已停用");
  }

  @Test
  void everyAttemptIsAuditedWithTimeAddressAndOutcome() {
    String user = newTeacher("right-password-1", StaffStatus.ACTIVE);
    new WebSession(port).login(user, "wrong", Browser.CAPTCHA);
    new WebSession(port).login(user, "right-password-1", Browser.CAPTCHA);
    var entries = audit.latest(user, 5);
    assertThat(entries).extracting(LoginAudit.Entry::outcome).containsExactly("SUCCESS", "BAD_CREDENTIALS");
    assertThat(entries).allSatisfy(e -> {
      assertThat(e.remoteAddr()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
      assertThat(e.channel()).isEqualTo(LoginAudit.Channel.FORM);
      assertThat(e.occurredAt()).isNotNull();
    });
  }

  @Test
  void theLoginFormNeedsItsCsrfToken() {
    WebSession session = new WebSession(port);
    session.get("/captcha");
    HttpResponse<String> response = session.postForm("/login",
        Map.of("username", "teacher1", "password", "demo", "captcha", Browser.CAPTCHA));
    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void passwordsAreStoredAsBcrypt() {
    String hash = jdbc.sql("select PWD_ from ACT_ID_USER where ID_ = 'teacher1'").query(String.class).single();
    assertThat(hash).startsWith("{BCRYPT}$2a$");
    assertThat(identityService.checkPassword("teacher1", "demo")).isTrue();
  }

  @Test
  void ourPagesSendSecurityHeaders() {
    HttpResponse<String> response = new WebSession(port).get("/login");
    assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
        csp -> assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'"));
    assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(response.headers().firstValue("Set-Cookie")).hasValueSatisfying(
        c -> assertThat(c).contains("HttpOnly").contains("SameSite=Lax"));
  }
}
