package tw.dropout.account;

/** Why a login was refused; each has its own zh-TW message (messages.properties, login.problem.*). */
public enum LoginProblem {
  /** Same message for a wrong password and an unknown account, so accounts cannot be probed. */
  BAD_CREDENTIALS,
  CAPTCHA_WRONG,
  CAPTCHA_EXPIRED,
  LOCKED,
  PENDING,
  DISABLED;

  public String messageKey() {
    return "login.problem." + name();
  }
}
