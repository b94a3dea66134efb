package tw.dropout.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;


import tw.dropout.security.EngineUsers;
import tw.dropout.system.DemoData;
import tw.dropout.system.StartupOrder;

/**
 * Demo cases, one in each state per demo school, so a visitor finds work in Tasklist (待通報, 待結案, an
 * overdue record) and every state on /cases. They are made the way staff make them: filed, and every
 * form submitted in Tasklist's shape as the demo user, through the same validation and process. Loaded
 * once, when there are no cases yet; the test profile leaves them out (dropout.demo-cases=false).
 */
@Component
@ConditionalOnProperty(name = "dropout.demo-data", havingValue = "true")
@Order(StartupOrder.DEMO_DATA + 2)
class DemoCases implements ApplicationRunner {

  /** Six minors per demo school from demo/registry-students.csv (none of those the README names). */
  static final List<List<String>> STUDENTS = List.of(
      List.of("DA20745173", "F201167039", "F213167094", "F104294611", "F113548042", "F227125415"),
      List.of("B186066688", "B243223136", "B297692409", "B114195194", "B106405396", "B140959815"),
      List.of("D249771277", "D134991676", "D256250470", "D240504663", "D173490109", "D160044960"));
  private static final Logger LOG = LoggerFactory.getLogger(DemoCases.class);

  private final CaseFiling filing;
  private final Actors actors;
  private final TaskService taskService;
  private final FormService formService;
  private final IdentityService identityService;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final boolean enabled;

