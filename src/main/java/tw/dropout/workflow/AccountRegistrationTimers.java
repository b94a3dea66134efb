package tw.dropout.workflow;

import org.springframework.stereotype.Component;

import tw.dropout.account.AccountProperties;

/** Timer values for the model, from dropout.account.* (ISO-8601, as the engine wants them). */
@Component("accountRegistrationTimers")
public class AccountRegistrationTimers {
  private final AccountProperties settings;

  AccountRegistrationTimers(AccountProperties settings) {
    this.settings = settings;
  }

  /** TimerEvent_ReviewOverdue: every interval while the application waits for review. */
  public String getReviewReminderCycle() {
    return "R/" + settings.reviewReminderInterval();
  }

  /** Task_ReviewApplication's due date: when the first reminder goes out (engine time). */
  public java.util.Date getReviewDueDate() {
    return java.util.Date.from(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant()
        .plus(settings.reviewReminderInterval()));
  }

  /** TimerEvent_ActivationLinkExpired: when the activation link stops working. */
  public String getActivationLinkValidity() {
    return settings.activationValidity().toString();
  }
}
