package tw.dropout.account;

import java.io.Serializable;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.stereotype.Component;

/**
 * Details of a login through our form: where it came from and what the captcha check said. The
 * captcha is verified (and used up) as soon as the form arrives, before any password is looked at.
 */
public record LoginFormDetails(String remoteAddress, CaptchaService.Verdict captcha) implements Serializable {

  @Component
  public static class Source implements AuthenticationDetailsSource<HttpServletRequest, LoginFormDetails> {

    private final CaptchaService captcha;

    Source(CaptchaService captcha) {
      this.captcha = captcha;
    }

    @Override
    public LoginFormDetails buildDetails(HttpServletRequest request) {
      CaptchaService.Verdict verdict = captcha.verify(request.getSession(false), request.getParameter("captcha"));
      return new LoginFormDetails(request.getRemoteAddr(), verdict);
    }
  }
}
