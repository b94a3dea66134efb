package tw.dropout.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tw.dropout.mail.EmbeddedMailServer;
import tw.dropout.mail.OutboxSender;
import tw.dropout.school.NewStaff;
import tw.dropout.school.SchoolDirectory;
import tw.dropout.school.StaffRepository;
import tw.dropout.school.StaffRole;
import tw.dropout.school.StaffStatus;
import tw.dropout.support.IntegrationTest;
import tw.dropout.support.MutableClock;

/** 忘記密碼 and 設定密碼 over HTTP: the manual's two answers, the hourly limits, and every link and password rule. */
@IntegrationTest
class PasswordResetWebTest {

  private static final String SENT = "請前往信箱收取信件..";
  private static final String WRONG = "資料有誤!";

  @Autowired MockMvc mvc;
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

  private static int addressCounter = 1;

  /** A fresh client address per test, so the per-address limit of one test never touches another. */
  private static synchronized String freshAddress() {
    return "198.51.100." + (addressCounter++);
  }

  private String newAccount(StaffStatus status) {
    String username = Applicants.uniqueName("pw");
    directory.createStaff(new NewStaff(username, "何美玲", "教務主任", username + "@example.org", "02-1234-5678",
        "069901", StaffRole.SUPERVISOR), status == StaffStatus.PENDING ? null : "Original2026pw", status);
    return username;
  }

  private String ask(String address, String username, String email) throws Exception {
    String html = PublicForms.html(new PublicForms(mvc, address).post("/forgot-password",
        Map.of("username", username, "email", email, "captcha", "Kw7Hd")));
    assertThat(html).contains("系統訊息", "確定");
    return html.contains(SENT) ? SENT : html.contains(WRONG) ? WRONG : "neither";
  }

  private List<MimeMessage> mails(String username) {
    return Applicants.deliver(sender, smtp, username + "@example.org");
  }

  private MvcResult setPassword(String token, String password, String confirm) throws Exception {
    return new PublicForms(mvc, freshAddress()).post("/password",
        Map.of("token", token, "password", password, "confirm", confirm));
  }

