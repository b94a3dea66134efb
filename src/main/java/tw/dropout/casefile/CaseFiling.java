package tw.dropout.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.dropout.registry.NationalId;
import tw.dropout.registry.RegistryStudent;
import tw.dropout.registry.RegistryUnavailableException;
import tw.dropout.registry.StudentRegistry;

/**
 * 新增填報 (manual window 1): the identity number, the 學籍資料勾稽 and the new case. Runs inside the
 * transaction that starts the case process, so a refusal leaves neither a case row nor a process
 * instance behind; the same path serves Tasklist's 「啟動流程」 and our 「新增填報」 button.
 */
@Service
public class CaseFiling {

  /** What a successful filing from our page leads to: the case, its process instance and first task (基本資料). */
  public record Filed(String caseNumber, String processInstanceId, String firstTaskId) {
  }

  private final StudentRegistry registry;
  private final CaseRepository cases;
  private final Actors actors;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final Clock clock;

  CaseFiling(StudentRegistry registry, CaseRepository cases, Actors actors, RuntimeService runtimeService,
      TaskService taskService, Clock clock) {
    this.registry = registry;
    this.cases = cases;
    this.actors = actors;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.clock = clock;
  }

  /** 「新增填報」 on the case overview: starts the case process exactly as Tasklist's start form would. */
  public Filed file(String nationalId, Actor filer) {
    if (!filer.mayFile()) {
      throw CaseTexts.refusal("filing.notAllowed");
    }
    // The identity number is transient: Task_OpenCase reads it in this same transaction and the case keeps it.
    ProcessInstance instance = runtimeService.createProcessInstanceByKey(CaseProcess.KEY)
        .setVariables(Map.of(CaseProcess.NATIONAL_ID, Variables.stringValue(nationalId == null ? "" : nationalId, true),
            CaseProcess.FILER, filer.username(), CaseProcess.SCHOOL_ID, filer.schoolCode()))
        .execute();
    Task first = taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(CaseProcess.TASK_FILL_BASIC_DATA).singleResult();
    return new Filed(instance.getBusinessKey(), instance.getId(), first == null ? null : first.getId());
  }

  /** 無故七日轉休學: starts the follow-up 休學 case of a just-closed absence case (see {@link #openContinuation}). */
  public void fileContinuation(DropoutCase closed) {
    runtimeService.startProcessInstanceByKey(CaseProcess.KEY, Map.of(CaseProcess.CONTINUES_CASE_ID, closed.id(),
        CaseProcess.SCHOOL_ID, closed.schoolCode()));
  }

  /**
   * Checks the identity number and the registry and opens the case (Task_OpenCase). Refuses with a
   * zh-TW message when the number is wrong, the registry does not know the student, the student is
   * enrolled at another school or already has an open case.
   */
  @Transactional
  public DropoutCase open(String rawNationalId, String filerUsername, String schoolCode, String processInstanceId) {
    Actor filer = actors.require(filerUsername);
    if (!filer.mayFile() || !filer.schoolCode().equals(schoolCode)) {
      throw CaseTexts.refusal("filing.notAllowed");
    }
    String nationalId = NationalId.normalize(rawNationalId);
    NationalId.problem(nationalId).ifPresent(problem -> {
      throw new CaseRefusedException(problem);
    });
    RegistryStudent student = lookUp(nationalId);
    if (!schoolCode.equals(student.schoolCode())) {
      throw CaseTexts.refusal("filing.otherSchool");
    }
    refuseIfOpenCase(nationalId, schoolCode);
    return create(student, filer, schoolCode, processInstanceId);
  }

  /**
   * 無故七日轉休學: the closed absence case goes on as a 休學 case for the same student, filed by the same
   * person, with the earlier data filled in for them to check. The two cases point at each other.
   */
  @Transactional
  public DropoutCase openContinuation(long closedCaseId, String processInstanceId) {
    DropoutCase closed = cases.get(closedCaseId);
    refuseIfOpenCase(closed.nationalId(), closed.schoolCode());
    Actor filer = actors.require(closed.filedBy());
    RegistryStudent student = new RegistryStudent(closed.nationalId(), closed.studentName(), closed.birthDate(),
        closed.gender(), closed.schoolCode(), closed.studentNo(), closed.department(), closed.grade(),
        closed.className(), closed.guardianName(), closed.guardianRelation(), closed.guardianPhone(),
        closed.registeredAddress());
    DropoutCase opened = create(student, filer, closed.schoolCode(), processInstanceId);
    Instant now = clock.instant();
    cases.copyDataInto(closed.id(), opened.id(), LeaveType.SUSPENSION, now);
    cases.setLinkedCase(closed.id(), opened.id());
    cases.audit(opened.id(), null, "CONTINUES", closed.caseNumber(), now);
    return cases.get(opened.id());
  }

  private RegistryStudent lookUp(String nationalId) {
    try {
      return registry.find(nationalId).orElseThrow(() -> CaseTexts.refusal("filing.notFound"));
    } catch (RegistryUnavailableException e) {
      throw new CaseRefusedException(e.getMessage());
    }
  }

  private void refuseIfOpenCase(String nationalId, String schoolCode) {
    cases.findOpenByNationalId(nationalId).ifPresent(open -> {
      throw open.schoolCode().equals(schoolCode)
          ? CaseTexts.refusal("filing.openCase", open.caseNumber())
          : CaseTexts.refusal("filing.openCaseElsewhere");
    });
  }

  private DropoutCase create(RegistryStudent student, Actor filer, String schoolCode, String processInstanceId) {
    Instant now = clock.instant();
    int schoolYear = SchoolYears.of(LocalDate.now(clock));
    String caseNumber = "%d-%s-%04d".formatted(schoolYear, schoolCode, cases.nextNumber(schoolCode, schoolYear));
    long id;
    try {
      id = cases.insert(caseNumber, schoolCode, schoolYear, student, filer.username(), filer.displayName(),
          processInstanceId, now);
    } catch (DuplicateKeyException e) {
      // Someone filed the same student a moment ago (the unique index on open cases caught it).
      throw CaseTexts.refusal("filing.openCaseElsewhere");
    }
    cases.audit(id, filer.username(), "FILED", null, now);
    return cases.get(id);
  }
}
