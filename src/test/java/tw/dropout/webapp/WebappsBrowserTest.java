package tw.dropout.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.dropout.account.AccountApplications;
import tw.dropout.account.Applicants;
import tw.dropout.casefile.Actor;
import tw.dropout.casefile.CaseFiling;
import tw.dropout.casefile.CaseProcess;
import tw.dropout.registry.NationalId;
import tw.dropout.registry.RegistryStudent;
import tw.dropout.registry.RegistryStudents;
import tw.dropout.school.StaffRole;
import tw.dropout.support.Browser;
import tw.dropout.support.IntegrationTest;
import tw.dropout.workflow.TaskFilters;
import tw.dropout.workflow.TaskLinks;

/**
 * Tasklist, Cockpit and Admin as our users see them: Traditional Chinese, our name and mark, no Camunda 8
 * banner, the right filters with the right counts, deep links, Taiwan time. Screenshots in
 * target/screenshots/webapp-*.png.
 */
@IntegrationTest
class WebappsBrowserTest {

  static final String SYSTEM_NAME = "高級中等學校中途離校學生通報系統";
  /** Words allowed in Latin letters on a Chinese screen: acronyms, the engine's name in the footer. */
  static final Set<String> ALLOWED_LATIN = Set.of("ID", "CMMN", "DMN", "BPMN");
  static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");
  static final List<String> MAIN_REPORTER_FILTERS = List.of("我的待辦", "本校待認領", "待審核帳號", "待通報", "待結案");

  @LocalServerPort int port;
  @Autowired AccountApplications applications;
  @Autowired TaskFilters taskFilters;
  @Autowired TaskLinks taskLinks;
  @Autowired FilterService filterService;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired RegistryStudents registry;
  @Autowired CaseFiling filing;

  @AfterEach
  void resetEngine() {
    identityService.clearAuthentication();
    ClockUtil.reset();
  }

  @Test
  void mainReporterWorksInAChineseTasklistWithTheirFiltersAndCounts() {
    String applicant = Applicants.uniqueName("web");
    applications.submit(Applicants.teacherOfSchool1(applicant), "127.0.0.1");
    String caseNumber = caseWaitingForReport();
    Map<String, Long> expected = countsFor("main1", "main-reporter", "019901");

    try (Browser browser = Browser.open(port)) {
      browser.login("main1", "demo");
      browser.waitUntil(d -> d.getCurrentUrl().contains("/camunda/app/tasklist/default/"));
      Map<String, Long> shown = browser.waitUntil(d -> filterCounts(browser, MAIN_REPORTER_FILTERS.size()));
      browser.screenshot("webapp-tasklist-main1");

      assertThat(shown.keySet()).containsExactlyElementsOf(MAIN_REPORTER_FILTERS);
      assertThat(shown).isEqualTo(expected);
      assertThat(expected.get("待審核帳號")).isPositive();
      assertThat(expected.get("待通報")).isPositive();
      assertChineseScreen(browser, "[cam-widget-header]", ".task-filters", ".task-details");

      clickFilter(browser, "待通報");
      String title = "審核通報：" + caseNumber + " ";
      browser.waitUntil(d -> text(browser, ".tasks-list").contains(title));
      assertThat(text(browser, ".tasks-list")).contains("案件編號:", caseNumber, "學生姓名:", "離校種類:", "無故未到校三日以上");
      browser.screenshot("webapp-tasklist-main1-to-report");

      clickFilter(browser, "待審核帳號");
      browser.waitUntil(d -> text(browser, ".tasks-list").contains("審核帳號申請：周怡君（導師）"));
      assertThat(text(browser, ".tasks-list")).contains("申請人:", "申請身分:");
    }
  }

  @Test
  void homeroomTeacherSeesOnlyTheirOwnTwoFilters() {
    Map<String, Long> expected = countsFor("teacher1", "homeroom-teacher", "019901");

    try (Browser browser = Browser.open(port)) {
      browser.login("teacher1", "demo");
      Map<String, Long> shown = browser.waitUntil(d -> filterCounts(browser, 2));
      browser.screenshot("webapp-tasklist-teacher1");

      assertThat(shown.keySet()).containsExactly("我的待辦", "本校待認領");
      assertThat(shown).isEqualTo(expected);
      assertChineseScreen(browser, "[cam-widget-header]", ".task-filters", ".task-details");
    }
  }

