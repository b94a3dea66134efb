package tw.dropout.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import tw.dropout.school.StaffProfile;
import tw.dropout.school.StaffRepository;
import tw.dropout.school.StaffStatus;
import tw.dropout.system.DropoutProperties;

/**
 * Checks a login against our staff profiles and Camunda's identity service, for both our login form
 * (captcha required) and HTTP Basic on /engine-rest. Consecutive failures lock the account for a
 * while; every attempt is audited.
 */
@Component
public class StaffAuthenticationProvider implements AuthenticationProvider {

  private final StaffRepository staff;
  private final IdentityService identityService;
  private final LoginAudit audit;
  private final DropoutProperties.Login policy;
  private final Clock clock;

  StaffAuthenticationProvider(StaffRepository staff, IdentityService identityService, LoginAudit audit,
      DropoutProperties properties, Clock clock) {
    this.staff = staff;
    this.identityService = identityService;
    this.audit = audit;
    this.policy = properties.login();
    this.clock = clock;
  }

  @Override
  public Authentication authenticate(Authentication request) {
    String username = normalize(request.getName());
    String password = request.getCredentials() == null ? "" : request.getCredentials().toString();
    Instant now = clock.instant();
    Attempt attempt = Attempt.of(request.getDetails(), username, now);

    if (attempt.captcha != null && attempt.captcha != CaptchaService.Verdict.OK) {
      throw refuse(attempt, attempt.captcha == CaptchaService.Verdict.WRONG
          ? LoginProblem.CAPTCHA_WRONG : LoginProblem.CAPTCHA_EXPIRED, null);
    }
    Optional<StaffProfile> found = staff.findByUsername(username);
    if (found.isEmpty()) {
      audit.record(username, now, attempt.remoteAddress, attempt.channel, "UNKNOWN_ACCOUNT");
      throw new LoginRefusedException(LoginProblem.BAD_CREDENTIALS);
    }
    StaffProfile profile = found.get();
    if (profile.isLockedAt(now)) {
      throw refuse(attempt, LoginProblem.LOCKED, profile.lockedUntil());
    }
    if (profile.status() == StaffStatus.PENDING) {
      // A pending account has no password yet: say so rather than "wrong password".
      throw refuse(attempt, LoginProblem.PENDING, null);
    }
    if (!identityService.checkPassword(username, password)) {
      int failures = profile.failedLogins() + 1;
      if (failures >= policy.maxFailures()) {
        Instant until = now.plus(policy.lockDuration());
        staff.recordFailedLogin(username, 0, until);
        throw refuse(attempt, LoginProblem.LOCKED, until);
      }
      staff.recordFailedLogin(username, failures, null);
      throw refuse(attempt, LoginProblem.BAD_CREDENTIALS, null);
    }
    if (profile.status() == StaffStatus.DISABLED) {
      throw refuse(attempt, LoginProblem.DISABLED, null);
    }
    staff.clearFailedLogins(username);
    audit.record(username, now, attempt.remoteAddress, attempt.channel, "SUCCESS");
    return UsernamePasswordAuthenticationToken.authenticated(StaffPrincipal.of(profile), null,
        List.of(new SimpleGrantedAuthority(profile.role().authority())));
  }

  private LoginRefusedException refuse(Attempt attempt, LoginProblem problem, Instant lockedUntil) {
    audit.record(attempt.username, attempt.at, attempt.remoteAddress, attempt.channel, problem.name());
    return new LoginRefusedException(problem, lockedUntil);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  /** Account names are case-insensitive; we store them lower-case. */
  public static String normalize(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  private record Attempt(String username, Instant at, String remoteAddress, LoginAudit.Channel channel,
      CaptchaService.Verdict captcha) {

    static Attempt of(Object details, String username, Instant at) {
      if (details instanceof LoginFormDetails form) {
        return new Attempt(username, at, form.remoteAddress(), LoginAudit.Channel.FORM, form.captcha());
      }
      String address = details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
      return new Attempt(username, at, address, LoginAudit.Channel.HTTP_BASIC, null);
    }
  }
}
