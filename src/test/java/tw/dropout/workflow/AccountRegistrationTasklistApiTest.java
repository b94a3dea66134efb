package tw.dropout.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.dropout.account.AccountApplication;
import tw.dropout.account.AccountApplications;
import tw.dropout.account.Applicants;
import tw.dropout.support.IntegrationTest;
import tw.dropout.support.WebSession;

/**
 * The review task through the API Tasklist uses: main reporters of the school may work on it, others
 * cannot see it, and a refused form comes back as the zh-TW reason alone.
 */
@IntegrationTest
class AccountRegistrationTasklistApiTest {

  private static final String API = "/camunda/api/engine/engine/default";

  @LocalServerPort int port;
  @Autowired AccountApplications applications;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;

  @Test
  void main1ReviewsThroughTasklistsApiAndARefusalReadsInZhTw() {
    long id = applications.submit(Applicants.teacherOfSchool1(Applicants.uniqueName("api")), "127.0.0.1");
    Task task = taskService.createTaskQuery().processInstanceId(applications.get(id).processInstanceId()).singleResult();

    WebSession main1 = WebSession.loggedIn(port, "main1", "demo");
    main1.get("/camunda/app/tasklist/default/"); // the webapp sets its XSRF cookie
    assertThat(main1.get(API + "/task/" + task.getId()).statusCode()).isEqualTo(200);
    assertThat(main1.get(API + "/task/" + task.getId() + "/form-variables").body())
        .contains("\"applicantName\"", "周怡君", "\"schoolName\"", "新北市立青山高級中學");
    assertThat(main1.postJson(API + "/task/" + task.getId() + "/claim", "{\"userId\":\"main1\"}").statusCode())
        .isEqualTo(204);

    HttpResponse<String> refused = main1.postJson(API + "/task/" + task.getId() + "/submit-form",
        "{\"variables\":{\"decision\":{\"value\":\"reject\"},\"rejectReason\":{\"value\":\"  \"}}}");
    assertThat(refused.statusCode()).isGreaterThanOrEqualTo(400);
    assertThat(refused.body()).contains("\"message\":\"退回時請填寫退回原因，系統會寄給申請人。\"")
        .doesNotContain("ENGINE-03051");
    assertThat(applications.get(id).status()).isEqualTo(AccountApplication.Status.SUBMITTED);

    HttpResponse<String> rejected = main1.postJson(API + "/task/" + task.getId() + "/submit-form",
        "{\"variables\":{\"decision\":{\"value\":\"reject\"},\"rejectReason\":{\"value\":\"請改用學校信箱申請。\"}}}");
    assertThat(rejected.statusCode()).isEqualTo(204);
    assertThat(applications.get(id).status()).isEqualTo(AccountApplication.Status.REJECTED);
    assertThat(applications.get(id).reviewedBy()).isEqualTo("main1");
  }

  @Test
  void staffOfOtherSchoolsAndOtherRolesCannotTouchTheReview() {
    long id = applications.submit(Applicants.teacherOfSchool1(Applicants.uniqueName("api")), "127.0.0.1");
    Task task = taskService.createTaskQuery().processInstanceId(applications.get(id).processInstanceId()).singleResult();
    for (String user : new String[] {"main2", "main3"}) {
      WebSession other = WebSession.loggedIn(port, user, "demo");
      other.get("/camunda/app/tasklist/default/");
      assertThat(other.get(API + "/task?processDefinitionKey=AccountRegistration").body()).doesNotContain(task.getId());
      assertThat(other.get(API + "/task/" + task.getId()).statusCode()).isEqualTo(404);
      assertThat(other.postJson(API + "/task/" + task.getId() + "/claim", "{\"userId\":\"" + user + "\"}").statusCode())
          .isNotEqualTo(204);
    }
    WebSession teacher = WebSession.loggedIn(port, "teacher1", "demo");
    teacher.get("/camunda/app/tasklist/default/");
    assertThat(teacher.get(API + "/task?processDefinitionKey=AccountRegistration").body()).doesNotContain(task.getId());
    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
  }
}
