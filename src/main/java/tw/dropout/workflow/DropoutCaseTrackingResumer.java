package tw.dropout.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.dropout.casefile.CaseProcess;
import tw.dropout.casefile.CaseReviews;

/**
 * Task_ReturnToTracking: after 退回追蹤 the case no longer awaits closure (the review already recorded
 * that); the process takes the flags over from the case.
 */
@Component
class DropoutCaseTrackingResumer implements JavaDelegate {

  private final CaseReviews reviews;

  DropoutCaseTrackingResumer(CaseReviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DropoutCaseTasks.applyFlags(execution, CaseProcess.flags(reviews.current(DropoutCaseTasks.caseId(execution))));
  }
}
