package tw.dropout.workflow;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.DecisionEvaluationUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import tw.dropout.casefile.CaseProcess;
import tw.dropout.casefile.CaseReviews;

/**
 * Task_CheckClosingRule: on start the closing-rule table's inputs, read from the case; on end its
 * verdict for the gateway right after. All of them are transient: the decision's own history
 * (ACT_HI_DEC_IN, ACT_HI_DEC_OUT) records inputs and verdict, and without input mappings the task needs
 * no variable scope (an execution and five variables written and deleted on every check).
 */
@Component
class DropoutCaseClosingRule implements ExecutionListener {

  private final CaseReviews reviews;

  DropoutCaseClosingRule(CaseReviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (EVENTNAME_START.equals(execution.getEventName())) {
      CaseReviews.ClosingRuleInputs inputs = reviews.closingRuleInputs(DropoutCaseTasks.caseId(execution));
      execution.setVariableLocal("closingReason", Variables.stringValue(inputs.closingReason(), true));
      execution.setVariableLocal("leaveType", Variables.stringValue(inputs.leaveType(), true));
      execution.setVariableLocal("studentAdult", Variables.booleanValue(inputs.studentAdult(), true));
      execution.setVariableLocal("closingNoteGiven", Variables.booleanValue(inputs.closingNoteGiven(), true));
    } else if (EVENTNAME_END.equals(execution.getEventName())) {
      DmnDecisionResult result = (DmnDecisionResult) execution.getVariableLocal(DecisionEvaluationUtil.DECISION_RESULT_VARIABLE);
      Boolean allowed = result.getSingleResult().getEntry("allowed");
      execution.setVariable(CaseProcess.CLOSING_RULE_HOLDS, Variables.booleanValue(allowed, true));
    }
  }
}
