package tw.dropout.workflow;

import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;

import tw.dropout.casefile.CaseProcess;

/** Small helpers the DropoutCase listeners share. */
final class DropoutCaseTasks {

  private DropoutCaseTasks() {
  }

  static long caseId(VariableScope scope) {
    return ((Number) scope.getVariable(CaseProcess.CASE_ID)).longValue();
  }

  /** Who submits: the signed-in user (Tasklist, REST), else the assignee (engine API calls without a user). */
  static String actor(DelegateTask task) {
    Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return auth != null && auth.getUserId() != null ? auth.getUserId() : task.getAssignee();
  }

  /** Sets only the flags whose value changed: each write is history and may wake conditional events. */
  static void applyFlags(VariableScope scope, Map<String, Object> flags) {
    flags.forEach((name, value) -> {
      if (!Objects.equals(scope.getVariable(name), value)) {
        scope.setVariable(name, value);
      }
    });
  }
}
