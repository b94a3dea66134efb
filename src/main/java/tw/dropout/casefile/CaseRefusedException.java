package tw.dropout.casefile;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A filing, form submission or action was refused for a reason the user can fix. The message is zh-TW,
 * written for the person at the screen, and is shown as it is (in Tasklist or on our pages). Whoever
 * throws it leaves nothing saved: the transaction rolls back. It is a BadUserRequestException so the
 * engine logs it as the user's mistake (debug), not as a failure of ours.
 */
public class CaseRefusedException extends BadUserRequestException {

  public CaseRefusedException(String message) {
    super(message);
  }
}
