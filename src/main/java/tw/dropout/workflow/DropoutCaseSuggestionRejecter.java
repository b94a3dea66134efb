package tw.dropout.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.dropout.casefile.CaseProcess;
import tw.dropout.casefile.CaseReviews;

/** Task_RejectSuggestion: the closing rules refused the suggestion; the case goes back to tracking. */
@Component
class DropoutCaseSuggestionRejecter implements JavaDelegate {

  private final CaseReviews reviews;

  DropoutCaseSuggestionRejecter(CaseReviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var settled = reviews.rejectSuggestion(DropoutCaseTasks.caseId(execution));
    DropoutCaseTasks.applyFlags(execution, CaseProcess.flags(settled));
  }
}
