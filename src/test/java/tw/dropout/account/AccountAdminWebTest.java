package tw.dropout.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.dropout.mail.EmbeddedMailServer;
import tw.dropout.mail.OutboxSender;
import tw.dropout.school.NewStaff;
import tw.dropout.school.SchoolDirectory;
import tw.dropout.school.StaffRepository;
import tw.dropout.school.StaffRole;
import tw.dropout.school.StaffStatus;
import tw.dropout.support.IntegrationTest;
import tw.dropout.support.MutableClock;
import tw.dropout.support.WebSession;

/** 帳號管理 over real HTTP: new main reporters, disabling (sessions end), enabling, unlocking. */
@IntegrationTest
class AccountAdminWebTest {

  private static final String PASSWORD = "Original2026pw";

  @LocalServerPort int port;
  @Autowired SchoolDirectory directory;
  @Autowired StaffRepository staff;
  @Autowired IdentityService identityService;
  @Autowired OutboxSender sender;
  @Autowired EmbeddedMailServer smtp;
  @Autowired MutableClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private String newTeacher() {
    String username = Applicants.uniqueName("adm");
    directory.createStaff(new NewStaff(username, "蘇志偉", "導師", username + "@example.org", "02-1234-5678",
        "019901", StaffRole.HOMEROOM_TEACHER), PASSWORD, StaffStatus.ACTIVE);
    return username;
  }

  private static HttpResponse<String> adminPost(WebSession admin, String path, Map<String, String> form) {
    String csrf = admin.csrfFrom(admin.get("/admin/accounts").body());
    java.util.Map<String, String> all = new java.util.HashMap<>(form);
    all.put("_csrf", csrf);
    return admin.postForm(path, all);
  }

  private static String location(HttpResponse<String> r) {
    return r.headers().firstValue("Location").orElse("");
  }

  @Test
  void anAdministratorCreatesAMainReporterWhoActivatesFromTheMail() {
    WebSession admin = WebSession.loggedIn(port, "admin", "demo");
    String username = Applicants.uniqueName("main");
    HttpResponse<String> created = adminPost(admin, "/admin/accounts/new", Map.of("schoolCode", "219901",
        "name", "黃建國", "title", "學務主任", "email", username + "@example.org", "phone", "06-234-5678",
        "username", username));
    assertThat(location(created)).endsWith("/admin/accounts");
    assertThat(admin.get("/admin/accounts?school=219901").body()).contains("已建立帳號 " + username + "，開通信已寄出。",
        username, "黃建國", "主要通報人員", "尚未開通");

    List<MimeMessage> mails = Applicants.deliver(sender, smtp, username + "@example.org");
    assertThat(mails).hasSize(1);
    assertThat(Applicants.text(mails.get(0))).contains("臺南市立鳳凰高級中學／主要通報人員");
    String firstToken = Applicants.token(Applicants.link(mails.get(0), "/password?token="));

    // A new link replaces the first one.
    adminPost(admin, "/admin/accounts/" + username + "/resend", Map.of());
    mails = Applicants.deliver(sender, smtp, username + "@example.org");
    assertThat(mails).hasSize(2);
    WebSession stranger = new WebSession(port);
    assertThat(stranger.get("/password?token=" + firstToken).body()).contains("此連結已過期");
    String token = Applicants.token(Applicants.link(mails.get(1), "/password?token="));
    String page = stranger.get("/password?token=" + token).body();
    stranger.postForm("/password", Map.of("token", token, "password", "Phoenix2026main", "confirm", "Phoenix2026main",
        "_csrf", stranger.csrfFrom(page)));
    assertThat(staff.findByUsername(username).orElseThrow().status()).isEqualTo(StaffStatus.ACTIVE);
    assertThat(location(new WebSession(port).login(username, "Phoenix2026main", "Kw7Hd")))
        .endsWith("/camunda/app/tasklist/default/");
  }

  @Test
  void theCreateFormChecksItsFields() {
    WebSession admin = WebSession.loggedIn(port, "admin", "demo");
    String csrf = admin.csrfFrom(admin.get("/admin/accounts/new").body());
    String html = admin.postForm("/admin/accounts/new", Map.of("schoolCode", "", "name", "", "title", "", "email", "main1@example.org",
        "phone", "x", "username", "main1", "_csrf", csrf)).body();
    assertThat(html).contains("請選擇學校。", "請輸入姓名。", "請輸入職稱。", "此電子信箱已有帳號使用或正在申請中。",
        "聯絡電話格式不正確", "此帳號已有人使用或正在申請中，請換一個。");
  }

  @Test
  void disablingEndsTheUsersSessionsAndStopsLoginUntilEnabledAgain() {
    String username = newTeacher();
    WebSession user = WebSession.loggedIn(port, username, PASSWORD);
    assertThat(user.get("/engine-rest/task/count").statusCode()).isEqualTo(200);
    assertThat(user.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);

    WebSession admin = WebSession.loggedIn(port, "admin", "demo");
    adminPost(admin, "/admin/accounts/" + username + "/disable", Map.of());
    assertThat(admin.get("/admin/accounts").body()).contains("已停用帳號 " + username);
    assertThat(staff.findByUsername(username).orElseThrow().status()).isEqualTo(StaffStatus.DISABLED);

    assertThat(location(user.get("/camunda/app/tasklist/default/"))).contains("/login");
    assertThat(user.get("/engine-rest/task/count").statusCode()).isEqualTo(401);
    assertThat(location(new WebSession(port).login(username, PASSWORD, "Kw7Hd"))).contains("/login?error");

    adminPost(admin, "/admin/accounts/" + username + "/enable", Map.of());
    assertThat(staff.findByUsername(username).orElseThrow().status()).isEqualTo(StaffStatus.ACTIVE);
    assertThat(location(new WebSession(port).login(username, PASSWORD, "Kw7Hd"))).endsWith("/camunda/app/tasklist/default/");
  }

  @Test
  void anAdministratorUnlocksALockedAccount() {
    String username = newTeacher();
    staff.recordFailedLogin(username, 0, clock.instant().plus(Duration.ofMinutes(15)));
    assertThat(location(new WebSession(port).login(username, PASSWORD, "Kw7Hd"))).contains("/login?error");

    WebSession admin = WebSession.loggedIn(port, "admin", "demo");
    assertThat(admin.get("/admin/accounts?q=" + username).body()).contains("解除鎖定", "鎖定至");
    adminPost(admin, "/admin/accounts/" + username + "/unlock", Map.of());

    assertThat(location(new WebSession(port).login(username, PASSWORD, "Kw7Hd"))).endsWith("/camunda/app/tasklist/default/");
  }

  @Test
  void onlyAdministratorsManageAccounts() {
    assertThat(WebSession.loggedIn(port, "ministry", "demo").get("/admin/accounts").statusCode()).isEqualTo(403);
    assertThat(WebSession.loggedIn(port, "main1", "demo").get("/admin/accounts").statusCode()).isEqualTo(403);
    assertThat(identityService.createUserQuery().userId("admin").count()).isEqualTo(1);
  }
}
