package tw.dropout.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.dropout.mail.EmbeddedMailServer;
import tw.dropout.mail.OutboxSender;
import tw.dropout.school.StaffRepository;
import tw.dropout.school.StaffStatus;
import tw.dropout.support.Browser;
import tw.dropout.support.IntegrationTest;
import tw.dropout.support.WebSession;

/**
 * The manual's 帳號相關作業流程 in Chromium: a teacher of school 1 registers, main1 approves in Tasklist,
 * the activation mail arrives (demo mailbox), the teacher sets a password and signs in; main2 never sees
 * the application. Screenshots of every page go to target/screenshots/accounts-*.png.
 */
@IntegrationTest
class RegistrationStoryBrowserTest {

  private static final String PASSWORD = "Lotus2026bloom";
  /** Tasklist on a busy two-core CI machine can take a while to load a task. */
  private static final java.time.Duration SLOW = java.time.Duration.ofSeconds(90);

  @LocalServerPort int port;
  @Autowired OutboxSender sender;
  @Autowired EmbeddedMailServer smtp;
  @Autowired TaskService taskService;
  @Autowired StaffRepository staff;
  @Autowired JdbcClient jdbc;
  @Autowired org.camunda.bpm.engine.RepositoryService repositoryService;
  @Autowired org.camunda.bpm.engine.ManagementService managementService;
  @Autowired AccountApplications applications;

