package tw.dropout.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.dropout.registry.RegistryStudents;
import tw.dropout.school.StaffRepository;
import tw.dropout.support.IntegrationTest;
import tw.dropout.support.WebSession;

/**
 * Who sees which case (SPEC §1): the filer, the school's counselors, supervisors and main reporters,
 * the ministry; never another school. Attacked from teacher2's and main2's side through every door:
 * our pages, Tasklist's API and /engine-rest with HTTP Basic.
 */
@IntegrationTest
class CaseAccessTest {

  private static final String TASKLIST_API = "/camunda/api/engine/engine/default";
  private static final String ENGINE_REST = "/engine-rest";

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
  @Autowired
  org.springframework.jdbc.core.simple.JdbcClient jdbc;

  CaseDriver driver;
  String number;
  ProcessInstance instance;

  /** A school 1 case filed by teacher1, with a record: 待通報, so main1 has a task. */
  @BeforeEach
  void teacher1FilesACase() {
    AbstractAssertions.init(engine);
    driver = new CaseDriver(engine, registry, filing, cases, staff);
    number = driver.file(driver.newStudent(CaseDriver.SCHOOL_1), "teacher1").caseNumber();
    driver.submit("teacher1", number, CaseProcess.TASK_FILL_BASIC_DATA, CaseDriver.basicData());
    driver.submit("teacher1", number, CaseProcess.TASK_FILL_CASE_DATA, CaseDriver.caseData(LeaveType.ABSENCE));
    driver.submit("teacher1", number, CaseProcess.TASK_ADD_TRACKING_RECORD, CaseDriver.record("電話聯繫。"));
    instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
  }

  @AfterEach
  void tearDown() {
    AbstractAssertions.reset();
  }

  @Test
  void theSchoolsStaffAndTheMinistrySeeTheCaseOthersDoNot() {
    for (String user : List.of("teacher1", "counselor1", "head1", "main1", "ministry", "admin")) {
      WebSession session = WebSession.loggedIn(port, user, "demo");
      assertThat(session.get("/cases?q=" + number).body()).as(user).contains(row());
      assertThat(session.get("/cases/" + number).statusCode()).as(user).isEqualTo(200);
    }
    for (String user : List.of("teacher2", "main2", "counselor2", "head3")) {
      WebSession session = WebSession.loggedIn(port, user, "demo");
      assertThat(session.get("/cases").body()).as(user).doesNotContain(row());
      assertThat(session.get("/cases?q=" + number).body()).as(user).doesNotContain(row());
      HttpResponse<String> page = session.get("/cases/" + number);
      assertThat(page.statusCode()).as(user).isEqualTo(404);
      assertThat(page.body()).doesNotContain(driver.caseOf(number).studentName());
    }
  }

  private String row() {
    return "data-case-row=\"" + number + "\"";
  }

  @Test
  void listsMaskTheIdentityNumberAndOnlyTheCasePageShowsIt() {
    DropoutCase c = driver.caseOf(number);
    WebSession main = WebSession.loggedIn(port, "main1", "demo");
    assertThat(main.get("/cases?q=" + number).body()).contains(c.maskedNationalId()).doesNotContain(c.nationalId());
    assertThat(main.get("/cases/" + number).body()).contains(c.nationalId());
  }

  @Test
  void theColumnShowsAnArrowIntoTasklistForMainReportersOnly() {
    Task review = driver.task(number, CaseProcess.TASK_REVIEW_REPORT);
    String mainPage = WebSession.loggedIn(port, "main1", "demo").get("/cases?q=" + number).body();
    assertThat(mainPage).contains("href=\"/tasks/" + review.getId() + "\"").contains("data-report-cell=\"arrow\"");
    String teacherPage = WebSession.loggedIn(port, "teacher1", "demo").get("/cases?q=" + number).body();
    assertThat(teacherPage).contains("data-report-cell=\"arrow\"").doesNotContain("/tasks/" + review.getId());
  }

  @ParameterizedTest
  @ValueSource(strings = {"teacher2", "main2"})
  void anotherSchoolCannotReachTheCaseThroughTasklistsApi(String attacker) {
    WebSession session = WebSession.loggedIn(port, attacker, "demo");
    session.get("/camunda/app/tasklist/default/");
    assertEngineApiRefuses(session, TASKLIST_API);
  }

  @ParameterizedTest
  @ValueSource(strings = {"teacher2", "main2"})
  void anotherSchoolCannotReachTheCaseThroughEngineRest(String attacker) {
    assertEngineApiRefuses(WebSession.basic(port, attacker, "demo"), ENGINE_REST);
  }