  @Test
  void anEmailedTaskLinkOpensThatTaskAfterTheLoginPage() {
    String applicant = Applicants.uniqueName("link");
    applications.submit(Applicants.teacherOfSchool1(applicant), "127.0.0.1");
    String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(applicant)
        .singleResult().getId();
    Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    String emailedPath = URI.create(taskLinks.taskUrl(task.getId())).getPath();

    try (Browser browser = Browser.open(port)) {
      browser.get(emailedPath);
      browser.waitUntil(d -> browser.currentPath().startsWith("/login"));
      browser.submitLogin("main1", "demo");

      browser.waitUntil(d -> d.getCurrentUrl().contains("task=" + task.getId()));
      browser.waitUntil(d -> text(browser, ".task-details h2.task").equals(task.getName()));
      browser.waitUntil(d -> text(browser, ".task-details").contains("審核結果"));
      browser.screenshot("webapp-tasklist-deep-link");
      assertThat(task.getName()).isEqualTo("審核帳號申請：周怡君（導師）");
    }
  }

  @Test
  void ministryWatchesCockpitInChineseAndTaiwanTimeEvenInAUtcBrowser() {
    // A task created at 01:30 UTC, i.e. 09:30 in Taipei.
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T01:30:00Z")));
    String instance = runtimeService.startProcessInstanceByKey("TenantProbe",
        Variables.createVariables().putValue("schoolId", "019901")).getId();
    ClockUtil.reset();

    try (Browser browser = Browser.open(port, "UTC")) {
      browser.login("ministry", "demo");
      browser.waitUntil(d -> browser.currentPath().startsWith("/overview"));
      browser.get("/camunda/app/cockpit/default/");
      browser.waitUntil(d -> text(browser, ".dashboard").matches("(?s).*流程定義\\s*[1-9].*"));
      browser.screenshot("webapp-cockpit-ministry");
      assertChineseScreen(browser, "[cam-widget-header]", ".dashboard");
      assertThat(js(browser, "return new Date(Date.UTC(2026, 2, 2, 1, 30)).getHours();")).isEqualTo(1L);
      assertThat(text(browser, "#footer-timezone")).contains("Asia/Taipei");

      browser.get("/camunda/app/cockpit/default/#/process-instance/" + instance + "/runtime");
      browser.waitUntil(d -> !d.findElements(By.xpath("//a[normalize-space()='使用者待辦']")).isEmpty());
      browser.driver().findElement(By.xpath("//a[normalize-space()='使用者待辦']")).click();
      // Created 01:30 UTC: shown as 09:30 although the browser's own clock says UTC.
      browser.waitUntil(d -> text(browser, "body").contains("2026-03-02T09:30:00"));
      // Read-only: none of the actions the engine would refuse (cancel, suspend, retry, edit) is offered.
      browser.waitUntil(d -> (Boolean) js(browser,
          "return document.documentElement.classList.contains('dropout-read-only');"));
      assertThat(browser.driver().findElements(By.cssSelector(".ctn-toolbar .btn-toolbar, td.action .btn, .edit-toggle"))
          .stream().filter(WebElement::isDisplayed)).isEmpty();
      browser.screenshot("webapp-cockpit-ministry-instance");
    }
  }

  @Test
  void administratorManagesUsersInChinese() {
    try (Browser browser = Browser.open(port)) {
      browser.login("admin", "demo");
      browser.waitUntil(d -> browser.currentPath().startsWith("/overview"));
      browser.get("/camunda/app/admin/default/");
      browser.waitUntil(d -> text(browser, ".dashboard, .ctn-main, .page-wrap").contains("使用者"));
      browser.screenshot("webapp-admin");
      assertChineseScreen(browser, "[cam-widget-header]", ".ctn-main");

      browser.get("/camunda/app/admin/default/#/users");
      browser.waitUntil(d -> text(browser, "body").contains("使用者清單"));
      browser.screenshot("webapp-admin-users");
    }
  }

  // ---- helpers ------------------------------------------------------------------------------------

