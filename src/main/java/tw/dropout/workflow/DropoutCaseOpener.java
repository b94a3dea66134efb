package tw.dropout.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.dropout.casefile.CaseFiling;
import tw.dropout.casefile.CaseProcess;
import tw.dropout.casefile.DropoutCase;

/**
 * Task_OpenCase: the registry cross-check and the case row. A refusal propagates and rolls the start
 * back, so a refused filing leaves no instance. The identity number typed in the start form is
 * dropped from the process once the case holds it.
 */
@Component
class DropoutCaseOpener implements JavaDelegate {

  private final CaseFiling filing;

  DropoutCaseOpener(CaseFiling filing) {
    this.filing = filing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object continues = execution.getVariable(CaseProcess.CONTINUES_CASE_ID);
    DropoutCase opened = continues != null
        ? filing.openContinuation(((Number) continues).longValue(), execution.getProcessInstanceId())
        : filing.open((String) execution.getVariable(CaseProcess.NATIONAL_ID), filer(execution),
            execution.getTenantId(), execution.getProcessInstanceId());
    execution.removeVariable(CaseProcess.NATIONAL_ID);
    execution.removeVariable(CaseProcess.CONTINUES_CASE_ID);
    execution.setProcessBusinessKey(opened.caseNumber());
    // The filer and the school came with the start: rewriting them unchanged would only add history.
    DropoutCaseTasks.applyFlags(execution, CaseProcess.references(opened));
  }

  /** Our services name the filer; Tasklist's start form leaves it to the signed-in user. */
  private static String filer(DelegateExecution execution) {
    Object filer = execution.getVariable(CaseProcess.FILER);
    if (filer != null) {
      return filer.toString();
    }
    var auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return auth == null ? null : auth.getUserId();
  }
}
