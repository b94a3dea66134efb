package tw.dropout.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.dropout.support.IntegrationTest;
import tw.dropout.support.WebSession;

/** Ministry officers read every school in Cockpit and the REST API, and change nothing. */
@IntegrationTest
class MinistryAccessTest {

  @LocalServerPort
  int port;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;

  @Test
  void ministryReadsEverySchoolButChangesNothing() {
    ProcessInstance school1 = runtimeService.startProcessInstanceByKey("TenantProbe", Map.of("schoolId", "019901"));
    ProcessInstance school3 = runtimeService.startProcessInstanceByKey("TenantProbe", Map.of("schoolId", "219901"));
    Task task3 = taskService.createTaskQuery().processInstanceId(school3.getId()).singleResult();
    WebSession ministry = WebSession.basic(port, "ministry", "demo");

    String instances = ministry.get("/engine-rest/process-instance?processDefinitionKey=TenantProbe").body();
    assertThat(instances).contains(school1.getId()).contains(school3.getId());
    assertThat(ministry.get("/engine-rest/task/" + task3.getId()).statusCode()).isEqualTo(200);
    assertThat(ministry.get("/engine-rest/history/process-instance?processInstanceId=" + school3.getId()).body())
        .contains(school3.getId());

    assertThat(ministry.postJson("/engine-rest/task/" + task3.getId() + "/claim", "{\"userId\":\"ministry\"}")
        .statusCode()).isEqualTo(403);
    assertThat(ministry.postJson("/engine-rest/task/" + task3.getId() + "/complete", "{}").statusCode())
        .isEqualTo(403);
    assertThat(ministry.postJson("/engine-rest/process-instance/" + school3.getId() + "/variables",
        "{\"modifications\":{\"x\":{\"value\":1,\"type\":\"Integer\"}}}").statusCode()).isEqualTo(403);
    assertThat(ministry.delete("/engine-rest/process-instance/" + school3.getId()).statusCode()).isEqualTo(403);
    assertThat(ministry.postJson("/engine-rest/process-definition/key/TenantProbe/start",
        "{\"variables\":{\"schoolId\":{\"value\":\"019901\"}}}").statusCode()).isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(task3.getId()).singleResult().getAssignee()).isNull();
  }

  @Test
  void cockpitLearnsWhoIsReadOnly() {
    assertThat(WebSession.loggedIn(port, "ministry", "demo").get("/me").body())
        .contains("\"readOnly\":true").contains("\"role\":\"ministry\"");
    assertThat(WebSession.loggedIn(port, "admin", "demo").get("/me").body()).contains("\"readOnly\":false");
  }

  @Test
  void ministryCannotOpenAdmin() {
    WebSession ministry = WebSession.loggedIn(port, "ministry", "demo");
    ministry.get("/camunda/app/cockpit/default/");
    HttpResponse<String> users = ministry.get("/camunda/api/engine/engine/default/user");
    assertThat(users.statusCode()).isEqualTo(200);
    assertThat(users.body()).as("only their own user record").doesNotContain("\"id\":\"main1\"");
    assertThat(ministry.get("/camunda/api/admin/auth/user/default").body()).doesNotContain("\"admin\"");
  }
}
