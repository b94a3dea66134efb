package tw.dropout.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tw.dropout.account.AccountApplication;
import tw.dropout.account.AccountApplications;
import tw.dropout.account.Applicants;
import tw.dropout.account.PasswordSetting;
import tw.dropout.account.PasswordTokens;
import tw.dropout.account.StaffFields;
import tw.dropout.mail.EmbeddedMailServer;
import tw.dropout.mail.OutboxSender;
import tw.dropout.school.StaffRepository;
import tw.dropout.school.StaffStatus;
import tw.dropout.support.IntegrationTest;
import tw.dropout.support.MutableClock;

/** AccountRegistration.bpmn on the application's engine: each path from its start, with real mail over SMTP. */
@IntegrationTest
class AccountRegistrationProcessTest {

  private static final String PASSWORD = "Spring2026Reg";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired AccountApplications applications;
  @Autowired PasswordSetting passwordSetting;
  @Autowired PasswordTokens tokens;
  @Autowired StaffRepository staff;
  @Autowired StaffFields fields;
  @Autowired OutboxSender sender;
  @Autowired EmbeddedMailServer smtp;
  @Autowired MutableClock clock;
  @Autowired FilterService filterService;
  @Autowired TaskFilters taskFilters;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @AfterEach
  void resetTime() {
    clock.reset();
    ClockUtil.reset();
  }

  private String username;
  private String email;

  private ProcessInstance submit() {
    username = Applicants.uniqueName("reg");
    email = username + "@school.example.org";
    long id = applications.submit(Applicants.teacherOfSchool1(username), "127.0.0.1");
    return runtimeService.createProcessInstanceQuery().processInstanceId(applications.get(id).processInstanceId())
        .singleResult();
  }

