package tw.dropout.workflow;

import java.util.ArrayList;
import java.util.StringJoiner;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/**
 * Names every user task after the case or the applicant it is about, e.g. 「審核通報：114-019901-0001 王小明」
 * or 「審核帳號申請：周怡君（導師）」, so staff tell tasks apart in Tasklist's list without opening them.
 *
 * <p>One mechanism for all processes: a listener added to each user task when its BPMN is parsed (after
 * the model's own listeners) reads the variables {@value #CASE_NUMBER}, {@value #STUDENT_NAME} or
 * {@value #APPLICANT_NAME} (+ {@value #APPLICANT_ROLE}). The BPMN keeps plain labels for its diagram
 * and Cockpit. A task without those variables keeps its name. The summary also becomes the task's
 * description when the model gives none.
 */
@Component
public class TaskSummaries extends AbstractCamundaConfiguration {

  public static final String CASE_NUMBER = "caseNumber";
  public static final String STUDENT_NAME = "studentName";
  public static final String APPLICANT_NAME = "applicantName";
  public static final String APPLICANT_ROLE = "applicantRoleLabel";
  static final String SEPARATOR = "：";

  static final TaskListener NAME_AFTER_CASE = TaskSummaries::nameAfterCase;

  @Override
  public void preInit(SpringProcessEngineConfiguration configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, NAME_AFTER_CASE);
        }
      }
    });
  }

  static void nameAfterCase(DelegateTask task) {
    String summary = summary(task);
    if (summary == null) {
      return;
    }
    String name = task.getName();
    if (name == null || name.isBlank()) {
      task.setName(summary);
    } else if (!name.endsWith(SEPARATOR + summary)) {
      task.setName(name + SEPARATOR + summary);
    }
    if (task.getDescription() == null || task.getDescription().isBlank()) {
      task.setDescription(summary);
    }
  }

  /** "114-019901-0001 王小明", "周怡君（導師）", or null when the task is about neither. */
  static String summary(VariableScope variables) {
    StringJoiner caseSummary = new StringJoiner(" ");
    text(variables, CASE_NUMBER, caseSummary);
    text(variables, STUDENT_NAME, caseSummary);
    if (caseSummary.length() > 0) {
      return caseSummary.toString();
    }
    Object applicant = variables.getVariable(APPLICANT_NAME);
    if (applicant == null || applicant.toString().isBlank()) {
      return null;
    }
    Object role = variables.getVariable(APPLICANT_ROLE);
    return role == null || role.toString().isBlank() ? applicant.toString().strip()
        : applicant.toString().strip() + "（" + role.toString().strip() + "）";
  }

  private static void text(VariableScope variables, String name, StringJoiner into) {
    Object value = variables.getVariable(name);
    if (value != null && !value.toString().isBlank()) {
      into.add(value.toString().strip());
    }
  }
}
