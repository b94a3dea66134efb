package tw.dropout.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import tw.dropout.casefile.CaseData;
import tw.dropout.casefile.CaseProcess;

/**
 * Task_FillCaseData (案件資料): pre-filled with earlier answers (after 退回補正); a valid submission is
 * saved and the process learns the 離校種類, and whether this was the first submission (which opens
 * tracking) or a correction after 退回補正.
 */
@Component
class DropoutCaseDataForm implements TaskListener {

  private final CaseData caseData;

  DropoutCaseDataForm(CaseData caseData) {
    this.caseData = caseData;
  }

  @Override
  public void notify(DelegateTask task) {
    long caseId = DropoutCaseTasks.caseId(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      DropoutCaseTasks.setForm(task, caseData.caseDataForm(caseId));
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      boolean correction = caseData.awaitsCorrection(caseId);
      var saved = caseData.submitCaseData(caseId, DropoutCaseTasks.actor(task), DropoutCaseTasks.submitted(task));
      DropoutCaseTasks.applyFlags(task.getExecution(), CaseProcess.flags(saved));
      DropoutCaseTasks.decide(task, CaseProcess.CASE_DATA_CORRECTED, correction);
    }
  }
}
