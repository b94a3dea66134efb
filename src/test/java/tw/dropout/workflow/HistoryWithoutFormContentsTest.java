package tw.dropout.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tw.dropout.casefile.CaseProcess;
import tw.dropout.support.IntegrationTest;

@IntegrationTest
class HistoryWithoutFormContentsTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  HistoryService historyService;

  @Test
  void theEngineRunsOurHistoryLevel() {
    assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryLevel().getName())
        .isEqualTo(HistoryWithoutFormContents.Level.NAME);
  }

  @Test
  void historyKeepsProcessVariablesButNotWhatFormsCarryNorTheCaseFlags() {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("TenantProbe",
        Map.of("schoolId", "019901", "note", "kept", "nationalId", "A123456789", CaseProcess.HAS_TRACKING_RECORD, false));
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    taskService.setVariableLocal(task.getId(), "form", "{\"phone\":\"0912-345-678\"}");
    taskService.setVariableLocal(task.getId(), "form", "{\"phone\":\"0987-654-321\"}");
    runtimeService.removeVariable(instance.getId(), "nationalId");
    // A case's routing flags are derived from its row each time; history does not repeat them.
    runtimeService.setVariable(instance.getId(), CaseProcess.HAS_TRACKING_RECORD, true);
    taskService.complete(task.getId());

    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
        .extracting(HistoricVariableInstance::getName)
        .containsExactlyInAnyOrder("schoolId", "note");
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance.getId()).list())
        .allSatisfy(detail -> assertThat(detail.getTaskId()).isNull());
    // Everything else of "full" is still there: the task and who completed it.
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).count())
        .isEqualTo(1);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).count())
        .isEqualTo(3);
  }
}
