package tw.dropout.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import tw.dropout.casefile.CaseProcess;
import tw.dropout.casefile.CaseReviewMails;
import tw.dropout.casefile.CaseReviews;

/**
 * Task_ReviewClosure (結案): the latest record and the closing-rule check read-only; 確認結案 or 退回追蹤
 * with a reason. The closureSuggested flag is left alone here and cleared by Task_ReturnToTracking,
 * after this task has ended: clearing it now would fire this task's own 「建議結案已撤回」 boundary event.
 */
@Component
class DropoutCaseClosureReviewForm implements TaskListener {

  private final CaseReviews reviews;
  private final CaseReviewMails mails;

  DropoutCaseClosureReviewForm(CaseReviews reviews, CaseReviewMails mails) {
    this.reviews = reviews;
    this.mails = mails;
  }

  @Override
  public void notify(DelegateTask task) {
    long caseId = DropoutCaseTasks.caseId(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      DropoutCaseTasks.setForm(task, reviews.closureForm(caseId));
      mails.closureAwaiting(caseId, task.getId());
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      boolean confirmed = reviews.decideClosure(caseId, DropoutCaseTasks.actor(task), DropoutCaseTasks.submitted(task));
      DropoutCaseTasks.decide(task, CaseProcess.CLOSURE_CONFIRMED, confirmed);
    }
  }
}