  DemoCases(CaseFiling filing, Actors actors, TaskService taskService, FormService formService,
      IdentityService identityService, JdbcClient jdbc, Clock clock, @Value("${dropout.demo-cases:true}") boolean enabled) {
    this.filing = filing;
    this.actors = actors;
    this.taskService = taskService;
    this.formService = formService;
    this.identityService = identityService;
    this.jdbc = jdbc;
    this.clock = clock;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled || jdbc.sql("select count(*) from dropout_case").query(Long.class).single() > 0) {
      return;
    }
    for (int n = 1; n <= DemoData.SCHOOLS.size(); n++) {
      load(n);
    }
    LOG.info("Demo cases: {} per school, one in each state", STUDENTS.get(0).size());
  }

  /** The demo cases of demo school n (1-3), from 填報中 to 已結案. */
  void load(int n) {
    String teacher = "teacher" + n;
    String counselor = "counselor" + n;
    String main = "main" + n;
    List<String> students = STUDENTS.get(n - 1);
    LocalDate today = LocalDate.now(clock);

    // 填報中: filed, 基本資料 not yet submitted.
    file(students.get(0), teacher);

    // 待追蹤: both forms in, no record yet.
    String awaitingRecord = file(students.get(1), teacher);
    fillForms(awaitingRecord, teacher, LeaveType.ABSENCE, today.minusDays(5));

    // 待通報: a first record; the main reporter's 通報 task is open.
    String awaitingReport = file(students.get(2), teacher);
    fillForms(awaitingReport, teacher, LeaveType.ABSENCE, today.minusDays(12));
    submit(awaitingReport, CaseProcess.TASK_ADD_TRACKING_RECORD, teacher,
        record(today.minusDays(2), "家訪，學生在家，表示暫時不想回校；已與家長約定下週再聯繫。", "AT_HOME"));

    // 追蹤中, overdue: reported, the last record more than 30 days ago.
    String overdue = file(students.get(3), teacher);
    fillForms(overdue, teacher, LeaveType.ABSENCE, today.minusDays(60));
    submit(overdue, CaseProcess.TASK_ADD_TRACKING_RECORD, teacher,
        record(today.minusDays(40), "電話聯繫家長，學生白天在外打工，晚上才回家。", "EMPLOYED"));
    submit(overdue, CaseProcess.TASK_REVIEW_REPORT, main, Map.of("reportDecision", "CONFIRM"));

    // 待結案: a transfer, the counselor's record suggests closing; the main reporter's 結案 task is open.
    String awaitingClosure = file(students.get(4), teacher);
    fillForms(awaitingClosure, teacher, LeaveType.TRANSFER, today.minusDays(20));
    submit(awaitingClosure, CaseProcess.TASK_ADD_TRACKING_RECORD, teacher,
        record(today.minusDays(15), "家長表示已辦理轉學手續，等待新學校通知。", "AT_HOME"));
    submit(awaitingClosure, CaseProcess.TASK_REVIEW_REPORT, main, Map.of("reportDecision", "CONFIRM"));
    submit(awaitingClosure, CaseProcess.TASK_ADD_TRACKING_RECORD, counselor,
        suggestion(today.minusDays(1), "已向新學校確認學生到校上課。", ClosingReason.OTHER_SENIOR_HIGH, "臺北市立明德高級中學"));

    // 已結案: returned to school, closed by the main reporter.
    String closed = file(students.get(5), teacher);
    fillForms(closed, teacher, LeaveType.ABSENCE, today.minusDays(30));
    submit(closed, CaseProcess.TASK_ADD_TRACKING_RECORD, teacher,
        record(today.minusDays(25), "面談學生，學生表示與同學相處不睦，不願到校。", "AT_HOME"));
    submit(closed, CaseProcess.TASK_REVIEW_REPORT, main, Map.of("reportDecision", "CONFIRM"));
    submit(closed, CaseProcess.TASK_ADD_TRACKING_RECORD, counselor,
        suggestion(today.minusDays(3), "經輔導後學生已返校上課，出席正常。", ClosingReason.RETURNED, null));
    submit(closed, CaseProcess.TASK_REVIEW_CLOSURE, main, Map.of("closureDecision", "CONFIRM"));
  }

  private String file(String nationalId, String teacher) {
    String[] number = new String[1];
    EngineUsers.runAs(identityService, teacher, () -> number[0] = filing.file(nationalId, actors.require(teacher)).caseNumber());
    return number[0];
  }

  private void fillForms(String caseNumber, String teacher, LeaveType leaveType, LocalDate leftOn) {
    submit(caseNumber, CaseProcess.TASK_FILL_BASIC_DATA, teacher, Map.of("sameAsGuardian", true));
    Map<String, Object> data = new HashMap<>();
    data.put("leaveDate", leftOn.toString());
    data.put("leaveType", leaveType.name());
    data.put("studentIdentity", "GENERAL");
    data.put("factorsPersonal", List.of("P08"));
    data.put("factorsFamily", List.of("F11"));
    data.put("factorsSchool", List.of("S01", "S09"));
    data.put("factorsSocial", List.of());
    data.put("factorsOther", List.of());
    data.put("description", leaveType == LeaveType.TRANSFER ? "家長申請轉學，學生已停止到校。"
        : "連續多日未到校，電話聯繫家長後得知學生不願上學。");
    submit(caseNumber, CaseProcess.TASK_FILL_CASE_DATA, teacher, data);
  }

  private static Map<String, Object> record(LocalDate on, String situation, String studentStatus) {
    Map<String, Object> v = new HashMap<>();
    v.put("trackedOn", on.toString());
    v.put("contactMethod", "PHONE");
    v.put("contactTarget", "GUARDIAN");
    v.put("situation", situation);
    v.put("studentStatus", studentStatus);
    v.put("suggestClose", "no");
    return v;
  }

  private static Map<String, Object> suggestion(LocalDate on, String situation, ClosingReason reason, String note) {
    Map<String, Object> v = record(on, situation, "STUDYING");
    v.put("suggestClose", "yes");
    v.put("closingReason", reason.name());
    v.put("closingNote", note);
    return v;
  }

  /**
   * As Tasklist does it: claim when unassigned, then submit the whole form (what the task shows, with
   * {@code changes} typed in) as the one JSON variable {@value CaseProcess#FORM}.
   */
  private void submit(String caseNumber, String taskKey, String username, Map<String, Object> changes) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(taskKey)
        .singleResult();
    if (task == null) {
      throw new IllegalStateException("demo case " + caseNumber + " has no open " + taskKey);
    }
    EngineUsers.runAs(identityService, username, () -> {
      if (task.getAssignee() == null) {
        taskService.claim(task.getId(), username);
      }
      Map<String, Object> form = new HashMap<>(
          CaseProcess.formValues(taskService.getVariableLocal(task.getId(), CaseProcess.FORM)));
      form.putAll(changes);
      formService.submitTaskForm(task.getId(), Map.of(CaseProcess.FORM, CaseProcess.formValue(form)));
    });
  }
}
