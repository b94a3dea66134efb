package tw.dropout.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.dropout.casefile.TrackingReminders;

/** Task_SendTrackingReminder: no tracking record for the configured number of days. */
@Component
class DropoutCaseTrackingReminder implements JavaDelegate {

  private final TrackingReminders reminders;

  DropoutCaseTrackingReminder(TrackingReminders reminders) {
    this.reminders = reminders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reminders.send(DropoutCaseTasks.caseId(execution), execution.getProcessInstanceId());
  }
}
