package tw.dropout.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static tw.dropout.casefile.CaseDriver.SCHOOL_1;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.dropout.registry.RegistryStudents;
import tw.dropout.school.StaffRepository;
import tw.dropout.support.IntegrationTest;

/** The manual's whole flow as one scenario: 新增填報 → 基本資料 → 案件資料 → 追蹤紀錄 → 通報 → 建議結案 → 結案. */
@IntegrationTest
class DropoutCaseHappyPathTest {

  /** What the process may hold: references and flags only (the data lives in the case tables). */
  static final Set<String> ALLOWED_VARIABLES = Set.of("caseId", "schoolId", "caseNumber", "studentName",
      "leaveTypeLabel", "filer", "hasTrackingRecord", "closureSuggested");

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
  JdbcClient jdbc;

  CaseDriver driver;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    driver = new CaseDriver(engine, registry, filing, cases, staff);
  }

  @AfterEach
  void tearDown() {
    AbstractAssertions.reset();
  }

  @Test
  void teacherFilesAndTracksMainReporterReportsAndCloses() {
    String student = driver.newStudent(SCHOOL_1);
    CaseFiling.Filed filed = driver.file(student, "teacher1");
    String number = filed.caseNumber();
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(number).singleResult();

    assertThat(number).matches("\\d{3}-019901-\\d{4}");
    assertThat(instance).isWaitingAt(CaseProcess.TASK_FILL_BASIC_DATA);
    assertThat(instance).isNotWaitingAt(CaseProcess.TASK_ADD_TRACKING_RECORD);
    assertThat(instance).task(CaseProcess.TASK_FILL_BASIC_DATA).isAssignedTo("teacher1");
    assertThat(driver.caseOf(number).state()).isEqualTo(CaseState.FILING);
    assertThat(engine.getRuntimeService().getVariables(instance.getId())).doesNotContainKey("nationalId");

    driver.submit("teacher1", number, CaseProcess.TASK_FILL_BASIC_DATA, CaseDriver.basicData());
    assertThat(instance).isWaitingAt(CaseProcess.TASK_FILL_CASE_DATA);

    driver.submit("teacher1", number, CaseProcess.TASK_FILL_CASE_DATA, CaseDriver.caseData(LeaveType.ABSENCE));
    assertThat(instance).isWaitingAt(CaseProcess.TASK_ADD_TRACKING_RECORD, "Event_FirstRecordAdded");
    assertThat(instance).hasPassed("Gateway_FirstCaseData", "Gateway_TrackingFork");
    assertThat(driver.caseOf(number).state()).isEqualTo(CaseState.AWAITING_RECORD);
    assertThat(instance).variables().doesNotContainKey("leaveType").containsEntry("leaveTypeLabel", "無故未到校三日以上");

    driver.submit("teacher1", number, CaseProcess.TASK_ADD_TRACKING_RECORD, CaseDriver.record("電話聯繫家長，學生在家。"));
    assertThat(instance).isWaitingAt(CaseProcess.TASK_ADD_TRACKING_RECORD, CaseProcess.TASK_REVIEW_REPORT);
    assertThat(instance).task(CaseProcess.TASK_REVIEW_REPORT).hasCandidateGroup("main-reporter");
    assertThat(driver.caseOf(number).state()).isEqualTo(CaseState.AWAITING_REPORT);
    assertReviewMailLinksTo(number, "待通報", driver.task(number, CaseProcess.TASK_REVIEW_REPORT), "確認通報或退回補正");

    driver.submit("main1", number, CaseProcess.TASK_REVIEW_REPORT, CaseDriver.reportConfirmed());
    assertThat(instance).isWaitingAt(CaseProcess.TASK_ADD_TRACKING_RECORD, "Event_ClosureSuggested");
    assertThat(instance).hasPassed("EndEvent_NoAdulthoodTracking");
    assertThat(driver.caseOf(number).state()).isEqualTo(CaseState.TRACKING);

    driver.submit("counselor1", number, CaseProcess.TASK_ADD_TRACKING_RECORD,
        CaseDriver.recordSuggesting(ClosingReason.RETURNED, null));
    assertThat(instance).isWaitingAt(CaseProcess.TASK_ADD_TRACKING_RECORD, CaseProcess.TASK_REVIEW_CLOSURE);
    assertThat(driver.caseOf(number).state()).isEqualTo(CaseState.AWAITING_CLOSURE);
    assertReviewMailLinksTo(number, "待結案", driver.task(number, CaseProcess.TASK_REVIEW_CLOSURE), "「返校復學」");
    assertThat(engine.getRuntimeService().getVariables(instance.getId()).keySet()).isSubsetOf(ALLOWED_VARIABLES);

    driver.submit("main1", number, CaseProcess.TASK_REVIEW_CLOSURE, CaseDriver.closureConfirmed());
    assertThat(instance).hasPassed("Task_CheckClosingRule", "Task_CloseCase", "EndEvent_CaseClosed").isEnded();
    DropoutCase closed = driver.caseOf(number);
    assertThat(closed.state()).isEqualTo(CaseState.CLOSED);
    assertThat(closed.closingReason()).isEqualTo(ClosingReason.RETURNED);
    assertThat(closed.closedBy()).isEqualTo("main1");
    assertThat(closed.phone()).isEqualTo("0912-000-111");
    assertThat(cases.factors(closed.id())).extracting(f -> f.factor().name()).containsExactly("P08", "F11", "S99");
  }

  /** The school's main reporters are told by mail, with a link that opens exactly this task after login. */
  private void assertReviewMailLinksTo(String number, String subject, Task task, String bodyMentions) {
    List<String[]> mails = jdbc.sql("select recipient, text_body from mail_outbox"
        + " where template = 'case-review' and subject like ?").param("%" + number + " " + subject)
        .query((row, i) -> new String[] {row.getString(1), row.getString(2)}).list();
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0)[0]).isEqualTo("main1@example.org");
    assertThat(mails.get(0)[1]).contains("/tasks/" + task.getId()).contains(bodyMentions)
        .doesNotContain(driver.caseOf(number).studentName());
  }
}
