package tw.dropout.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import tw.dropout.casefile.CaseProcess;
import tw.dropout.casefile.CaseReviewMails;
import tw.dropout.casefile.CaseReviews;

/** Task_ReviewReport (通報): the case summarised read-only; 確認通報 or 退回補正 with a reason. */
@Component
class DropoutCaseReportReviewForm implements TaskListener {

  private final CaseReviews reviews;
  private final CaseReviewMails mails;

  DropoutCaseReportReviewForm(CaseReviews reviews, CaseReviewMails mails) {
    this.reviews = reviews;
    this.mails = mails;
  }

  @Override
  public void notify(DelegateTask task) {
    long caseId = DropoutCaseTasks.caseId(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      DropoutCaseTasks.setForm(task, reviews.reportForm(caseId));
      mails.reportAwaiting(caseId, task.getId());
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      boolean reported = reviews.decideReport(caseId, DropoutCaseTasks.actor(task), DropoutCaseTasks.submitted(task));
      DropoutCaseTasks.decide(task, CaseProcess.REPORT_CONFIRMED, reported);
    }
  }
}