  @Test
  void matchingAccountAndEmailGetAResetLinkThatSetsANewPasswordOnce() throws Exception {
    String username = newAccount(StaffStatus.ACTIVE);
    assertThat(ask(freshAddress(), username.toUpperCase(), username + "@EXAMPLE.org")).isEqualTo(SENT);

    List<MimeMessage> mails = mails(username);
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).getSubject()).contains("重設密碼");
    String link = Applicants.link(mails.get(0), "/password?token=");
    String token = Applicants.token(link);

    String page = PublicForms.html(new PublicForms(mvc, freshAddress()).get("/password?token=" + token));
    assertThat(page).contains("請為帳號 " + username + " 設定新密碼。", "新密碼", "再次輸入新密碼");

    MvcResult done = setPassword(token, "Harbor2026tide", "Harbor2026tide");
    assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/password/done");
    assertThat(identityService.checkPassword(username, "Harbor2026tide")).isTrue();
    assertThat(identityService.checkPassword(username, "Original2026pw")).isFalse();

    String again = PublicForms.html(new PublicForms(mvc, freshAddress()).get("/password?token=" + token));
    assertThat(again).contains("此連結已使用過", "重新申請重設密碼");
    assertThat(PublicForms.html(setPassword(token, "Another2026pw", "Another2026pw"))).contains("此連結已使用過");
    assertThat(identityService.checkPassword(username, "Harbor2026tide")).isTrue();
  }

  @Test
  void wrongEmailUnknownAccountAndPendingAccountAllGetTheSameWrongAnswerAndNoMail() throws Exception {
    String active = newAccount(StaffStatus.ACTIVE);
    String pending = newAccount(StaffStatus.PENDING);
    String address = freshAddress();
    assertThat(ask(address, active, "someone.else@example.org")).isEqualTo(WRONG);
    assertThat(ask(address, "nobody" + active, active + "@example.org")).isEqualTo(WRONG);
    assertThat(ask(address, pending, pending + "@example.org")).isEqualTo(WRONG);
    assertThat(mails(active)).isEmpty();
    assertThat(mails(pending)).isEmpty();
  }

  @Test
  void emptyFieldsAndAWrongCaptchaAreShownAtTheFieldsWithoutAnAnswer() throws Exception {
    String html = PublicForms.html(new PublicForms(mvc, freshAddress()).post("/forgot-password",
        Map.of("username", "", "email", "", "captcha", "XXXXX")));
    assertThat(html).doesNotContain("系統訊息").contains("請輸入帳號。", "請輸入電子信箱。", "驗證碼錯誤");
  }

  @Test
  void atMostFiveMailsPerAccountPerHourAndTheAnswerDoesNotChange() throws Exception {
    String username = newAccount(StaffStatus.ACTIVE);
    for (int i = 0; i < 7; i++) {
      assertThat(ask(freshAddress(), username, username + "@example.org")).isEqualTo(SENT);
    }
    assertThat(mails(username)).hasSize(5);

    clock.advance(Duration.ofMinutes(61));
    assertThat(ask(freshAddress(), username, username + "@example.org")).isEqualTo(SENT);
    assertThat(mails(username)).hasSize(6);
  }

  @Test
  void atMostFiveMailsPerClientAddressPerHour() throws Exception {
    String address = freshAddress();
    List<String> accounts = List.of(newAccount(StaffStatus.ACTIVE), newAccount(StaffStatus.ACTIVE),
        newAccount(StaffStatus.ACTIVE), newAccount(StaffStatus.ACTIVE), newAccount(StaffStatus.ACTIVE),
        newAccount(StaffStatus.ACTIVE));
    assertThat(ask(address, "nobody-here", "x@example.org")).isEqualTo(WRONG); // counts too
    for (String username : accounts) {
      assertThat(ask(address, username, username + "@example.org")).isEqualTo(SENT);
    }
    long mailed = accounts.stream().filter(u -> !mails(u).isEmpty()).count();
    assertThat(mailed).isEqualTo(4);
    // Another address is not affected.
    String last = accounts.get(5);
    assertThat(ask(freshAddress(), last, last + "@example.org")).isEqualTo(SENT);
    assertThat(mails(last)).hasSize(1);
  }

  @Test
  void aResetLinkExpiresAfterThirtyMinutesAndAForgedOneIsUnknown() throws Exception {
    String username = newAccount(StaffStatus.ACTIVE);
    ask(freshAddress(), username, username + "@example.org");
    String token = Applicants.token(Applicants.link(mails(username).get(0), "token="));

    clock.advance(Duration.ofMinutes(29));
    assertThat(PublicForms.html(new PublicForms(mvc, freshAddress()).get("/password?token=" + token))).contains("設定新密碼");
    clock.advance(Duration.ofMinutes(2));
    String expired = PublicForms.html(new PublicForms(mvc, freshAddress()).get("/password?token=" + token));
    assertThat(expired).contains("此連結已過期", "如仍需重設密碼，請重新申請", "/forgot-password");
    assertThat(PublicForms.html(setPassword(token, "Harbor2026tide", "Harbor2026tide"))).contains("此連結已過期");

    String forged = PublicForms.html(new PublicForms(mvc, freshAddress()).get("/password?token=" + token.substring(1) + "A"));
    assertThat(forged).contains("此連結無效");
    assertThat(PublicForms.html(new PublicForms(mvc, freshAddress()).get("/password"))).contains("此連結無效");
  }

  @Test
  void everyPasswordRuleHasItsMessage() throws Exception {
    String username = newAccount(StaffStatus.ACTIVE);
    ask(freshAddress(), username, username + "@example.org");
    String token = Applicants.token(Applicants.link(mails(username).get(0), "token="));

    assertThat(PublicForms.html(setPassword(token, "Ab1", "Ab1"))).contains("密碼至少需 10 個字元。");
    assertThat(PublicForms.html(setPassword(token, "onlyletters", "onlyletters"))).contains("密碼須同時包含英文字母與數字。");
    assertThat(PublicForms.html(setPassword(token, "1234567890", "1234567890"))).contains("密碼須同時包含英文字母與數字。");
    assertThat(PublicForms.html(setPassword(token, username + "9", username + "9"))).contains("密碼不可包含帳號名稱。");
    assertThat(PublicForms.html(setPassword(token, "A123456789", "A123456789"))).contains("此密碼太常見");
    assertThat(PublicForms.html(setPassword(token, "x".repeat(120) + "123456789", "same"))).contains("密碼最多 128 個字元。");
    assertThat(PublicForms.html(setPassword(token, "Harbor2026tide", "Harbor2026tidf"))).contains("兩次輸入的密碼不一致。");
    // None of those used the link up.
    assertThat(setPassword(token, "Harbor2026tide", "Harbor2026tide").getResponse().getRedirectedUrl())
        .isEqualTo("/password/done");
  }

  @Test
  void resettingThePasswordLiftsALoginLock() throws Exception {
    String username = newAccount(StaffStatus.ACTIVE);
    staff.recordFailedLogin(username, 0, clock.instant().plus(Duration.ofMinutes(15)));
    ask(freshAddress(), username, username + "@example.org");
    String token = Applicants.token(Applicants.link(mails(username).get(0), "token="));
    setPassword(token, "Harbor2026tide", "Harbor2026tide");
    assertThat(staff.findByUsername(username).orElseThrow().isLockedAt(clock.instant())).isFalse();
  }
}
