package tw.dropout.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import tw.dropout.casefile.CaseData;

/**
 * Task_FillBasicData (基本資料). On create the task gets its form (registry data read-only, the rest
 * pre-filled); on complete the submission is validated and saved, or refused whole and the task stays
 * open.
 */
@Component
class DropoutCaseBasicDataForm implements TaskListener {

  private final CaseData caseData;

  DropoutCaseBasicDataForm(CaseData caseData) {
    this.caseData = caseData;
  }

  @Override
  public void notify(DelegateTask task) {
    long caseId = DropoutCaseTasks.caseId(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      DropoutCaseTasks.setForm(task, caseData.basicDataForm(caseId));
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      caseData.saveBasicData(caseId, DropoutCaseTasks.actor(task), DropoutCaseTasks.submitted(task));
    }
  }
}
