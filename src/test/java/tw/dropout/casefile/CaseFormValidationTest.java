package tw.dropout.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tw.dropout.casefile.CaseDriver.SCHOOL_1;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import tw.dropout.registry.RegistryStudents;
import tw.dropout.school.StaffRepository;
import tw.dropout.support.IntegrationTest;
import tw.dropout.support.WebSession;

/**
 * Every form submission is checked on the server: a refused one leaves the task open and nothing
 * saved, and the person in Tasklist reads our zh-TW sentence (not the engine's English wrapping).
 */
@IntegrationTest
class CaseFormValidationTest {

  private static final String TASKLIST_API = "/camunda/api/engine/engine/default";
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  RegistryStudents registry;
  @Autowired
  CaseFiling filing;
  @Autowired
  CaseData caseData;
  @Autowired
  TrackingRecords records;
  @Autowired
  TrackingRecordRepository recordRepository;
  @Autowired
  CaseReviews reviews;
  @Autowired
  CaseRepository cases;
  @Autowired
  StaffRepository staff;

  CaseDriver driver;
  CaseFixtures fixtures;

  @BeforeEach
  void setUp() {
    driver = new CaseDriver(engine, registry, filing, cases, staff);
    fixtures = new CaseFixtures(driver, filing, caseData, records, reviews, cases, engine.getRuntimeService());
  }

  @Test
  void basicDataIsRefusedWholeAndTheTaskStaysOpen() {
    String number = driver.file(driver.newStudent(SCHOOL_1), "teacher1").caseNumber();
    Map<String, Object> values = CaseDriver.basicData();
    values.put("phone", "  ");
    values.put("guardianName", "王".repeat(51));
    values.put("guardianPhone", "call me");

    assertThatThrownBy(() -> driver.submit("teacher1", number, CaseProcess.TASK_FILL_BASIC_DATA, values))
        .isInstanceOf(CaseRefusedException.class)
        .hasMessageStartingWith("請修正以下問題後再送出：")
        .hasMessageContaining("「電話/手機」為必填")
        .hasMessageContaining("「監護人姓名」最多 50 字，目前 51 字")
        .hasMessageContaining("「監護人電話」只能填數字");

    assertThat(driver.task(number, CaseProcess.TASK_FILL_BASIC_DATA)).isNotNull();
    DropoutCase c = driver.caseOf(number);
    assertThat(c.basicDataSavedAt()).isNull();
    assertThat(c.guardianName()).isEqualTo("王美玲");
  }

  @Test
  void sameAsGuardianTakesTheGuardiansPhone() {
    String number = driver.file(driver.newStudent(SCHOOL_1), "teacher1").caseNumber();
    Map<String, Object> values = CaseDriver.basicData();
    values.put("phone", null);
    values.put("sameAsGuardian", true);
    driver.submit("teacher1", number, CaseProcess.TASK_FILL_BASIC_DATA, values);
    assertThat(driver.caseOf(number).phone()).isEqualTo("0912-345-678");
  }

  @Test
  void caseDataListsEveryProblemAtOnce() {
    String number = driver.file(driver.newStudent(SCHOOL_1), "teacher1").caseNumber();
    driver.submit("teacher1", number, CaseProcess.TASK_FILL_BASIC_DATA, CaseDriver.basicData());
    Map<String, Object> values = CaseDriver.caseData(LeaveType.ABSENCE);
    values.put("leaveDate", LocalDate.now().plusDays(3).toString());
    values.put("leaveType", "HOLIDAY");
    values.put("studentIdentity", null);
    values.put("factorsSchoolOther", "");
    values.put("description", "字".repeat(2001));

    assertThatThrownBy(() -> driver.submit("teacher1", number, CaseProcess.TASK_FILL_CASE_DATA, values))
        .isInstanceOf(CaseRefusedException.class)
        .hasMessageContaining("「離校日期」不可晚於今天")
        .hasMessageContaining("「離校種類」的選項不正確")
        .hasMessageContaining("「學生身份」為必填")
        .hasMessageContaining("「學校因素-其他（說明）」為必填")
        .hasMessageContaining("「案件說明」最多 2000 字");
    assertThat(driver.caseOf(number).state()).isEqualTo(CaseState.FILING);
    assertThat(driver.task(number, CaseProcess.TASK_FILL_CASE_DATA)).isNotNull();
  }

