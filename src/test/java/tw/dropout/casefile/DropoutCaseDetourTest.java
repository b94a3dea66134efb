package tw.dropout.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static tw.dropout.casefile.CaseDriver.SCHOOL_1;
import static tw.dropout.casefile.CaseDriver.SCHOOL_2;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.dropout.registry.ImportResult;
import tw.dropout.registry.RegistryImport;
import tw.dropout.registry.RegistryStudents;
import tw.dropout.school.StaffRepository;
import tw.dropout.support.IntegrationTest;
import tw.dropout.support.MutableClock;

/** Every detour of the case process, each started from its own activity (SPEC §4-§5, issue 4). */
@IntegrationTest
class DropoutCaseDetourTest {

  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  @Autowired
  TrackingReminders reminders;
  @Autowired
  ProcessEngine engine;
  @Autowired
  RegistryStudents registry;
  @Autowired
  RegistryImport registryImport;
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
  @Autowired
  MutableClock clock;
  @Autowired
  JdbcClient jdbc;

  CaseDriver driver;
  CaseFixtures fixtures;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    driver = new CaseDriver(engine, registry, filing, cases, staff);
    fixtures = new CaseFixtures(driver, filing, caseData, records, reviews, cases, engine.getRuntimeService());
  }

  @AfterEach
  void tearDown() {
    AbstractAssertions.reset();
    clock.reset();
    ClockUtil.reset();
  }

  // --- 新增填報: the registry cross-check refuses, and nothing is left behind ---

  @Test
  void unknownStudentIsRefusedAndLeavesNothing() {
    assertFilingRefused(CaseDriver.newNationalId(), "學籍系統查無此身分證字號的學生");
  }

  @Test
  void studentOfAnotherSchoolIsRefusedAndLeavesNothing() {
    assertFilingRefused(driver.newStudent(SCHOOL_2), "該生目前的學籍不在貴校");
  }

  @Test
  void studentWithAnOpenCaseIsRefusedAndLeavesNothing() {
    String student = driver.newStudent(SCHOOL_1);
    String first = driver.file(student, "teacher1").caseNumber();
    assertFilingRefused(student, "該生已有尚未結案的通報案件（案件編號 " + first + "）");
  }

  @Test
  void malformedIdentityNumberIsRefusedAndLeavesNothing() {
    assertFilingRefused("A123456788", "檢查碼不符");
  }

  private void assertFilingRefused(String nationalId, String message) {
    long instances = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(CaseProcess.KEY).count();
    long rows = caseCount();
    assertThatThrownBy(() -> engine.getRuntimeService().createProcessInstanceByKey(CaseProcess.KEY)
        .setVariables(Map.of("nationalId", nationalId, "filer", "teacher1", "schoolId", SCHOOL_1))
        .startBeforeActivity("Task_OpenCase")
        .execute())
        .isInstanceOf(CaseRefusedException.class).hasMessageContaining(message);
    assertThatThrownBy(() -> driver.file(nationalId, "main1"))
        .isInstanceOf(CaseRefusedException.class).hasMessageContaining(message);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(CaseProcess.KEY).count()).isEqualTo(instances);
    assertThat(caseCount()).isEqualTo(rows);
  }

  private long caseCount() {
    return jdbc.sql("select count(*) from dropout_case").query(Long.class).single();
  }

  // --- 通報: 退回補正 back to the filer, with the reason ---

  @Test
  void returnForCorrectionSendsTheFilerBackThroughBothForms() {
    DropoutCase c = fixtures.awaitingReport("teacher1", LeaveType.ABSENCE);
    ProcessInstance instance = fixtures.startBefore(c, "Task_ReviewReport", "Gateway_RecordMerge");

    assertThatThrownBy(() -> driver.submit("main1", c.caseNumber(), CaseProcess.TASK_REVIEW_REPORT,
        Map.of("reportDecision", "RETURN")))
        .isInstanceOf(CaseRefusedException.class).hasMessageContaining("「退回原因」為必填");
    assertThat(instance).isWaitingAt(CaseProcess.TASK_REVIEW_REPORT);

    driver.submit("main1", c.caseNumber(), CaseProcess.TASK_REVIEW_REPORT,
        CaseDriver.returned("reportDecision", "離校日期與學務系統不符，請更正。"));
    assertThat(instance).isWaitingAt(CaseProcess.TASK_FILL_BASIC_DATA);
    assertThat(instance).task(CaseProcess.TASK_FILL_BASIC_DATA).isAssignedTo("teacher1");
    assertThat(cases.get(c.id()).state()).isEqualTo(CaseState.RETURNED);
    Task basic = driver.task(c.caseNumber(), CaseProcess.TASK_FILL_BASIC_DATA);
    assertThat(driver.formOf(basic)).containsEntry("returnNotice", "離校日期與學務系統不符，請更正。")
        .containsEntry("phone", "0912-000-111");

    driver.submit("teacher1", c.caseNumber(), CaseProcess.TASK_FILL_BASIC_DATA, CaseDriver.basicData());
    driver.submit("teacher1", c.caseNumber(), CaseProcess.TASK_FILL_CASE_DATA, CaseDriver.caseData(LeaveType.ABSENCE));
    assertThat(instance).isWaitingAt(CaseProcess.TASK_REVIEW_REPORT, CaseProcess.TASK_ADD_TRACKING_RECORD);
    assertThat(instance).hasPassed("Gateway_FirstCaseData").hasNotPassed("Gateway_TrackingFork");
    // The corrected data does not open tracking a second time: still one 追蹤紀錄 task.
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(CaseProcess.TASK_ADD_TRACKING_RECORD).count()).isEqualTo(1);
    assertThat(cases.get(c.id()).state()).isEqualTo(CaseState.AWAITING_REPORT);
    assertThat(cases.audits(c.id())).extracting(CaseRepository.AuditEntry::action)
        .contains("RETURNED_FOR_CORRECTION", "CORRECTED");
  }

  // --- 結案: the closing rules refuse, at record time and at closure time ---

  @Test
  void recordSuggestingAReasonTheRulesRefuseIsNotSaved() {
    DropoutCase c = fixtures.reported(fixtures.awaitingReport("teacher1", LeaveType.SUSPENSION));
    fixtures.startBefore(c, "Gateway_RecordMerge", "Gateway_ClosureMerge");
    int before = recordRepository.forCase(c.id()).size();

    assertThatThrownBy(() -> driver.submit("counselor1", c.caseNumber(), CaseProcess.TASK_ADD_TRACKING_RECORD,
        CaseDriver.recordSuggesting(ClosingReason.ABSENCE_TO_SUSPENSION, null)))
        .isInstanceOf(CaseRefusedException.class).hasMessageContaining("「無故七日轉休學」只適用於");
    assertThatThrownBy(() -> driver.submit("counselor1", c.caseNumber(), CaseProcess.TASK_ADD_TRACKING_RECORD,
        CaseDriver.recordSuggesting(ClosingReason.OTHER_SENIOR_HIGH, " ")))
        .isInstanceOf(CaseRefusedException.class).hasMessageContaining("須填寫新就讀學校的校名");
    assertThatThrownBy(() -> driver.submit("counselor1", c.caseNumber(), CaseProcess.TASK_ADD_TRACKING_RECORD,
        CaseDriver.recordSuggesting(ClosingReason.ADULTHOOD, null)))
        .isInstanceOf(CaseRefusedException.class).hasMessageContaining("尚未年滿 18 歲");

    assertThat(recordRepository.forCase(c.id())).hasSize(before);
    assertThat(driver.task(c.caseNumber(), CaseProcess.TASK_ADD_TRACKING_RECORD)).isNotNull();
    assertThat(cases.get(c.id()).state()).isEqualTo(CaseState.TRACKING);
  }

  @Test
  void closureTheRulesRefuseGoesBackToTrackingWithANote() {
    DropoutCase c = fixtures.reported(fixtures.awaitingReport("teacher1", LeaveType.TRANSFER));
    // A system note without the new school's name: the table wants one for 其它高中職就讀.
    DropoutCase suggested = records.addSystemNote(c.id(), "系統訊息：測試", StudentStatus.STUDYING,
        ClosingReason.OTHER_SENIOR_HIGH, null);
    assertThat(suggested.state()).isEqualTo(CaseState.AWAITING_CLOSURE);

    ProcessInstance instance = fixtures.startBefore(suggested, "Task_CheckClosingRule");

    assertThat(instance).hasPassed("Task_CheckClosingRule", "Task_RejectSuggestion")
        .isWaitingAt("Event_ClosureSuggested").hasNotPassed(CaseProcess.TASK_REVIEW_CLOSURE);
    assertThat(instance).variables().containsEntry("closureSuggested", false).doesNotContainKey("closingRuleHolds");
    // The verdict is kept by the decision's history, not as a process variable.
    assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery().processInstanceId(instance.getId())
        .includeOutputs().singleResult().getOutputs()).anySatisfy(o -> {
          assertThat(o.getVariableName()).isEqualTo("allowed");
          assertThat(o.getValue()).isEqualTo(false);
        });
    assertThat(cases.get(c.id()).state()).isEqualTo(CaseState.TRACKING);
    assertThat(cases.audits(c.id())).anySatisfy(a -> {
      assertThat(a.action()).isEqualTo("SUGGESTION_REFUSED");
      assertThat(a.detail()).contains("須填寫新就讀學校的校名");
    });
  }

  // --- 休學 kept until 18: the timer on the 18th birthday ---

  @Test
  void eighteenthBirthdayPutsASuspensionCaseUpForClosureReview() {
    LocalDate birthday18 = LocalDate.now(TAIPEI).plusDays(60);
    DropoutCase c = fixtures.submitted("teacher1", LeaveType.SUSPENSION, birthday18.minusYears(18));
    c = fixtures.reported(fixtures.withRecord(c, "teacher1", CaseDriver.record("學生休學在家。")));
    assertThat(records.recordForm(c.id()).get("closingReasonOptions").toString()).doesNotContain("ADULTHOOD");

    ProcessInstance instance = fixtures.startBefore(c, "Gateway_AdulthoodFork");
    assertThat(instance).isWaitingAt("Event_ClosureSuggested", "Event_StudentTurns18");
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId("Event_StudentTurns18").singleResult();
    Instant birthdayStart = birthday18.atStartOfDay(TAIPEI).toInstant();
    assertThat(timer.getDuedate()).isEqualTo(Date.from(birthdayStart));

    Instant birthdayMorning = birthdayStart.plus(Duration.ofHours(8));
    clock.set(birthdayMorning);
    ClockUtil.setCurrentTime(Date.from(birthdayMorning));
    engine.getManagementService().executeJob(timer.getId());

    assertThat(instance).hasPassed("Task_SuggestClosureAtAdulthood", "Task_CheckClosingRule")
        .isWaitingAt(CaseProcess.TASK_REVIEW_CLOSURE);
    assertThat(instance).task(CaseProcess.TASK_REVIEW_CLOSURE).hasCandidateGroup("main-reporter");
    TrackingRecord note = recordRepository.latest(c.id()).orElseThrow();
    assertThat(note.isSystemNote()).isTrue();
    assertThat(note.authorName()).isEqualTo("系統");
    assertThat(note.closingReason()).isEqualTo(ClosingReason.ADULTHOOD);
    assertThat(note.situation()).contains("年滿 18 歲", "推定");

    driver.submit("main1", c.caseNumber(), CaseProcess.TASK_REVIEW_CLOSURE, CaseDriver.closureConfirmed());
    assertThat(cases.get(c.id()).closingReason()).isEqualTo(ClosingReason.ADULTHOOD);
    assertThat(instance).isEnded();
  }

  // --- 無故七日轉休學: closing opens the linked 休學 case for the filer ---

  @Test
  void absenceTurnedSuspensionOpensALinkedSuspensionCaseForTheFiler() {
    DropoutCase c = fixtures.reported(fixtures.awaitingReport("teacher1", LeaveType.ABSENCE));
    c = fixtures.withRecord(c, "counselor1", CaseDriver.recordSuggesting(ClosingReason.ABSENCE_TO_SUSPENSION, null));
    ProcessInstance instance = fixtures.startBefore(c, "Gateway_ClosureMerge");
    assertThat(instance).isWaitingAt(CaseProcess.TASK_REVIEW_CLOSURE);

    driver.submit("main1", c.caseNumber(), CaseProcess.TASK_REVIEW_CLOSURE, CaseDriver.closureConfirmed());

    assertThat(instance).isEnded();
    DropoutCase closed = cases.get(c.id());
    assertThat(closed.state()).isEqualTo(CaseState.CLOSED);
    DropoutCase follow = cases.get(closed.linkedCaseId());
    assertThat(follow.linkedCaseId()).isEqualTo(closed.id());
    assertThat(follow.nationalId()).isEqualTo(closed.nationalId());
    assertThat(follow.leaveType()).isEqualTo(LeaveType.SUSPENSION);
    assertThat(follow.state()).isEqualTo(CaseState.FILING);
    assertThat(follow.filedBy()).isEqualTo("teacher1");
    assertThat(follow.phone()).isEqualTo(closed.phone());
    assertThat(cases.factors(follow.id())).isEqualTo(cases.factors(closed.id()));
    Task basic = driver.task(follow.caseNumber(), CaseProcess.TASK_FILL_BASIC_DATA);
    assertThat(basic.getAssignee()).isEqualTo("teacher1");
    assertThat(basic.getTenantId()).isEqualTo(SCHOOL_1);
  }

  // --- 轉學: the registry shows the student at another school ---

  @Test
  void transferFoundByARegistryImportPutsAReportedCaseUpForClosureAndTellsTheMainReportersOnce() {
    DropoutCase c = fixtures.reported(fixtures.awaitingReport("teacher1", LeaveType.TRANSFER));
    ProcessInstance instance = fixtures.startBefore(c, "Gateway_RecordMerge", "Gateway_ClosureMerge");

    String row = c.nationalId() + "," + c.studentName() + "," + c.birthDate() + ",女," + SCHOOL_2
        + ",1150001,普通科,2,201,王美玲,母,0912-345-678,臺中市西區民生路1號";
    String header = "national_id,name,birth_date,gender,school_code,student_no,department,grade,class_name,"
        + "guardian_name,guardian_relation,guardian_phone,address";
    ImportResult result = registryImport.importFile("transfer.csv", (header + "\n" + row + "\n")
        .getBytes(StandardCharsets.UTF_8));
    assertThat(result.transfers()).isEqualTo(1);

    TrackingRecord note = recordRepository.latest(c.id()).orElseThrow();
    assertThat(note.situation()).startsWith("系統訊息：該生已轉入 臺中市立綠川高級中學（069901）");
    assertThat(note.closingNote()).isEqualTo("臺中市立綠川高級中學（069901）");
    assertThat(instance).isWaitingAt(CaseProcess.TASK_ADD_TRACKING_RECORD, CaseProcess.TASK_REVIEW_CLOSURE);
    assertThat(cases.get(c.id()).state()).isEqualTo(CaseState.AWAITING_CLOSURE);
    // One mail, the review task's: it carries the system note and a link to the task.
    assertThat(outbox("transfer-detected", c.caseNumber())).isEmpty();
    assertThat(jdbc.sql("select text_body from mail_outbox where template = 'case-review' and subject like ?")
        .param("%" + c.caseNumber() + " 待結案").query(String.class).list())
        .singleElement().asString().contains("系統訊息：該生已轉入 臺中市立綠川高級中學（069901）")
        .contains("/tasks/" + driver.task(c.caseNumber(), CaseProcess.TASK_REVIEW_CLOSURE).getId());
  }

  @Test
  void transferOfACaseNotYetReportedTellsTheMainReportersByItsOwnMail() {
    DropoutCase c = fixtures.awaitingReport("teacher1", LeaveType.TRANSFER);
    fixtures.startBefore(c, "Gateway_RecordMerge");

    ImportResult result = registryImport.importFile("transfer.csv", transferRow(c).getBytes(StandardCharsets.UTF_8));
    assertThat(result.transfers()).isEqualTo(1);

    assertThat(recordRepository.latest(c.id()).orElseThrow().situation()).startsWith("系統訊息：該生已轉入");
    assertThat(outbox("transfer-detected", c.caseNumber())).containsExactly("main1@example.org");
    assertThat(outbox("case-review", c.caseNumber())).isEmpty();
  }

  private static String transferRow(DropoutCase c) {
    return "national_id,name,birth_date,gender,school_code,student_no,department,grade,class_name,"
        + "guardian_name,guardian_relation,guardian_phone,address\n"
        + c.nationalId() + "," + c.studentName() + "," + c.birthDate() + ",女," + SCHOOL_2
        + ",1150001,普通科,2,201,王美玲,母,0912-345-678,臺中市西區民生路1號\n";
  }

  // --- 30 days without a record: reminder mail and an overdue task ---

  @Test
  void thirtyDaysWithoutARecordRemindsTheFilerAndCounselors() {
    DropoutCase c = fixtures.reported(fixtures.awaitingReport("teacher1", LeaveType.ABSENCE));
    ProcessInstance instance = fixtures.startBefore(c, "Gateway_RecordMerge");
    Task task = driver.task(c.caseNumber(), CaseProcess.TASK_ADD_TRACKING_RECORD);
    Instant due = c.lastTrackedOn().plusDays(30).atStartOfDay(TAIPEI).toInstant();
    assertThat(task.getDueDate()).isEqualTo(Date.from(due));

    // The day before the due date nothing is sent.
    clock.set(due.minus(Duration.ofHours(15)));
    reminders.remindOverdue();
    assertThat(outbox("tracking-reminder", c.caseNumber())).isEmpty();

    // On the due date the morning scan reminds the filer and the school's counselors, once.
    Instant later = due.plus(Duration.ofHours(9));
    clock.set(later);
    reminders.remindOverdue();
    reminders.remindOverdue();
    assertThat(outbox("tracking-reminder", c.caseNumber()))
        .containsExactlyInAnyOrder("teacher1@example.org", "counselor1@example.org");
    assertThat(instance).isWaitingAt(CaseProcess.TASK_ADD_TRACKING_RECORD);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(CaseProcess.TASK_ADD_TRACKING_RECORD).dueBefore(Date.from(later)).count()).isEqualTo(1);

    // Still no record a period later: reminded again.
    clock.set(later.plus(Duration.ofDays(30)));
    reminders.remindOverdue();
    assertThat(outbox("tracking-reminder", c.caseNumber())).hasSize(4);
  }

  private List<String> outbox(String template, String caseNumber) {
    return jdbc.sql("select recipient from mail_outbox where template = ? and subject like ? order by recipient")
        .params(template, "%" + caseNumber + "%").query(String.class).list();
  }
}
