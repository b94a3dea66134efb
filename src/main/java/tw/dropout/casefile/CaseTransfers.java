package tw.dropout.casefile;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import tw.dropout.mail.MailOutbox;
import tw.dropout.registry.StudentTransferDetected;
import tw.dropout.school.School;
import tw.dropout.school.SchoolRepository;
import tw.dropout.school.StaffProfile;
import tw.dropout.school.StaffRepository;
import tw.dropout.school.StaffRole;
import tw.dropout.system.DropoutProperties;

/**
 * 結案條件 4: the registry shows a student with an open case enrolled at another school. The case gets
 * the system's tracking note 「系統訊息：該生已轉入 …」, which suggests closure as 其它高中職就讀 with the
 * new school as 結案說明, and the school's main reporters are told by mail. When the note puts a reported
 * case up for closure review, the review task's own mail ({@link CaseReviewMails}) tells them, with the
 * note and a link to the task, so they do not get two mails for one event.
 */
@Component
class CaseTransfers {

  static final String TEMPLATE = "transfer-detected";

  private final CaseRepository cases;
  private final TrackingRecords records;
  private final SchoolRepository schools;
  private final StaffRepository staff;
  private final MailOutbox outbox;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final String baseUrl;

  CaseTransfers(CaseRepository cases, TrackingRecords records, SchoolRepository schools, StaffRepository staff,
      MailOutbox outbox, RuntimeService runtimeService, TaskService taskService, DropoutProperties properties) {
    this.cases = cases;
    this.records = records;
    this.schools = schools;
    this.staff = staff;
    this.outbox = outbox;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.baseUrl = properties.publicBaseUrl().replaceAll("/+$", "");
  }

  /** After the registry's transaction committed; our own work gets a transaction of its own. */
  @TransactionalEventListener(fallbackExecution = true)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void on(StudentTransferDetected transfer) {
    String newSchool = schools.findByCode(transfer.newSchoolCode())
        .map(School::name).map(name -> name + "（" + transfer.newSchoolCode() + "）")
        .orElse(transfer.newSchoolCode());
    for (DropoutCase open : cases.findOpenByNationalIdAtSchool(transfer.nationalId(), transfer.previousSchoolCode())) {
      DropoutCase settled = records.addSystemNote(open.id(), CaseTexts.get("system.transfer", newSchool),
          StudentStatus.STUDYING, ClosingReason.OTHER_SENIOR_HIGH, newSchool);
      boolean reviewWasOpen = closureReviews(settled.processInstanceId()) > 0;
      runtimeService.setVariables(settled.processInstanceId(), CaseProcess.flags(settled));
      if (!reviewWasOpen && closureReviews(settled.processInstanceId()) > 0) {
        continue;
      }
      for (StaffProfile to : staff.findActiveBySchoolAndRole(open.schoolCode(), StaffRole.MAIN_REPORTER)) {
        outbox.enqueue(to.email(), TEMPLATE, Map.of("recipientName", to.displayName(),
            "caseNumber", open.caseNumber(), "studentName", CaseViews.maskName(open.studentName()),
            "newSchool", newSchool, "link", baseUrl + "/cases/" + open.caseNumber()));
      }
    }
  }

  private long closureReviews(String processInstanceId) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(CaseProcess.TASK_REVIEW_CLOSURE).count();
  }
}
