package tw.dropout.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import tw.dropout.casefile.CaseProcess;
import tw.dropout.casefile.CaseReviews;

/** Task_ReviewReport (通報): the case summarised read-only; 確認通報 or 退回補正 with a reason. */
@Component
class DropoutCaseReportReviewForm implements TaskListener {

  private final CaseReviews reviews;

  DropoutCaseReportReviewForm(CaseReviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    long caseId = DropoutCaseTasks.caseId(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      DropoutCaseTasks.setForm(task, reviews.reportForm(caseId));
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      boolean reported = reviews.decideReport(caseId, DropoutCaseTasks.actor(task), DropoutCaseTasks.submitted(task));
      DropoutCaseTasks.decide(task, CaseProcess.REPORT_CONFIRMED, reported);
    }
  }
}
