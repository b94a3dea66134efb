package tw.dropout.casefile;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

import tw.dropout.registry.NationalId;
import tw.dropout.registry.RegistryStudent;
import tw.dropout.registry.RegistryStudents;
import tw.dropout.school.StaffRepository;
import tw.dropout.security.EngineUsers;

/**
 * Drives cases the way staff do in Tasklist: files through the product's own filing, and submits each
 * task's form as the signed-in user (claim, then submit-form), so the engine's authorization and
 * tenant checks apply as they do for real users.
 */
final class CaseDriver {

  static final String SCHOOL_1 = "019901";
  static final String SCHOOL_2 = "069901";
  private static final Random RANDOM = new SecureRandom();

  private final ProcessEngine engine;
  private final RegistryStudents registry;
  private final CaseFiling filing;
  private final CaseRepository cases;
  private final StaffRepository staff;

  CaseDriver(ProcessEngine engine, RegistryStudents registry, CaseFiling filing, CaseRepository cases,
      StaffRepository staff) {
    this.engine = engine;
    this.registry = registry;
    this.filing = filing;
    this.cases = cases;
    this.staff = staff;
  }

  /** A fresh valid 國民身分證 number (prefix Y keeps clear of the demo data). */
  static String newNationalId() {
    while (true) {
      String body = "Y" + (1 + RANDOM.nextInt(2)) + String.format("%07d", RANDOM.nextInt(10_000_000));
      for (int d = 0; d < 10; d++) {
        if (NationalId.isValid(body + d)) {
          return body + d;
        }
      }
    }
  }

  /** A new student in the embedded registry, enrolled at {@code schoolCode}. */
  String newStudent(String schoolCode, LocalDate birthDate) {
    String id = newNationalId();
    registry.save(List.of(student(id, schoolCode, birthDate)));
    return id;
  }

  static RegistryStudent student(String id, String schoolCode, LocalDate birthDate) {
    return new RegistryStudent(id, "測試生" + id.substring(6), birthDate, "女", schoolCode, "11" + id.substring(5),
        "普通科", "2", "201", "王美玲", "母", "0912-345-678", "新北市板橋區文化路一段1號");
  }

  String newStudent(String schoolCode) {
    return newStudent(schoolCode, LocalDate.now().minusYears(16));
  }

  CaseFiling.Filed file(String nationalId, String username) {
    return filing.file(nationalId, Actor.of(staff.findByUsername(username).orElseThrow()));
  }

  DropoutCase caseOf(String caseNumber) {
    return cases.findByNumber(caseNumber).orElseThrow();
  }

  /** The open task of that kind in the case's process, or null. */
  Task task(String caseNumber, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(taskKey).singleResult();
  }

  /** Claims (when unassigned) and submits the task's form as {@code username}, as Tasklist does. */
  void submit(String username, Task task, Map<String, Object> values) {
    asUser(username, () -> {
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(task.getId(), username);
      }
      engine.getFormService().submitTaskForm(task.getId(), asForm(values));
    });
  }

  void submit(String username, String caseNumber, String taskKey, Map<String, Object> values) {
    Task task = task(caseNumber, taskKey);
    if (task == null) {
      throw new AssertionError("no open " + taskKey + " in case " + caseNumber);
    }
    submit(username, task, values);
  }

  /** Values as Tasklist submits a DropoutCase form: one JSON object in the variable {@value CaseProcess#FORM}. */
  static Map<String, Object> asForm(Map<String, Object> values) {
    return Map.of(CaseProcess.FORM, CaseProcess.formValue(values));
  }

  /** The form a task shows (its {@value CaseProcess#FORM} object). */
  Map<String, Object> formOf(Task task) {
    return CaseProcess.formValues(engine.getTaskService().getVariableLocal(task.getId(), CaseProcess.FORM));
  }

  /** Runs {@code action} with the engine authenticated as {@code username} (groups and school included). */
  void asUser(String username, Runnable action) {
    EngineUsers.runAs(engine.getIdentityService(), username, action);
  }

  // Form values as Tasklist submits them

  static Map<String, Object> basicData() {
    Map<String, Object> v = new HashMap<>();
    v.put("phone", "0912-000-111");
    v.put("guardianName", "王美玲");
    v.put("guardianRelation", "母");
    v.put("guardianPhone", "0912-345-678");
    v.put("sameAsGuardian", false);
    v.put("mailingAddress", "新北市板橋區文化路一段1號");
    return v;
  }

  static Map<String, Object> caseData(LeaveType leaveType) {
    Map<String, Object> v = new HashMap<>();
    v.put("leaveDate", LocalDate.now().minusDays(10).toString());
    v.put("leaveType", leaveType.name());
    v.put("studentIdentity", "GENERAL");
    v.put("factorsPersonal", List.of("P08"));
    v.put("factorsFamily", List.of("F11"));
    v.put("factorsSchool", List.of("S99"));
    v.put("factorsSchoolOther", "學習動機低落");
    v.put("factorsSocial", List.of());
    v.put("factorsOther", List.of());
    v.put("description", "連續一週未到校，家長表示學生不願上學。");
    return v;
  }

  static Map<String, Object> record(String situation) {
    Map<String, Object> v = new HashMap<>();
    v.put("trackedOn", LocalDate.now().toString());
    v.put("contactMethod", "PHONE");
    v.put("contactTarget", "GUARDIAN");
    v.put("situation", situation);
    v.put("studentStatus", "AT_HOME");
    v.put("suggestClose", "no");
    return v;
  }

  static Map<String, Object> recordSuggesting(ClosingReason reason, String note) {
    Map<String, Object> v = record("學生已有明確去向，建議結案。");
    v.put("studentStatus", "STUDYING");
    v.put("suggestClose", "yes");
    v.put("closingReason", reason.name());
    v.put("closingNote", note);
    return v;
  }

  static Map<String, Object> reportConfirmed() {
    return Map.of("reportDecision", "CONFIRM");
  }

  static Map<String, Object> closureConfirmed() {
    return Map.of("closureDecision", "CONFIRM");
  }

  static Map<String, Object> returned(String decisionKey, String reason) {
    return Map.of(decisionKey, "RETURN", "returnReason", reason);
  }
}