  @Test
  void onlyTheFilerFillsTheirCaseAndOnlyTheSchoolsStaffAddRecords() {
    DropoutCase c = fixtures.submitted("teacher1", LeaveType.ABSENCE);
    assertThatThrownBy(() -> records.add(c.id(), "head1", CaseDriver.record("一級主管不能寫")))
        .isInstanceOf(CaseRefusedException.class).hasMessageContaining("只有本案的填報人");
    assertThatThrownBy(() -> records.add(c.id(), "counselor2", CaseDriver.record("他校不能寫")))
        .isInstanceOf(CaseRefusedException.class);
    assertThatThrownBy(() -> caseData.saveBasicData(c.id(), "counselor1", CaseDriver.basicData()))
        .isInstanceOf(CaseRefusedException.class).hasMessageContaining("只有本案的填報人");
    assertThatThrownBy(() -> reviews.decideReport(c.id(), "teacher1", CaseDriver.reportConfirmed()))
        .isInstanceOf(CaseRefusedException.class).hasMessageContaining("只有貴校的主要通報人員");
  }

  @Test
  void maliciousTextIsStoredAsTypedAndShownEscaped() {
    DropoutCase c = fixtures.submitted("teacher1", LeaveType.ABSENCE);
    String nasty = "<script>alert('x')</script><img src=x onerror=alert(1)> & 「家長」";
    records.add(c.id(), "teacher1", CaseDriver.record(nasty));
    assertThat(recordRepository.latest(c.id()).orElseThrow().situation()).isEqualTo(nasty);

    String page = WebSession.loggedIn(port, "teacher1", "demo").get("/cases/" + c.caseNumber()).body();
    assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; 「家長」")
        .doesNotContain("<script>alert").doesNotContain("<img src=x");
  }

  @Test
  void tasklistShowsTheRefusalAsOurSentenceAndTheTaskStaysOpen() throws Exception {
    String number = driver.file(driver.newStudent(SCHOOL_1), "teacher1").caseNumber();
    Task task = driver.task(number, CaseProcess.TASK_FILL_BASIC_DATA);
    WebSession teacher = WebSession.loggedIn(port, "teacher1", "demo");
    teacher.get("/camunda/app/tasklist/default/");

    HttpResponse<String> refused = teacher.postJson(TASKLIST_API + "/task/" + task.getId() + "/submit-form",
        "{\"variables\":{\"form\":{\"type\":\"Json\",\"value\":\"{\\\"phone\\\":\\\"\\\",\\\"sameAsGuardian\\\":false}\"}}}");

    assertThat(refused.statusCode()).isEqualTo(400);
    String message = JSON.readTree(refused.body()).get("message").asText();
    assertThat(message).isEqualTo("請修正以下問題後再送出：「電話/手機」為必填");
    assertThat(driver.task(number, CaseProcess.TASK_FILL_BASIC_DATA)).isNotNull();
  }

  @Test
  void tasklistStartFormGetsTheRegistryAnswerAndNoInstanceIsLeft() throws Exception {
    long before = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(CaseProcess.KEY).count();
    WebSession teacher = WebSession.loggedIn(port, "teacher1", "demo");
    teacher.get("/camunda/app/tasklist/default/");

    HttpResponse<String> refused = teacher.postJson(TASKLIST_API + "/process-definition/key/DropoutCase/submit-form",
        "{\"variables\":{\"nationalId\":{\"value\":\"" + CaseDriver.newNationalId() + "\"}}}");

    assertThat(refused.statusCode()).isEqualTo(400);
    JsonNode body = JSON.readTree(refused.body());
    assertThat(body.get("message").asText()).startsWith("學籍系統查無此身分證字號的學生");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(CaseProcess.KEY).count()).isEqualTo(before);

    String student = driver.newStudent(SCHOOL_1);
    HttpResponse<String> started = teacher.postJson(TASKLIST_API + "/process-definition/key/DropoutCase/submit-form",
        "{\"variables\":{\"nationalId\":{\"value\":\"" + student.toLowerCase() + "\"}}}");
    assertThat(started.statusCode()).isEqualTo(200);
    String number = JSON.readTree(started.body()).get("businessKey").asText();
    assertThat(driver.caseOf(number).filedBy()).isEqualTo("teacher1");
    assertThat(driver.task(number, CaseProcess.TASK_FILL_BASIC_DATA).getAssignee()).isEqualTo("teacher1");
  }

  @Test
  void engineRestAnswersTheSameSentence() throws Exception {
    WebSession main = WebSession.basic(port, "main1", "demo");
    HttpResponse<String> refused = main.postJson("/engine-rest/process-definition/key/DropoutCase/submit-form",
        "{\"variables\":{\"nationalId\":{\"value\":\"" + driver.newStudent(CaseDriver.SCHOOL_2) + "\"}}}");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(refused.body()).get("message").asText()).startsWith("該生目前的學籍不在貴校");
  }
}
