package tw.dropout.casefile;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;

/**
 * Puts a case in a given stage through the domain services alone, then starts its process right
 * before the activity a test is about (camunda's "start from the activity" for detour tests).
 */
final class CaseFixtures {

  private final CaseDriver driver;
  private final CaseFiling filing;
  private final CaseData caseData;
  private final TrackingRecords records;
  private final CaseReviews reviews;
  private final CaseRepository cases;
  private final RuntimeService runtimeService;

  CaseFixtures(CaseDriver driver, CaseFiling filing, CaseData caseData, TrackingRecords records, CaseReviews reviews,
      CaseRepository cases, RuntimeService runtimeService) {
    this.driver = driver;
    this.filing = filing;
    this.caseData = caseData;
    this.records = records;
    this.reviews = reviews;
    this.cases = cases;
    this.runtimeService = runtimeService;
  }

  /** Filed, basic and case data submitted: 待新增追蹤紀錄. */
  DropoutCase submitted(String filer, LeaveType leaveType, LocalDate birthDate) {
    String student = driver.newStudent(CaseDriver.SCHOOL_1, birthDate);
    DropoutCase c = filing.open(student, filer, CaseDriver.SCHOOL_1, null);
    caseData.saveBasicData(c.id(), filer, CaseDriver.basicData());
    return caseData.submitCaseData(c.id(), filer, CaseDriver.caseData(leaveType));
  }

  DropoutCase submitted(String filer, LeaveType leaveType) {
    return submitted(filer, leaveType, LocalDate.now().minusYears(16));
  }

  /** With one tracking record: 待通報. */
  DropoutCase awaitingReport(String filer, LeaveType leaveType) {
    DropoutCase c = submitted(filer, leaveType);
    return records.add(c.id(), filer, CaseDriver.record("家訪，學生在家。"));
  }

  /** Reported: 追蹤中. */
  DropoutCase reported(DropoutCase awaitingReport) {
    reviews.decideReport(awaitingReport.id(), "main1", CaseDriver.reportConfirmed());
    return cases.get(awaitingReport.id());
  }

  DropoutCase withRecord(DropoutCase c, String author, Map<String, Object> record) {
    return records.add(c.id(), author, record);
  }

  /** Starts the case's process before the given activities, with the variables it would have there. */
  ProcessInstance startBefore(DropoutCase c, Map<String, Object> extraVariables, String... activityIds) {
    Map<String, Object> variables = new HashMap<>(CaseProcess.references(c));
    variables.putAll(extraVariables);
    // Variables before the instructions: they are then process variables (and name the school, the tenant).
    ProcessInstantiationBuilder builder = runtimeService.createProcessInstanceByKey(CaseProcess.KEY)
        .businessKey(c.caseNumber()).setVariables(variables);
    for (String activityId : activityIds) {
      builder.startBeforeActivity(activityId);
    }
    ProcessInstance instance = builder.execute();
    cases.setProcessInstance(c.id(), instance.getId());
    return instance;
  }

  ProcessInstance startBefore(DropoutCase c, String... activityIds) {
    return startBefore(c, Map.of(), activityIds);
  }
}
