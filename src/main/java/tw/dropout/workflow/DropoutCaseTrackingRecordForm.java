package tw.dropout.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import tw.dropout.casefile.CaseProcess;
import tw.dropout.casefile.TrackingRecords;

/**
 * Task_AddTrackingRecord (追蹤紀錄): a blank record with the closing reasons this case may suggest; a
 * valid record is saved and the flags it changes (a first record, a closure suggestion) wake the
 * main reporter's side of the process.
 */
@Component
class DropoutCaseTrackingRecordForm implements TaskListener {

  private final TrackingRecords records;

  DropoutCaseTrackingRecordForm(TrackingRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    long caseId = DropoutCaseTasks.caseId(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      DropoutCaseTasks.setForm(task, records.recordForm(caseId));
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      var saved = records.add(caseId, DropoutCaseTasks.actor(task), DropoutCaseTasks.submitted(task));
      DropoutCaseTasks.applyFlags(task.getExecution(), CaseProcess.flags(saved));
    }
  }
}
