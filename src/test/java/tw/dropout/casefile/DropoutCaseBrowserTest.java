package tw.dropout.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.dropout.registry.RegistryStudents;
import tw.dropout.school.StaffRepository;
import tw.dropout.support.Browser;
import tw.dropout.support.IntegrationTest;

/**
 * The manual's 填報及通報流程 in Chromium through Tasklist: teacher1 files (Tasklist's start form) and
 * fills both forms, adds a record; main1 reports; counselor1 adds a record suggesting closure; main1
 * closes. /cases shows lock → arrow → lock → arrow → 已結案 along the way; teacher2 and main2 see none
 * of it. Screenshots: target/screenshots/cases-*.png.
 */
@IntegrationTest
class DropoutCaseBrowserTest {

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  RegistryStudents registry;
  @Autowired
  CaseFiling filing;
  @Autowired
  CaseRepository cases;
  @Autowired
  StaffRepository staff;

  @Test
  void teacherFilesMainReporterReportsCounselorSuggestsClosureMainReporterCloses() {
    CaseDriver driver = new CaseDriver(engine, registry, filing, cases, staff);
    String student = driver.newStudent(CaseDriver.SCHOOL_1);
    String number;

    try (Browser browser = Browser.open(port)) {
      TasklistPage tasklist = new TasklistPage(browser);
      browser.loginToTasklist("teacher1", "demo");

      // 新增填報 from Tasklist's 啟動流程: an unknown student first, then the right one.
      browser.waitUntil(d -> d.findElements(By.cssSelector("a[ng-click='open()']")).stream()
          .filter(WebElement::isDisplayed).findFirst().orElse(null)).click();
      browser.waitUntil(d -> d.findElement(By.xpath("//ul[@class='processes']//a[contains(.,'中途離校學生通報')]")))
          .click();
      tasklist.awaitForm("學籍資料勾稽");
      tasklist.type("身分證字號", CaseDriver.newNationalId());
      browser.screenshot("cases-01-start-form");
      browser.driver().findElement(By.cssSelector("button[ng-click='startProcessInstance()']")).click();
      browser.waitUntil(d -> d.getPageSource().contains("學籍系統查無此身分證字號的學生"));
      assertThat(browser.driver().getPageSource()).doesNotContain("ENGINE-").doesNotContain("Cannot instantiate");
      browser.screenshot("cases-02-start-refused");
      tasklist.type("身分證字號", student.toLowerCase());
      browser.driver().findElement(By.cssSelector("button[ng-click='startProcessInstance()']")).click();
      browser.waitUntil(d -> engine.getRuntimeService().createProcessInstanceQuery()
          .variableValueEquals("studentName", studentName(student)).count() == 1);
      number = cases.findOpenByNationalId(student).orElseThrow().caseNumber();

      // /cases: the case is being filed, the column is locked.
      browser.get("/cases");
      assertCell(browser, number, "lock");
      browser.screenshot("cases-03-overview-filing");

      // 基本資料: registry data read-only; the server refuses a missing phone in zh-TW.
      browser.get("/cases/" + number);
      browser.waitUntil(d -> d.findElement(By.linkText("前往填寫"))).click();
      tasklist.awaitForm("學籍資料（由學籍系統帶入，不可修改）");
      assertThat(tasklist.field("學生姓名").getAttribute("value")).isEqualTo(studentName(student));
      assertThat(tasklist.field("學生姓名").getAttribute("readonly")).isNotNull();
      browser.screenshot("cases-04-basic-data");
      tasklist.complete();
      browser.waitUntil(d -> d.getPageSource().contains("「電話/手機」為必填"));
      browser.screenshot("cases-05-basic-data-refused");
      tasklist.type("電話/手機", "0912-000-111");
      tasklist.type("通訊地址", "新北市板橋區文化路一段1號3樓");
      tasklist.complete();
      browser.waitUntil(d -> task(number, CaseProcess.TASK_FILL_CASE_DATA) != null);

      // 案件資料: 暫存 keeps a half-filled form across a reload.
      String caseDataTask = task(number, CaseProcess.TASK_FILL_CASE_DATA).getId();
      browser.get("/tasks/" + caseDataTask);
      tasklist.awaitForm("離校種類");
      tasklist.type("案件說明", "暫存測試");
      tasklist.saveDraft();
      browser.get("/cases");
      browser.get("/tasks/" + caseDataTask);
      tasklist.awaitForm("離校種類");
      browser.waitUntil(d -> "暫存測試".equals(tasklist.field("案件說明").getAttribute("value")));
      tasklist.date("離校日期", LocalDate.now().minusDays(7).format(DateTimeFormatter.ofPattern("MM/dd/yyyy")));
      tasklist.choose("休學");
      tasklist.choose("一般生");
      tasklist.scroll(tasklist.field("離校日期"));
      browser.screenshot("cases-06a-case-data-top");
      tasklist.choose("生活作息");
      tasklist.choose("經濟因素");
      tasklist.choose("學校因素-其他");
      tasklist.type("學校因素-其他（請說明）", "學習動機低落");
      tasklist.type("案件說明", "學生因家庭經濟因素辦理休學。<b>不是粗體</b>");
      browser.screenshot("cases-06-case-data");
      tasklist.complete();
      browser.waitUntil(d -> task(number, CaseProcess.TASK_ADD_TRACKING_RECORD) != null);
      assertThat(cases.findByNumber(number).orElseThrow().leaveType()).isEqualTo(LeaveType.SUSPENSION);

      browser.get("/cases");
      assertCell(browser, number, "lock");
      browser.screenshot("cases-07-overview-awaiting-record");

      // 追蹤紀錄 by the filer, from the case page.
      addRecordFromCasePage(browser, tasklist, number, "電話", "家長或監護人", "電話聯繫母親，學生在家協助家務。",
          "在家", "否", null, null);
      browser.waitUntil(d -> task(number, CaseProcess.TASK_REVIEW_REPORT) != null);
      browser.get("/cases");
      assertCell(browser, number, "arrow");
      assertThat(browser.driver().findElements(By.cssSelector("a[data-report-cell][data-case='" + number + "']")))
          .as("teachers see the arrow but have no task behind it").isEmpty();
      browser.screenshot("cases-09-overview-teacher-awaiting-report");
    }

    // main1 reports, through the arrow.
    try (Browser browser = Browser.open(port)) {
      TasklistPage tasklist = new TasklistPage(browser);
      browser.loginToTasklist("main1", "demo");
      browser.get("/cases");
      assertCell(browser, number, "arrow");
      browser.screenshot("cases-10-overview-main-awaiting-report");
      browser.driver().findElement(By.cssSelector("a[data-report-cell='arrow'][data-case='" + number + "']")).click();
      tasklist.awaitForm("審核通報");
      tasklist.claim();
      tasklist.choose("確認通報");
      browser.screenshot("cases-11-review-report");
      tasklist.complete();
      browser.waitUntil(d -> cases.findByNumber(number).orElseThrow().state() == CaseState.TRACKING);
      browser.get("/cases");
      assertCell(browser, number, "lock");
      browser.screenshot("cases-12-overview-tracking");
    }

    // counselor1 adds a record suggesting closure.
    try (Browser browser = Browser.open(port)) {
      TasklistPage tasklist = new TasklistPage(browser);
      browser.loginToTasklist("counselor1", "demo");
      addRecordFromCasePage(browser, tasklist, number, "家訪", "學生", "家訪確認學生已返校復學，出席正常。",
          "就學", "是", "返校復學", "已於本週返校。");
      browser.waitUntil(d -> task(number, CaseProcess.TASK_REVIEW_CLOSURE) != null);
    }

    // main1 closes.
    try (Browser browser = Browser.open(port)) {
      TasklistPage tasklist = new TasklistPage(browser);
      browser.loginToTasklist("main1", "demo");
      browser.get("/cases");
      assertCell(browser, number, "arrow");
      browser.screenshot("cases-15-overview-awaiting-closure");
      browser.driver().findElement(By.cssSelector("a[data-report-cell='arrow'][data-case='" + number + "']")).click();
      tasklist.awaitForm("審核結案");
      tasklist.claim();
      browser.waitUntil(d -> d.getPageSource().contains("符合結案條件"));
      tasklist.choose("確認結案");
      browser.screenshot("cases-16-review-closure");
      tasklist.complete();
      browser.waitUntil(d -> cases.findByNumber(number).orElseThrow().state() == CaseState.CLOSED);
      browser.get("/cases");
      assertCell(browser, number, "closed");
      browser.screenshot("cases-17-overview-closed");
      browser.get("/cases/" + number);
      browser.waitUntil(d -> d.findElement(By.id("record-table")).isDisplayed());
      assertThat(browser.driver().getPageSource()).contains("&lt;b&gt;不是粗體&lt;/b&gt;");
      browser.screenshot("cases-18-case-page-closed");
      ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
          "document.querySelectorAll('#record-table details').forEach(d => d.open = true);");
      tasklist.scroll(browser.driver().findElement(By.id("audit-heading")));
      browser.screenshot("cases-18b-case-page-records-and-history");
    }

