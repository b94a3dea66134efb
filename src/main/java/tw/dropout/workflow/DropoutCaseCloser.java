package tw.dropout.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.dropout.casefile.CaseReviews;

/** Task_CloseCase: closes the case on its confirmed suggestion (and files the follow-up 休學 case when due). */
@Component
class DropoutCaseCloser implements JavaDelegate {

  private final CaseReviews reviews;

  DropoutCaseCloser(CaseReviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reviews.close(DropoutCaseTasks.caseId(execution));
  }
}
