package tw.dropout.workflow;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

import tw.dropout.casefile.CaseProcess;

/**
 * The engine's history level: everything history level "full" keeps (instances, activities, tasks,
 * decisions, the user operation log, process variables), except what people type into forms.
 *
 * <p>Form contents are task-local variables (the read-only context a form shows and what is submitted
 * back) plus the national ID typed into the start form. Their business content is saved in our domain
 * tables by the task listeners; keeping every version of them in ACT_HI_* as well would copy personal
 * data (IDs, names, addresses, phone numbers) into tables kept for years, and costs a third of the
 * engine's writes per case step.
 *
 * <p>The DropoutCase routing flags ({@link CaseProcess#FLAGS}) stay out of history too: they are a
 * projection of the case row, written again whenever the case changes, and the case tables and case
 * audit already say what happened and when. Their history rows cost a fifth of a case's engine writes.
 */
@Component
class HistoryWithoutFormContents extends AbstractCamundaConfiguration {

  static final HistoryLevel LEVEL = new Level();

  /** Process variables that are form input, removed right after use. */
  private static final Set<String> FORM_INPUT_VARIABLES = Set.of(CaseProcess.NATIONAL_ID);

  @Override
  public void preInit(SpringProcessEngineConfiguration configuration) {
    configuration.setCustomHistoryLevels(List.of(LEVEL));
  }

  static final class Level extends AbstractHistoryLevel {

    static final String NAME = "full-without-form-contents";

    @Override
    public int getId() {
      return 11;
    }

    @Override
    public String getName() {
      return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
      return !(isVariableEvent(eventType) && isFormContent(entity));
    }

    private static boolean isVariableEvent(HistoryEventType eventType) {
      return eventType == HistoryEventTypes.VARIABLE_INSTANCE_CREATE
          || eventType == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE
          || eventType == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL
          || eventType == HistoryEventTypes.VARIABLE_INSTANCE_DELETE
          || eventType == HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE;
    }

    private static boolean isFormContent(Object entity) {
      if (entity instanceof VariableInstanceEntity variable) {
        return variable.getTaskId() != null || keptOutByName(variable.getName());
      }
      if (entity instanceof HistoricVariableUpdateEventEntity update) {
        return update.getTaskId() != null || keptOutByName(update.getVariableName());
      }
      return false;
    }

    private static boolean keptOutByName(String name) {
      return FORM_INPUT_VARIABLES.contains(name) || CaseProcess.FLAGS.contains(name);
    }
  }
}
