package tw.dropout.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.dropout.account.AccountApplications;

/** Service tasks of AccountRegistration.bpmn (referenced by bean name in the model), one service call each. */
final class AccountRegistrationDelegates {

  private AccountRegistrationDelegates() {
  }

  static long applicationId(DelegateExecution execution) {
    return ((Number) execution.getVariable("applicationId")).longValue();
  }

  /** Task_SendActivationMail. */
  @Component("accountRegistrationActivation")
  static class Activation implements JavaDelegate {
    private final AccountApplications applications;

    Activation(AccountApplications applications) {
      this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
      applications.sendActivation(applicationId(execution));
    }
  }

  /** Task_SendRejection. */
  @Component("accountRegistrationRejection")
  static class Rejection implements JavaDelegate {
    private final AccountApplications applications;

    Rejection(AccountApplications applications) {
      this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
      applications.reject(applicationId(execution));
    }
  }

  /** Task_WithdrawApplication. */
  @Component("accountRegistrationWithdrawal")
  static class Withdrawal implements JavaDelegate {
    private final AccountApplications applications;

    Withdrawal(AccountApplications applications) {
      this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
      applications.withdraw(applicationId(execution));
    }
  }

  /** Task_RemindReviewers: the review task is still open; its reviewers get a link to it. */
  @Component("accountRegistrationReminder")
  static class Reminder implements JavaDelegate {
    private final AccountApplications applications;

    Reminder(AccountApplications applications) {
      this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String taskId = execution.getProcessEngineServices().getTaskService().createTaskQuery()
          .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(AccountApplications.TASK_REVIEW_APPLICATION)
          .singleResult().getId();
      applications.remindReviewers(applicationId(execution), taskId);
    }
  }
}