  @Test
  void aTeacherRegistersIsApprovedByMain1SetsAPasswordAndSignsIn() {
    String username = Applicants.uniqueName("story");
    String email = username + "@school.example.org";
    try (Browser browser = Browser.open(port)) {
      // Home: announcements, login box, 註冊 / 忘記密碼 at the top right.
      browser.get("/");
      browser.waitUntil(d -> d.findElement(By.cssSelector(".announcement")).isDisplayed());
      browser.screenshot("accounts-01-home");
      browser.driver().findElement(By.cssSelector("header a[href='/register']")).click();

      // 1 註冊: an empty submit first shows the messages next to the fields.
      browser.waitUntil(d -> d.findElement(By.id("register-form")).isDisplayed());
      click(browser, By.cssSelector("#register-form button[type=submit]"));
      browser.waitUntil(d -> d.findElement(By.id("form-errors")).isDisplayed());
      assertThat(browser.driver().findElement(By.id("name-error")).getText()).isEqualTo("請輸入姓名。");
      browser.screenshot("accounts-02-register-errors");

      new Select(browser.driver().findElement(By.id("county"))).selectByVisibleText("新北市");
      browser.waitUntil(d -> d.findElements(By.cssSelector("#schoolCode option[value='019901']")).size() == 1);
      new Select(browser.driver().findElement(By.id("schoolCode"))).selectByValue("019901");
      click(browser, By.cssSelector("label[for='role1']"));
      browser.fill("name", "周怡君");
      browser.fill("title", "導師");
      browser.fill("email", email);
      browser.fill("phone", "02-2345-6789#123");
      browser.fill("username", username);
      browser.fill("captcha", Browser.CAPTCHA);
      browser.screenshot("accounts-03-register-filled");
      click(browser, By.cssSelector("#register-form button[type=submit]"));

      // 2 通知
      browser.waitUntil(d -> d.getCurrentUrl().endsWith("/register/submitted"));
      assertThat(browser.driver().findElement(By.id("submitted-message")).getText())
          .isEqualTo("申請已送出，請主動告知貴校主要通報人員，或靜待審核。");
      browser.screenshot("accounts-04-register-submitted");
    }

    Long applicationId = jdbc.sql("select id from account_application where username = ?").param(username)
        .query(Long.class).single();
    Task task = taskService.createTaskQuery().processDefinitionKey("AccountRegistration")
        .processVariableValueEquals("applicationId", applicationId).singleResult();
    assertThat(task.getTenantId()).isEqualTo("019901");

    // main2 (another school) cannot see it, neither through the engine API nor by its link.
    WebSession main2 = WebSession.loggedIn(port, "main2", "demo");
    assertThat(main2.get("/engine-rest/task?processDefinitionKey=AccountRegistration").body()).doesNotContain(task.getId());
    assertThat(main2.get("/engine-rest/task/" + task.getId()).statusCode()).isEqualTo(404);
    try (Browser browser = Browser.open(port)) {
      browser.loginToTasklist("main2", "demo");
      browser.waitUntil(d -> d.getPageSource().contains("王美惠"));
      browser.get("/tasks/" + task.getId());
      // The link leads nowhere for main2: no such task in their school.
      browser.waitUntil(SLOW, d -> d.getPageSource().contains("找不到這項待辦"));
      assertThat(browser.driver().getPageSource()).doesNotContain("周怡君").doesNotContain(username);
      browser.screenshot("accounts-05-main2-cannot-see");
    }

    // 3 審查: main1 opens the task from its link, claims it and approves.
    try (Browser browser = Browser.open(port)) {
      browser.loginToTasklist("main1", "demo");
      try {
        openTask(browser, task.getId(), username);
      } finally {
        browser.screenshot("accounts-06-main1-task");
      }
      browser.waitUntil(d -> d.findElement(By.cssSelector("a.claim, button.claim"))).click();
      // 退回 with a reason of blanks passes the browser's check; the server refuses it and nothing is saved.
      radio(browser, "退回").click();
      WebElement reason = browser.waitUntil(d -> d.findElement(By.cssSelector("textarea")));
      reason.sendKeys("   ");
      browser.waitUntil(d -> d.findElement(By.cssSelector("button[ng-click='complete()']"))).click();
      browser.waitUntil(d -> d.getPageSource().contains("退回時請填寫退回原因"));
      browser.screenshot("accounts-07-main1-reason-refused");
      assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
      assertThat(browser.driver().getPageSource()).doesNotContain("ENGINE-03051");

      radio(browser, "核准").click();
      browser.screenshot("accounts-08-main1-approving");
      // The refusal notice may still cover the button: press it the way a keyboard user would.
      browser.waitUntil(d -> d.findElement(By.cssSelector("button[ng-click='complete()']"))).sendKeys(org.openqa.selenium.Keys.ENTER);
      browser.waitUntil(d -> taskService.createTaskQuery().taskId(task.getId()).count() == 0);
    }

    // 4 收信: the activation mail in the demo mailbox; its link leads to 設定密碼.
    List<MimeMessage> mails = Applicants.deliver(sender, smtp, email);
    assertThat(mails).hasSize(1);
    try (Browser browser = Browser.open(port)) {
      browser.get("/dev/mailbox");
      browser.waitUntil(d -> d.findElement(By.cssSelector(".mail-entry")).isDisplayed());
      browser.screenshot("accounts-09-mailbox");
      String link = Applicants.link(mails.get(0), "/password?token=");
      browser.driver().get(link.replace("http://localhost:8080", "http://localhost:" + port));
      browser.waitUntil(d -> d.findElement(By.id("password")).isDisplayed());
      browser.fill("password", "short1");
      browser.fill("confirm", "short1");
      click(browser, By.cssSelector("main form button[type=submit]"));
      browser.waitUntil(d -> d.findElement(By.id("password-error")).isDisplayed());
      browser.screenshot("accounts-10-password-rule");
      browser.fill("password", PASSWORD);
      browser.fill("confirm", PASSWORD);
      click(browser, By.cssSelector("main form button[type=submit]"));
      browser.waitUntil(d -> d.findElement(By.id("done-message")).isDisplayed());
      browser.screenshot("accounts-11-password-done");

      browser.loginToTasklist(username, PASSWORD);
      browser.waitUntil(d -> d.getPageSource().contains("周怡君"));
      browser.screenshot("accounts-12-teacher-in-tasklist");
    }
    assertThat(staff.findByUsername(username).orElseThrow().status()).isEqualTo(StaffStatus.ACTIVE);
  }

  @Test
  void forgotPasswordAndThePagesOnAPhone() {
    try (Browser browser = Browser.open(port)) {
      browser.driver().manage().window().setSize(new Dimension(390, 844));
      browser.get("/");
      browser.waitUntil(d -> d.findElement(By.cssSelector(".announcement")).isDisplayed());
      browser.screenshot("accounts-20-home-phone");
      browser.get("/register");
      browser.screenshot("accounts-21-register-phone");
      browser.get("/forgot-password");
      browser.fill("username", "teacher1");
      browser.fill("email", "wrong@example.org");
      browser.fill("captcha", Browser.CAPTCHA);
      click(browser, By.cssSelector("main form button[type=submit]"));
      WebElement ok = browser.waitUntil(d -> d.findElement(By.id("dialog-ok")));
      assertThat(browser.driver().findElement(By.id("dialog-message")).getText()).isEqualTo("資料有誤!");
      assertThat(browser.driver().switchTo().activeElement()).isEqualTo(ok);
      browser.screenshot("accounts-22-forgot-wrong-phone");
      browser.driver().manage().window().setSize(new Dimension(1366, 900));
      browser.screenshot("accounts-23-forgot-wrong");
    }
  }

