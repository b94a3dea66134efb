package tw.dropout.workflow;

import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

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

  /**
   * Gives a new task its form: every field of a DropoutCase form lives in the one JSON variable
   * {@value CaseProcess#FORM}, task-local, so what a person submits stays on the task and goes with it;
   * the case tables keep what counts.
   */
  static void setForm(DelegateTask task, Map<String, Object> values) {
    task.setVariableLocal(CaseProcess.FORM, CaseProcess.formValue(values));
  }

  /**
   * The submitted form as plain values: text, booleans, lists of codes. Read as the stored JSON text:
   * letting Spin parse it into a tree first would parse the same text twice.
   */
  static Map<String, Object> submitted(DelegateTask task) {
    TypedValue form = task.getVariableLocalTyped(CaseProcess.FORM, false);
    if (form instanceof SerializableValue json && json.getValueSerialized() != null) {
      return CaseProcess.formValues(json.getValueSerialized());
    }
    return CaseProcess.formValues(task.getVariableLocal(CaseProcess.FORM));
  }

  /**
   * Hands the reviewer's decision to the gateway right after the task. Transient: the gateway reads it
   * in the same transaction, the case tables and audit keep the decision, so the process stores nothing.
   */
  static void decide(DelegateTask task, String name, boolean decision) {
    task.getExecution().setVariable(name, Variables.booleanValue(decision, true));
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
