package tw.dropout.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/** Back to the login page with the reason and the account name typed, so nothing needs retyping but the secrets. */
@Component
public class LoginFailureHandler implements AuthenticationFailureHandler {

  @Override
  public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException exception) throws IOException {
    LoginRefusedException refused = exception instanceof LoginRefusedException r ? r
        : new LoginRefusedException(LoginProblem.BAD_CREDENTIALS);
    request.getSession().setAttribute(LoginController.PROBLEM_KEY, refused);
    String username = request.getParameter("username");
    if (username != null && username.length() <= 64) {
      request.getSession().setAttribute(LoginController.USERNAME_KEY, username.strip());
    }
    response.sendRedirect(request.getContextPath() + "/login?error");
  }
}
