package tw.dropout.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import tw.dropout.account.AccountApplications;

/** Task listeners of AccountRegistration.bpmn (referenced by bean name in the model). */
final class AccountRegistrationListeners {

  private AccountRegistrationListeners() {
  }

  static long applicationId(DelegateTask task) {
    return ((Number) task.getVariable("applicationId")).longValue();
  }

  /**
   * Task_ReviewApplication and Task_ResendActivation, create: the application's details for the read-only
   * part of the form; a new application is also announced to the school's main reporters by mail.
   */
  @Component("accountRegistrationReviewContext")
  static class ReviewContext implements TaskListener {
    private final AccountApplications applications;

    ReviewContext(AccountApplications applications) {
      this.applications = applications;
    }

    @Override
    public void notify(DelegateTask task) {
      task.setVariablesLocal(applications.reviewContext(applicationId(task)));
      if (AccountApplications.TASK_REVIEW_APPLICATION.equals(task.getTaskDefinitionKey())) {
        applications.notifyReviewers(applicationId(task), task.getId());
      }
    }
  }

  /**
   * Task_ReviewApplication, complete: checks the form again on the server (reason required on 退回),
   * records the decision and sets the flag {@code approved}; a refusal keeps the task open, nothing saved.
   */
  @Component("accountRegistrationReview")
  static class Review implements TaskListener {
    private final AccountApplications applications;

    Review(AccountApplications applications) {
      this.applications = applications;
    }

    @Override
    public void notify(DelegateTask task) {
      String reviewer = task.getAssignee() != null ? task.getAssignee()
          : task.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null ? null
          : task.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
      boolean approved = applications.review(applicationId(task), task.getVariable("decision"),
          task.getVariable("rejectReason"), reviewer);
      task.setVariable("approved", approved);
    }
  }

  /** Task_ResendActivation, complete: "resend" or "withdraw", checked on the server; sets the flag {@code resend}. */
  @Component("accountRegistrationResendDecision")
  static class ResendDecision implements TaskListener {
    private final AccountApplications applications;

    ResendDecision(AccountApplications applications) {
      this.applications = applications;
    }

    @Override
    public void notify(DelegateTask task) {
      task.setVariable("resend", applications.resendDecision(task.getVariable("resendDecision")));
    }
  }
}