    // teacher2 and main2 see none of it.
    for (String outsider : new String[] {"teacher2", "main2"}) {
      try (Browser browser = Browser.open(port)) {
        browser.loginToTasklist(outsider, "demo");
        browser.get("/cases");
        browser.waitUntil(d -> d.findElement(By.id("case-table")).isDisplayed());
        assertThat(browser.driver().getPageSource()).doesNotContain(number);
        browser.screenshot("cases-19-overview-" + outsider);
        browser.get("/cases/" + number);
        assertThat(browser.driver().getPageSource()).doesNotContain(number).doesNotContain(studentName(student));
      }
    }
  }

  /** The ministry watches cases in Cockpit: the diagram with its lanes, read-only. */
  @Test
  void ministryWatchesTheCaseProcessInCockpit() {
    CaseDriver driver = new CaseDriver(engine, registry, filing, cases, staff);
    String number = driver.file(driver.newStudent(CaseDriver.SCHOOL_1), "teacher1").caseNumber();
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(CaseProcess.KEY).latestVersion().singleResult().getId();
    try (Browser browser = Browser.open(port)) {
      browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(2400, 1300));
      browser.login("ministry", "demo");
      browser.waitUntil(d -> d.getCurrentUrl().contains("/overview"));
      browser.get("/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime");
      browser.waitUntil(java.time.Duration.ofSeconds(60),
          d -> d.findElements(By.cssSelector("[data-element-id='Task_FillBasicData']")).size() > 0);
      browser.waitUntil(d -> d.getPageSource().contains("填報人（導師／主要通報人員）"));
      browser.screenshot("cases-20-cockpit-diagram");
      String instanceId = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
          .singleResult().getId();
      browser.get("/camunda/app/cockpit/default/#/process-instance/" + instanceId + "/runtime");
      browser.waitUntil(java.time.Duration.ofSeconds(60), d -> d.getPageSource().contains(number));
      browser.waitUntil(d -> d.findElements(By.cssSelector("[data-element-id='Task_FillBasicData']")).size() > 0);
      // The running tokens are drawn as badges on the diagram once the activity instances have loaded.
      browser.waitUntil(d -> d.findElements(By.cssSelector(".djs-overlays .badge")).size() > 0);
      browser.screenshot("cases-21-cockpit-instance");
    }
  }

  private void addRecordFromCasePage(Browser browser, TasklistPage tasklist, String number, String method,
      String target, String situation, String status, String suggest, String reason, String note) {
    browser.get("/cases/" + number);
    browser.waitUntil(d -> d.findElement(By.id("add-record-link"))).click();
    tasklist.awaitForm("新增追蹤紀錄");
    tasklist.claim();
    tasklist.select("聯繫方式", method);
    tasklist.select("聯繫對象", target);
    tasklist.type("追蹤情形", situation);
    tasklist.choose(status);
    tasklist.choose(suggest);
    if (reason != null) {
      tasklist.choose(reason);
      tasklist.type("結案說明", note);
    }
    browser.screenshot("cases-08-record-" + (reason == null ? "filer" : "suggesting-closure"));
    tasklist.complete();
  }

  private static void assertCell(Browser browser, String number, String kind) {
    WebElement cell = browser.waitUntil(d -> d.findElement(By.cssSelector("[data-report-cell][data-case='" + number + "']")));
    assertThat(cell.getAttribute("data-report-cell")).isEqualTo(kind);
  }

  private Task task(String number, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(key)
        .singleResult();
  }

  private static String studentName(String nationalId) {
    return CaseDriver.student(nationalId, "", LocalDate.now()).name();
  }
}