  /** Filter name -> count as Tasklist shows it, once every one of {@code expected} filters shows a count. */
  private static Map<String, Long> filterCounts(Browser browser, int expected) {
    List<?> rows = (List<?>) js(browser, """
        return Array.from(document.querySelectorAll('.task-filter h4.name > a')).map(a => {
          const name = Array.from(a.childNodes).find(n => n.nodeType === 3 && n.textContent.trim());
          const active = a.closest('.task-filter').classList.contains('active');
          const count = active ? a.querySelector('.counter') : a.querySelector('.dropout-count');
          return [name ? name.textContent.trim() : '', count ? count.textContent : ''];
        });""");
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Object row : rows) {
      List<?> cells = (List<?>) row;
      String digits = String.valueOf(cells.get(1)).replaceAll("\\D", "");
      if (digits.isEmpty()) {
        return null;
      }
      counts.put(String.valueOf(cells.get(0)), Long.parseLong(digits));
    }
    return counts.size() == expected ? counts : null;
  }

  /** What each of our filters holds for a user, as the engine counts it (the expectation for the screen). */
  private Map<String, Long> countsFor(String user, String group, String school) {
    identityService.setAuthentication(user, List.of(group), List.of(school));
    try {
      Map<String, Long> counts = new LinkedHashMap<>();
      filterService.createTaskFilterQuery().list().stream()
          .filter(f -> f.getProperties() != null && f.getProperties().containsKey("dropoutFilter"))
          .sorted((a, b) -> Integer.compare(((Number) a.getProperties().get("priority")).intValue(),
              ((Number) b.getProperties().get("priority")).intValue()))
          .forEach(f -> counts.put(f.getName(), filterService.count(f.getId())));
      return counts;
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static void clickFilter(Browser browser, String name) {
    js(browser, "Array.from(document.querySelectorAll('.task-filter h4.name > a'))"
        + ".find(a => a.textContent.trim().startsWith(arguments[0])).click();", name);
  }

  /** The banner is gone, the title is ours, and no English word is left in these parts of the screen. */
  private static void assertChineseScreen(Browser browser, String... parts) {
    assertThat(browser.driver().getTitle()).startsWith(SYSTEM_NAME);
    assertThat(js(browser, "return Array.from(document.querySelectorAll('.ce-eol-banner'))"
        + ".some(e => e.offsetParent !== null);")).as("Camunda 8 banner visible").isEqualTo(false);
    for (String part : parts) {
      String text = text(browser, part);
      List<String> latin = new ArrayList<>();
      Matcher m = LATIN_WORD.matcher(text);
      while (m.find()) {
        if (!ALLOWED_LATIN.contains(m.group())) {
          latin.add(m.group());
        }
      }
      assertThat(latin).as("English words in %s: %s", part, text).isEmpty();
    }
  }

  private static String text(Browser browser, String selector) {
    Object text = js(browser, "return Array.from(document.querySelectorAll(arguments[0]))"
        + ".map(e => e.innerText).join('\\n');", selector);
    return text == null ? "" : text.toString().trim();
  }

  private static Object js(Browser browser, String script, Object... args) {
    return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
  }

  // ---- a case waiting for its report (filed by teacher1 of school 019901) ---------------------------

  private String caseWaitingForReport() {
    String nationalId = newNationalId();
    registry.save(List.of(new RegistryStudent(nationalId, "陳柏宇",
        LocalDate.now().minusYears(16), "男", "019901", "11" + nationalId.substring(5), "普通科", "2", "201",
        "陳美玲", "母", "0912-345-678", "新北市板橋區文化路一段1號")));
    String number = filing.file(nationalId, new Actor("teacher1", "林志明", "019901", StaffRole.HOMEROOM_TEACHER))
        .caseNumber();
    submit(number, CaseProcess.TASK_FILL_BASIC_DATA, Map.of("phone", "0912-000-111", "guardianName", "陳美玲",
        "guardianRelation", "母", "guardianPhone", "0912-345-678", "sameAsGuardian", false,
        "mailingAddress", "新北市板橋區文化路一段1號"));
    Map<String, Object> caseData = new HashMap<>();
    caseData.put("leaveDate", LocalDate.now().minusDays(10).toString());
    caseData.put("leaveType", "ABSENCE");
    caseData.put("studentIdentity", "GENERAL");
    caseData.put("factorsPersonal", List.of("P08"));
    caseData.put("factorsFamily", List.of());
    caseData.put("factorsSchool", List.of());
    caseData.put("factorsSocial", List.of());
    caseData.put("factorsOther", List.of());
    caseData.put("description", "連續一週未到校。");
    submit(number, CaseProcess.TASK_FILL_CASE_DATA, caseData);
    submit(number, CaseProcess.TASK_ADD_TRACKING_RECORD, Map.of("trackedOn", LocalDate.now().toString(),
        "contactMethod", "PHONE", "contactTarget", "GUARDIAN", "situation", "電話聯繫家長，學生在家。",
        "studentStatus", "AT_HOME", "suggestClose", "no"));
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey(CaseProcess.TASK_REVIEW_REPORT).count()).isEqualTo(1);
    return number;
  }

  /** Claims when needed and submits the task's form as teacher1, as Tasklist does. */
  private void submit(String caseNumber, String taskKey, Map<String, Object> values) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(taskKey)
        .singleResult();
    identityService.setAuthentication("teacher1", List.of("homeroom-teacher"), List.of("019901"));
    try {
      if (task.getAssignee() == null) {
        taskService.claim(task.getId(), "teacher1");
      }
      // DropoutCase forms submit their fields as one JSON object in the variable "form".
      formService.submitTaskForm(task.getId(), Map.of("form",
          SpinValues.jsonValue(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(values)).create()));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static String newNationalId() {
    java.util.Random random = new java.security.SecureRandom();
    while (true) {
      String body = "X1" + String.format("%07d", random.nextInt(10_000_000));
      for (int d = 0; d < 10; d++) {
        if (NationalId.isValid(body + d)) {
          return body + d;
        }
      }
    }
  }
}