  private void assertEngineApiRefuses(WebSession session, String api) {
    Task review = driver.task(number, CaseProcess.TASK_REVIEW_REPORT);
    HttpResponse<String> tasks = session.get(api + "/task?processDefinitionKey=DropoutCase&maxResults=1000");
    assertThat(tasks.statusCode()).isEqualTo(200);
    assertThat(tasks.body()).doesNotContain(review.getId()).doesNotContain(number);
    assertThat(session.get(api + "/task/" + review.getId()).statusCode()).isIn(403, 404);
    assertThat(session.get(api + "/task/" + review.getId() + "/form-variables").body()).doesNotContain(number);
    assertThat(session.get(api + "/process-instance?businessKey=" + number).body()).isEqualTo("[]");
    assertThat(session.get(api + "/process-instance/" + instance.getId() + "/variables").body())
        .doesNotContain(number);
    assertThat(session.get(api + "/history/process-instance?processInstanceBusinessKey=" + number).body())
        .isEqualTo("[]");
    HttpResponse<String> claim = session.postJson(api + "/task/" + review.getId() + "/claim", "{\"userId\":\"main2\"}");
    assertThat(claim.statusCode()).isIn(403, 404, 500);
    assertThat(driver.task(number, CaseProcess.TASK_REVIEW_REPORT).getAssignee()).isNull();
  }

  @Test
  void onlyTeachersAndMainReportersMayFile() {
    WebSession counselor = WebSession.loggedIn(port, "counselor1", "demo");
    assertThat(counselor.get("/cases").body()).doesNotContain("id=\"new-case-form\"");
    counselor.get("/camunda/app/tasklist/default/");
    HttpResponse<String> start = counselor.postJson(TASKLIST_API + "/process-definition/key/DropoutCase/submit-form",
        "{\"variables\":{\"nationalId\":{\"value\":\"" + driver.newStudent(CaseDriver.SCHOOL_1) + "\"}}}");
    assertThat(start.statusCode()).isEqualTo(403);
    assertThat(counselor.get(TASKLIST_API + "/process-definition?startableInTasklist=true&startablePermissionCheck=true")
        .body()).doesNotContain("DropoutCase");
    WebSession teacher = WebSession.loggedIn(port, "teacher1", "demo");
    teacher.get("/camunda/app/tasklist/default/");
    assertThat(teacher.get(TASKLIST_API + "/process-definition?startableInTasklist=true&startablePermissionCheck=true")
        .body()).contains("\"key\":\"DropoutCase\"");
  }

  @Test
  void theMinistrysOverviewCountsEachSchoolsCasesByStateAndOnlyForTheMinistry() {
    String page = WebSession.loggedIn(port, "ministry", "demo").get("/overview").body();
    for (CaseState state : CaseState.values()) {
      long expected = jdbc.sql("select count(*) from dropout_case where school_code = '019901' and state = ?")
          .param(state.name()).query(Long.class).single();
      assertThat(cell(page, "019901", state.name())).as(state.name()).isEqualTo(String.valueOf(expected));
    }
    assertThat(Long.parseLong(cell(page, "019901", "AWAITING_REPORT"))).isPositive();
    assertThat(page).contains("href=\"/cases?school=019901\"");

    HttpResponse<String> teacher = WebSession.loggedIn(port, "teacher1", "demo").get("/overview");
    assertThat(teacher.statusCode()).isEqualTo(403);

    // The school's own staff get the same figures for their school on /cases; a teacher (own cases only) not.
    String head = WebSession.loggedIn(port, "head1", "demo").get("/cases").body();
    String counts = head.substring(head.indexOf("id=\"school-counts\""), head.indexOf("</nav>", head.indexOf("school-counts")));
    String toReport = counts.substring(counts.indexOf("data-state=\"AWAITING_REPORT\""));
    assertThat(toReport.substring(0, toReport.indexOf("</a>")))
        .contains(">" + cell(page, "019901", "AWAITING_REPORT") + "</span>");
    assertThat(WebSession.loggedIn(port, "teacher1", "demo").get("/cases").body()).doesNotContain("school-counts");
  }

  /** The text of the overview's cell for a school and a state. */
  private static String cell(String page, String school, String state) {
    int row = page.indexOf("data-school=\"" + school + "\"");
    int at = page.indexOf("data-state=\"" + state + "\"", row);
    int start = page.indexOf('>', at) + 1;
    return page.substring(start, page.indexOf('<', start)).strip();
  }

  @Test
  void theOverviewMarksCasesWhoseTrackingIsOverdue() {
    String stale = driver.file(driver.newStudent(CaseDriver.SCHOOL_1), "teacher1").caseNumber();
    driver.submit("teacher1", stale, CaseProcess.TASK_FILL_BASIC_DATA, CaseDriver.basicData());
    driver.submit("teacher1", stale, CaseProcess.TASK_FILL_CASE_DATA, CaseDriver.caseData(LeaveType.ABSENCE));
    Map<String, Object> old = CaseDriver.record("電話未接通。");
    old.put("trackedOn", java.time.LocalDate.now().minusDays(31).toString());
    driver.submit("teacher1", stale, CaseProcess.TASK_ADD_TRACKING_RECORD, old);

    String page = WebSession.loggedIn(port, "teacher1", "demo").get("/cases").body();
    assertThat(rowOf(page, stale)).contains("data-overdue").contains("逾 30 日未追蹤");
    assertThat(rowOf(page, number)).doesNotContain("data-overdue");
  }