  @Test
  void anExpiredActivationLinkOffersMain1ResendOrWithdrawInTasklist() {
    String username = Applicants.uniqueName("late");
    long id = applications.submit(Applicants.teacherOfSchool1(username), "127.0.0.1");
    String processInstanceId = applications.get(id).processInstanceId();
    Task review = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    taskService.claim(review.getId(), "main1");
    taskService.complete(review.getId(), java.util.Map.of("decision", "approve"));
    try {
      ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofHours(73))));
      managementService.executeJob(managementService.createJobQuery().processInstanceId(processInstanceId).timers()
          .singleResult().getId());
    } finally {
      ClockUtil.reset();
    }
    Task resend = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    assertThat(resend.getTaskDefinitionKey()).isEqualTo("Task_ResendActivation");

    try (Browser browser = Browser.open(port)) {
      browser.loginToTasklist("main1", "demo");
      try {
        // The task title already says 撤銷申請; the applicant's account name shows once the form has rendered.
        openTask(browser, resend.getId(), username);
        assertThat(browser.driver().getPageSource()).contains("撤銷申請");
      } finally {
        browser.screenshot("accounts-13-main1-resend-or-withdraw");
      }
    }
  }

  @Test
  void administrationPages() {
    try (Browser browser = Browser.open(port)) {
      browser.login("admin", "demo");
      browser.waitUntil(d -> d.getCurrentUrl().contains("/overview"));
      browser.get("/admin/accounts?school=019901");
      browser.waitUntil(d -> d.findElement(By.cssSelector(".accounts-table")).isDisplayed());
      browser.screenshot("accounts-30-admin-accounts");
      browser.get("/admin/accounts/new");
      click(browser, By.cssSelector("main form button[type=submit]"));
      browser.waitUntil(d -> d.findElement(By.id("name-error")).isDisplayed());
      browser.screenshot("accounts-31-admin-new-main-reporter-errors");
      browser.get("/admin/announcements");
      browser.screenshot("accounts-32-admin-announcements");
      browser.get("/admin/announcements/new");
      click(browser, By.cssSelector("main form button[type=submit]"));
      browser.waitUntil(d -> d.findElement(By.id("title-error")).isDisplayed());
      browser.screenshot("accounts-33-admin-announcement-errors");

      // The registration process as Cockpit draws it (layout from the BPMN's diagram interchange).
      String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("AccountRegistration")
          .latestVersion().singleResult().getId();
      browser.get("/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime");
      browser.waitUntil(SLOW, d -> d.findElements(By.cssSelector("[data-element-id='Task_ReviewApplication']")).size() > 0);
      sleep(1500);
      browser.screenshot("accounts-34-cockpit-diagram");
    }
  }

  /**
   * Opens a task from its emailed link and waits for {@code text}. On a crowded machine Tasklist's first
   * load has been seen to stall on its spinner: one reload is allowed.
   */
  private static void openTask(Browser browser, String taskId, String text) {
    for (int attempt = 1; ; attempt++) {
      browser.get("/tasks/" + taskId);
      try {
        browser.waitUntil(java.time.Duration.ofSeconds(60), d -> d.getPageSource().contains(text));
        return;
      } catch (RuntimeException | AssertionError stalled) {
        if (attempt == 2) {
          throw stalled;
        }
      }
    }
  }

  /** The label of a radio option in the Camunda Form. */
  private static WebElement radio(Browser browser, String label) {
    return browser.waitUntil(d -> d.findElement(By.xpath(
        "//*[contains(@class,'fjs-form-field-radio')]//label[contains(normalize-space(.),'" + label + "')]")));
  }

  /** Scrolls the element to the middle of the window first, at once (Bootstrap makes scrolling smooth, so a click right after would miss). */
  private static void click(Browser browser, By by) {
    WebElement element = browser.driver().findElement(by);
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
    element.click();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
