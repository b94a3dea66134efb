package tw.dropout.account;

import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Service;

import tw.dropout.system.DropoutProperties;

/**
 * Image captchas for the login, registration and forgot-password forms. A challenge lives in the
 * user's session, is good for one attempt only (right or wrong) and expires after the configured
 * time; answers are case-insensitive.
 */
@Service
public class CaptchaService {

  static final String SESSION_KEY = CaptchaService.class.getName();
  static final int LENGTH = 5;

  public enum Verdict { OK, WRONG, EXPIRED, MISSING }

  record Challenge(String answer, Instant issuedAt) implements Serializable {
  }

  private final DropoutProperties.Captcha settings;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  CaptchaService(DropoutProperties properties, Clock clock) {
    this.settings = properties.captcha();
    this.clock = clock;
  }

  /** Issues a new challenge for this session (replacing any earlier one) and returns its PNG image. */
  public byte[] newChallenge(HttpSession session) {
    String answer = settings.hasFixedAnswer() ? settings.fixedAnswer() : CaptchaRenderer.randomText(random, LENGTH);
    session.setAttribute(SESSION_KEY, new Challenge(answer, clock.instant()));
    return CaptchaRenderer.renderPng(answer, random);
  }

  /** Checks an answer and uses the challenge up, whatever the outcome. */
  public Verdict verify(HttpSession session, String input) {
    Object stored = session == null ? null : session.getAttribute(SESSION_KEY);
    if (session != null) {
      session.removeAttribute(SESSION_KEY);
    }
    if (!(stored instanceof Challenge challenge)) {
      return Verdict.MISSING;
    }
    if (clock.instant().isAfter(challenge.issuedAt().plus(settings.ttl()))) {
      return Verdict.EXPIRED;
    }
    if (input == null || !challenge.answer().equalsIgnoreCase(input.strip())) {
      return Verdict.WRONG;
    }
    return Verdict.OK;
  }
}