  private static String rowOf(String page, String caseNumber) {
    int start = page.indexOf("data-case-row=\"" + caseNumber + "\"");
    return page.substring(start, page.indexOf("</tr>", start));
  }

  @Test
  void emailedTaskLinksOpenTheOpenTaskAndExplainStaleOnes() {
    Task review = driver.task(number, CaseProcess.TASK_REVIEW_REPORT);
    WebSession main1 = WebSession.loggedIn(port, "main1", "demo");
    assertThat(main1.get("/tasks/" + review.getId()).headers().firstValue("Location").orElse(""))
        .endsWith("/camunda/app/tasklist/default/#/?task=" + review.getId());

    // Another school's main reporter learns nothing about the task.
    HttpResponse<String> foreign = WebSession.loggedIn(port, "main2", "demo").get("/tasks/" + review.getId());
    assertThat(foreign.statusCode()).isEqualTo(404);
    assertThat(foreign.body()).contains("找不到這項待辦").doesNotContain(number);

    // Done by a colleague: the link says when and by whom instead of opening an empty Tasklist.
    driver.submit("main1", number, CaseProcess.TASK_REVIEW_REPORT, CaseDriver.reportConfirmed());
    HttpResponse<String> done = main1.get("/tasks/" + review.getId());
    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(done.body()).contains("由 " + staff.findByUsername("main1").orElseThrow().displayName() + " 完成");
    assertThat(main1.get("/tasks/no-such-task").statusCode()).isEqualTo(404);
  }

  @Test
  void newFilingFromTheOverviewOpensTheFirstTaskOrSaysWhyNot() {
    WebSession teacher = WebSession.loggedIn(port, "teacher1", "demo");
    String csrf = teacher.csrfFrom(teacher.get("/cases").body());
    HttpResponse<String> refused = teacher.postForm("/cases/new", Map.of("nationalId", "A123456788", "_csrf", csrf));
    assertThat(refused.headers().firstValue("Location").orElse("")).endsWith("/cases");
    assertThat(teacher.get("/cases").body()).contains("檢查碼不符");

    String student = driver.newStudent(CaseDriver.SCHOOL_1);
    csrf = teacher.csrfFrom(teacher.get("/cases").body());
    HttpResponse<String> filed = teacher.postForm("/cases/new", Map.of("nationalId", student, "_csrf", csrf));
    String location = filed.headers().firstValue("Location").orElse("");
    Task first = engine.getTaskService().createTaskQuery().taskAssignee("teacher1")
        .taskDefinitionKey(CaseProcess.TASK_FILL_BASIC_DATA).orderByTaskCreateTime().desc().list().get(0);
    assertThat(location).endsWith("/tasks/" + first.getId());
  }

  @Test
  void authorsDeleteTheirOwnUnusedRecordsWithAnAuditEntry() {
    DropoutCase c = driver.caseOf(number);
    TrackingRecord record = cases.find(c.id()).map(x -> x).flatMap(x -> recordOf(x)).orElseThrow();

    WebSession counselor = WebSession.loggedIn(port, "counselor1", "demo");
    String page = counselor.get("/cases/" + number).body();
    assertThat(page).doesNotContain("records/" + record.id() + "/delete");
    counselor.postForm("/cases/" + number + "/records/" + record.id() + "/delete",
        Map.of("_csrf", counselor.csrfFrom(page)));
    assertThat(driver.caseOf(number).lastTrackedOn()).isNotNull();

    WebSession teacher = WebSession.loggedIn(port, "teacher1", "demo");
    page = teacher.get("/cases/" + number).body();
    assertThat(page).contains("records/" + record.id() + "/delete");
    teacher.postForm("/cases/" + number + "/records/" + record.id() + "/delete", Map.of("_csrf", teacher.csrfFrom(page)));

    DropoutCase after = driver.caseOf(number);
    assertThat(after.lastTrackedOn()).isNull();
    assertThat(after.state()).isEqualTo(CaseState.AWAITING_RECORD);
    assertThat(cases.audits(c.id())).anySatisfy(a -> {
      assertThat(a.action()).isEqualTo("RECORD_DELETED");
      assertThat(a.actor()).isEqualTo("teacher1");
      assertThat(a.detail()).contains("電話聯繫。");
    });
    // The main reporter's 通報 task is taken back: nothing to report without a record.
    assertThat(instance).hasPassed("Event_RecordsWithdrawn").isWaitingAt("Event_FirstRecordAdded",
        CaseProcess.TASK_ADD_TRACKING_RECORD);
    assertThat(teacher.get("/cases/" + number).body()).contains("刪除追蹤紀錄");
  }

  @Autowired
  TrackingRecordRepository records;

  private java.util.Optional<TrackingRecord> recordOf(DropoutCase c) {
    return records.latest(c.id());
  }
}