  private Task reviewTask(ProcessInstance pi) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ReviewApplication")
        .singleResult();
  }

  private void review(ProcessInstance pi, Map<String, Object> form) {
    Task task = reviewTask(pi);
    taskService.claim(task.getId(), "main1");
    taskService.complete(task.getId(), form);
  }

  private void moveTime(Duration d) {
    clock.advance(d);
    ClockUtil.setCurrentTime(Date.from(clock.instant()));
  }

  private MimeMessage onlyMail(String address, String subjectPart) {
    List<MimeMessage> mails = Applicants.deliver(sender, smtp, address).stream().filter(m -> {
      try {
        return m.getSubject().contains(subjectPart);
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
    assertThat(mails).hasSize(1);
    return mails.get(0);
  }

  @Test
  void approvedApplicationGetsAnActivationMailAndEndsWhenThePasswordIsSet() {
    ProcessInstance pi = submit();
    assertThat(pi).isWaitingAt("Task_ReviewApplication");
    assertThat(pi.getTenantId()).isEqualTo("019901");
    assertThat(reviewTask(pi)).hasCandidateGroup("main-reporter");
    assertThat(runtimeService.getVariables(pi.getId())).containsKeys("applicationId", "schoolId", "applicantName",
        "applicantRoleLabel");
    assertThat(taskService.getVariablesLocal(reviewTask(pi).getId())).containsEntry("applicantUsername", username)
        .containsEntry("schoolName", "新北市立青山高級中學");
    assertThat(staff.findByUsername(username).orElseThrow().status()).isEqualTo(StaffStatus.PENDING);

    review(pi, Map.of("decision", "approve"));

    assertThat(pi).hasPassed("Task_SendActivationMail").isWaitingAt("Gateway_WaitForPassword");
    MimeMessage mail = onlyMail(email, "帳號開通");
    String link = Applicants.link(mail, "/password?token=");
    assertThat(link).startsWith("http://localhost:8080/password?token=");
    assertThat(Applicants.text(mail)).contains("周怡君 您好", username, "新北市立青山高級中學");

    assertThat(passwordSetting.use(Applicants.token(link), PASSWORD).state()).isEqualTo(PasswordTokens.State.VALID);

    assertThat(pi).isEnded().hasPassed("Event_PasswordSet", "EndEvent_AccountActivated");
    assertThat(staff.findByUsername(username).orElseThrow().status()).isEqualTo(StaffStatus.ACTIVE);
    assertThat(identityService.checkPassword(username, PASSWORD)).isTrue();
    assertThat(applications.get((Long) historicVariable(pi, "applicationId")).status())
        .isEqualTo(AccountApplication.Status.ACTIVATED);
    // The link worked once.
    assertThat(passwordSetting.check(Applicants.token(link)).state()).isEqualTo(PasswordTokens.State.USED);
  }

  @Test
  void rejectionNeedsAReasonMailsItAndFreesNameAndEmail() {
    ProcessInstance pi = submit();
    long applicationId = (Long) runtimeService.getVariable(pi.getId(), "applicationId");

    assertThatThrownBy(() -> review(pi, Map.of("decision", "reject", "rejectReason", "  ")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("退回時請填寫退回原因");
    assertThatThrownBy(() -> review(pi, Map.of()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("請選擇審核結果");
    // Nothing half-saved: still waiting for review, no decision recorded, the account still reserved.
    assertThat(pi).isWaitingAt("Task_ReviewApplication");
    assertThat(applications.get(applicationId).status()).isEqualTo(AccountApplication.Status.SUBMITTED);
    assertThat(runtimeService.getVariable(pi.getId(), "rejectReason")).isNull();
    assertThat(fields.username(username)).contains("field.username.taken");

    review(pi, Map.of("decision", "reject", "rejectReason", "本校查無此教師，請確認學校是否選錯。"));

    assertThat(pi).isEnded().hasPassed("Task_SendRejection", "EndEvent_ApplicationRejected");
    MimeMessage mail = onlyMail(email, "未通過審核");
    assertThat(Applicants.text(mail)).contains("本校查無此教師，請確認學校是否選錯。", "http://localhost:8080/register");
    assertThat(staff.findByUsername(username)).isEmpty();
    assertThat(identityService.createUserQuery().userId(username).count()).isZero();
    assertThat(fields.username(username)).isEmpty();
    assertThat(fields.email(email)).isEmpty();
    assertThat(applications.get(applicationId).status()).isEqualTo(AccountApplication.Status.REJECTED);
    assertThat(applications.get(applicationId).rejectReason()).isEqualTo("本校查無此教師，請確認學校是否選錯。");
  }

  @Test
  void anExpiredActivationLinkCanBeResentByTheMainReporter() {
    ProcessInstance pi = submit();
    review(pi, Map.of("decision", "approve"));
    String firstToken = Applicants.token(Applicants.link(onlyMail(email, "帳號開通"), "token="));

    moveTime(Duration.ofHours(72).plusMinutes(1));
    assertThat(passwordSetting.check(firstToken).state()).isEqualTo(PasswordTokens.State.EXPIRED);
    Job expiry = managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    managementService.executeJob(expiry.getId());

    assertThat(pi).hasPassed("TimerEvent_ActivationLinkExpired").isWaitingAt("Task_ResendActivation");
    Task resend = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(resend).hasCandidateGroup("main-reporter");
    identityService.setAuthentication("main1", List.of("main-reporter"), List.of("019901"));
    try {
      List<Task> toReview = filterService.list(taskFilters.filterId("applications-to-review"));
      assertThat(toReview.stream().map(Task::getId).toList()).contains(resend.getId());
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(staff.findByUsername(username).orElseThrow().status()).isEqualTo(StaffStatus.PENDING);
    assertThatThrownBy(() -> taskService.complete(resend.getId(), Map.of("resendDecision", "maybe")))
        .hasMessageContaining("請選擇處理方式");

    taskService.complete(resend.getId(), Map.of("resendDecision", "resend"));

    assertThat(pi).isWaitingAt("Gateway_WaitForPassword");
    List<MimeMessage> mails = Applicants.deliver(sender, smtp, email);
    assertThat(mails).hasSize(2);
    String secondToken = Applicants.token(Applicants.link(mails.get(1), "token="));
    assertThat(secondToken).isNotEqualTo(firstToken);
    assertThat(passwordSetting.use(firstToken, PASSWORD).state()).isEqualTo(PasswordTokens.State.EXPIRED);
    assertThat(passwordSetting.use(secondToken, PASSWORD).state()).isEqualTo(PasswordTokens.State.VALID);
    assertThat(pi).isEnded().hasPassed("EndEvent_AccountActivated");
  }

  @Test
  void anExpiredApplicationCanBeWithdrawn() {
    ProcessInstance pi = submit();
    review(pi, Map.of("decision", "approve"));
    moveTime(Duration.ofHours(73));
    managementService.executeJob(managementService.createJobQuery().processInstanceId(pi.getId()).timers()
        .singleResult().getId());

    Task resend = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    taskService.complete(resend.getId(), Map.of("resendDecision", "withdraw"));

    assertThat(pi).isEnded().hasPassed("Task_WithdrawApplication", "EndEvent_ApplicationWithdrawn");
    assertThat(staff.findByUsername(username)).isEmpty();
    assertThat(fields.username(username)).isEmpty();
  }

  @Test
  void aNewApplicationIsAnnouncedToTheSchoolsMainReportersWithALinkToTheTask() {
    ProcessInstance pi = submit();
    Task task = reviewTask(pi);
    List<MimeMessage> toMain1 = Applicants.deliver(sender, smtp, "main1@example.org").stream()
        .filter(m -> Applicants.text(m).contains(task.getId())).toList();
    assertThat(toMain1).singleElement().satisfies(mail -> {
      assertThat(mail.getSubject()).contains("新的帳號申請待審核");
      assertThat(Applicants.text(mail)).contains("周怡君", "導師", "http://localhost:8080/tasks/" + task.getId());
    });
    assertThat(Applicants.deliver(sender, smtp, "main2@example.org").stream()
        .map(Applicants::text).filter(t -> t.contains(task.getId()))).isEmpty();
  }

  @Test
  void anApplicationNotReviewedWithinThreeDaysRemindsTheSchoolsMainReporters() {
    ProcessInstance pi = submit();
    Task task = reviewTask(pi);
    Job timer = managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    assertThat(timer.getDuedate()).isCloseTo(Date.from(clock.instant().plus(Duration.ofDays(3))), 60_000);
    int before = Applicants.deliver(sender, smtp, "main1@example.org").size();

    moveTime(Duration.ofDays(3).plusMinutes(1));
    managementService.executeJob(timer.getId());

    assertThat(pi).hasPassed("Task_RemindReviewers", "EndEvent_ReviewersReminded").isWaitingAt("Task_ReviewApplication");
    List<MimeMessage> toMain1 = Applicants.deliver(sender, smtp, "main1@example.org");
    assertThat(toMain1).hasSize(before + 1);
    MimeMessage reminder = toMain1.get(toMain1.size() - 1);
    assertThat(Applicants.text(reminder)).contains("周怡君", "導師", "http://localhost:8080/tasks/" + task.getId());
    assertThat(Applicants.deliver(sender, smtp, "main2@example.org").stream()
        .map(Applicants::text).filter(t -> t.contains(task.getId()))).isEmpty();
    // The next reminder is scheduled another interval later.
    Job next = managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    assertThat(next.getDuedate()).isCloseTo(Date.from(timer.getDuedate().toInstant().plus(Duration.ofDays(3))), 2_000);
  }

  private Object historicVariable(ProcessInstance pi, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(name).singleResult().getValue();
  }
}
