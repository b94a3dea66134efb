package tw.dropout.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tw.dropout.support.IntegrationTest;

/** Every user task is named after its case or applicant, whatever the process (here the test-only TenantProbe). */
@IntegrationTest
class TaskSummariesTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @Test
  void aTaskAboutACaseCarriesCaseNumberAndStudentInItsNameAndDescription() {
    Task task = probeTask(Variables.createVariables().putValue("schoolId", "019901")
        .putValue("caseNumber", "114-019901-0042").putValue("studentName", "王小明"));

    assertThat(task.getName()).isEqualTo("處理測試待辦：114-019901-0042 王小明");
    assertThat(task.getDescription()).isEqualTo("114-019901-0042 王小明");
    assertThat(taskService.createTaskQuery().taskNameLike("%0042%").singleResult().getId()).isEqualTo(task.getId());
  }

  @Test
  void aTaskAboutAnApplicantCarriesTheApplicant() {
    Task task = probeTask(Variables.createVariables().putValue("schoolId", "019901")
        .putValue("applicantName", "周怡君").putValue("applicantRoleLabel", "導師"));

    assertThat(task.getName()).isEqualTo("處理測試待辦：周怡君（導師）");
  }

  @Test
  void aTaskAboutNeitherKeepsItsModelName() {
    Task task = probeTask(Variables.createVariables().putValue("schoolId", "019901"));

    assertThat(task.getName()).isEqualTo("處理測試待辦");
    assertThat(task.getDescription()).isNull();
  }

  private Task probeTask(java.util.Map<String, Object> variables) {
    String instance = runtimeService.startProcessInstanceByKey("TenantProbe", variables).getId();
    return taskService.createTaskQuery().processInstanceId(instance).singleResult();
  }
}
