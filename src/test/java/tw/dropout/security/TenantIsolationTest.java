package tw.dropout.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.dropout.support.IntegrationTest;
import tw.dropout.support.WebSession;

/**
 * The attacker is counselor1 of school 1, allowed to work on TenantProbe tasks. They know the ids of
 * a school 2 task and its instance and try every door: Tasklist's API and /engine-rest.
 */
@IntegrationTest
class TenantIsolationTest {

  private static final String TASKLIST_API = "/camunda/api/engine/engine/default";
  private static final String ENGINE_REST = "/engine-rest";

  @LocalServerPort
  int port;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;

  ProcessInstance own;
  ProcessInstance foreign;
  Task ownTask;
  Task foreignTask;

  @BeforeEach
  void startOneProbeInEachSchool() {
    own = runtimeService.startProcessInstanceByKey("TenantProbe", Map.of("schoolId", "019901", "note", "school1"));
    foreign = runtimeService.startProcessInstanceByKey("TenantProbe",
        Map.of("schoolId", "069901", "note", "school2-secret"));
    ownTask = taskService.createTaskQuery().processInstanceId(own.getId()).singleResult();
    foreignTask = taskService.createTaskQuery().processInstanceId(foreign.getId()).singleResult();
    assertThat(ownTask.getTenantId()).isEqualTo("019901");
    assertThat(foreignTask.getTenantId()).isEqualTo("069901");
  }

  private WebSession attacker(String api) {
    if (api.equals(ENGINE_REST)) {
      return WebSession.basic(port, "counselor1", "demo");
    }
    WebSession session = WebSession.loggedIn(port, "counselor1", "demo");
    session.get("/camunda/app/tasklist/default/"); // picks up the webapps' XSRF cookie, as a browser would
    return session;
  }

  @ParameterizedTest
  @ValueSource(strings = {TASKLIST_API, ENGINE_REST})
  void cannotListOrReadAnotherSchoolsTask(String api) {
    WebSession attacker = attacker(api);
    HttpResponse<String> list = attacker.get(api + "/task?processDefinitionKey=TenantProbe&maxResults=1000");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains(ownTask.getId()).doesNotContain(foreignTask.getId());

    assertRefused(attacker.get(api + "/task/" + foreignTask.getId()));
    assertRefused(attacker.get(api + "/task/" + foreignTask.getId() + "/form-variables"));
    HttpResponse<String> variables = attacker.get(api + "/task/" + foreignTask.getId() + "/variables");
    assertRefused(variables);
    assertThat(variables.body()).doesNotContain("school2-secret");
    assertRefused(attacker.get(api + "/process-instance/" + foreign.getId()));
    assertThat(attacker.get(api + "/process-instance/" + foreign.getId() + "/variables").body())
        .doesNotContain("school2-secret");
  }

  /** Refused means: not found, exactly as for an id that does not exist, and nothing of the other school's. */
  private static void assertRefused(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
    assertThat(response.body()).doesNotContain("school2-secret").doesNotContain("ENGINE-13034");
  }

  @ParameterizedTest
  @ValueSource(strings = {TASKLIST_API, ENGINE_REST})
  void cannotReadAnotherSchoolsHistoryOrVariables(String api) {
    WebSession attacker = attacker(api);
    for (String path : new String[] {
        "/history/task?taskId=" + foreignTask.getId(),
        "/history/process-instance?processInstanceId=" + foreign.getId(),
        "/history/variable-instance?processInstanceId=" + foreign.getId(),
        "/history/activity-instance?processInstanceId=" + foreign.getId(),
        "/variable-instance?processInstanceIdIn=" + foreign.getId()}) {
      HttpResponse<String> response = attacker.get(api + path);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.body()).as(path).isEqualTo("[]");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {TASKLIST_API, ENGINE_REST})
  void cannotClaimCompleteOrChangeAnotherSchoolsTask(String api) {
    WebSession attacker = attacker(api);
    String task = api + "/task/" + foreignTask.getId();
    assertRefused(attacker.postJson(task + "/claim", "{\"userId\":\"counselor1\"}"));
    assertRefused(attacker.postJson(task + "/assignee", "{\"userId\":\"counselor1\"}"));
    assertRefused(attacker.postJson(task + "/complete", "{\"variables\":{}}"));
    assertRefused(attacker.postJson(task + "/submit-form", "{\"variables\":{}}"));
    assertRefused(attacker.postJson(task + "/variables",
        "{\"modifications\":{\"note\":{\"value\":\"hacked\",\"type\":\"String\"}}}"));

    Task after = taskService.createTaskQuery().taskId(foreignTask.getId()).singleResult();
    assertThat(after).as("the school 2 task is still open").isNotNull();
    assertThat(after.getAssignee()).isNull();
    assertThat(runtimeService.getVariable(foreign.getId(), "note")).isEqualTo("school2-secret");
  }

  @ParameterizedTest
  @ValueSource(strings = {TASKLIST_API, ENGINE_REST})
  void canClaimAndCompleteTheirOwnSchoolsTask(String api) {
    WebSession staff = attacker(api);
    String task = api + "/task/" + ownTask.getId();
    assertThat(staff.get(task).statusCode()).isEqualTo(200);
    assertThat(staff.postJson(task + "/claim", "{\"userId\":\"counselor1\"}").statusCode()).isEqualTo(204);
    assertThat(staff.postJson(task + "/complete", "{\"variables\":{}}").statusCode()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(ownTask.getId()).singleResult()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {TASKLIST_API, ENGINE_REST})
  void staffOfAnotherRoleWithoutAGrantSeeNothing(String api) {
    WebSession teacher = api.equals(ENGINE_REST) ? WebSession.basic(port, "teacher1", "demo")
        : WebSession.loggedIn(port, "teacher1", "demo");
    HttpResponse<String> list = teacher.get(api + "/task?processDefinitionKey=TenantProbe");
    assertThat(list.body()).doesNotContain(ownTask.getId()).doesNotContain(foreignTask.getId());
  }
}
