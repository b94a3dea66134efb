package tw.dropout.system;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A submission (a task form, a filing, an action on our pages) was refused for a reason the person can
 * fix. The message is zh-TW, written for the person at the screen, and is shown as it is, in Tasklist
 * or on our pages. Whoever throws it leaves nothing saved: the transaction rolls back. It is a
 * BadUserRequestException so the engine logs it as the user's mistake (debug), not as a failure of ours.
 */
public class SubmissionRefusedException extends BadUserRequestException {

  public SubmissionRefusedException(String message) {
    super(message);
  }
}
