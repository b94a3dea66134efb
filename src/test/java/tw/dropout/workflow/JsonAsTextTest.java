package tw.dropout.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.type.SpinValueType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.dropout.support.IntegrationTest;

@IntegrationTest
class JsonAsTextTest {

  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  JdbcClient jdbc;

  @Test
  void aFormFitsInTheVariableRowAndReadsBackAsJson() {
    Task task = newTask();
    String form = "{\"phone\":\"0912-345-678\",\"guardianName\":\"王美玲\"}";
    taskService.setVariableLocal(task.getId(), "form", SpinValues.jsonValue(form).create());

    assertThat(row(task)).containsEntry("bytearray_id_", null).containsEntry("text_", form);
    TypedValue read = taskService.getVariableLocalTyped(task.getId(), "form");
    assertThat(read.getType()).isEqualTo(SpinValueType.JSON);
    assertThat(read.getValue().toString()).isEqualTo(form);
    taskService.complete(task.getId());
  }

  @Test
  void aLongerValueStillGoesToAByteArray() {
    Task task = newTask();
    String form = "{\"situation\":\"" + "追".repeat(JsonAsText.TEXT_LIMIT) + "\"}";
    taskService.setVariableLocal(task.getId(), "form", SpinValues.jsonValue(form).create());

    assertThat(row(task).get("bytearray_id_")).isNotNull();
    assertThat(row(task).get("text_")).isNull();
    assertThat(taskService.getVariableLocalTyped(task.getId(), "form").getValue().toString()).isEqualTo(form);
    // Shorter again: back into the row, the byte array goes.
    taskService.setVariableLocal(task.getId(), "form", SpinValues.jsonValue("{}").create());
    assertThat(row(task)).containsEntry("bytearray_id_", null).containsEntry("text_", "{}");
    taskService.complete(task.getId());
  }

  private Task newTask() {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("TenantProbe", Map.of("schoolId", "019901"));
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private Map<String, Object> row(Task task) {
    return jdbc.sql("select bytearray_id_, text_ from act_ru_variable where task_id_ = ? and name_ = 'form'")
        .param(task.getId()).query((rs, n) -> {
          Map<String, Object> m = new java.util.HashMap<>();
          m.put("bytearray_id_", rs.getString(1));
          m.put("text_", rs.getString(2));
          return m;
        }).single();
  }
}
