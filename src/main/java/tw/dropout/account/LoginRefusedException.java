package tw.dropout.account;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/** A refused login with the reason the login page explains. */
public class LoginRefusedException extends AuthenticationException {

  private final LoginProblem problem;
  private final Instant lockedUntil;

  LoginRefusedException(LoginProblem problem) {
    this(problem, null);
  }

  LoginRefusedException(LoginProblem problem, Instant lockedUntil) {
    super(problem.name());
    this.problem = problem;
    this.lockedUntil = lockedUntil;
  }

  public LoginProblem problem() {
    return problem;
  }

  public Instant lockedUntil() {
    return lockedUntil;
  }
}
