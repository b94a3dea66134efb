package tw.dropout.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.dropout.casefile.CaseProcess;
import tw.dropout.casefile.CaseReviews;

/** Task_SuggestClosureAtAdulthood: on a suspended student's 18th birthday the system suggests closure. */
@Component
class DropoutCaseAdulthoodNote implements JavaDelegate {

  private final CaseReviews reviews;

  DropoutCaseAdulthoodNote(CaseReviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var settled = reviews.noteAdulthood(DropoutCaseTasks.caseId(execution));
    DropoutCaseTasks.applyFlags(execution, CaseProcess.flags(settled));
  }
}
