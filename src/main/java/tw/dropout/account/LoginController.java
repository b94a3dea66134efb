package tw.dropout.account;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tw.dropout.DropoutApplication;

@Controller
class LoginController {

  static final String PROBLEM_KEY = "LOGIN_PROBLEM";
  static final String USERNAME_KEY = "LOGIN_USERNAME";
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of(DropoutApplication.TIME_ZONE));

  private final MessageSource messages;
  private final LoginSuccessHandler landing;

  LoginController(MessageSource messages, LoginSuccessHandler landing) {
    this.messages = messages;
    this.landing = landing;
  }

  @GetMapping("/login")
  String login(@RequestParam(required = false) String logout, @RequestParam(required = false) String expired,
      @RequestParam(required = false) String idle, HttpSession session, Authentication authentication, Model model, java.util.Locale locale) {
    if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
        && authentication.isAuthenticated()) {
      return "redirect:" + landing.landingPage(authentication);
    }
    Object problem = session.getAttribute(PROBLEM_KEY);
    session.removeAttribute(PROBLEM_KEY);
    if (problem instanceof LoginRefusedException refused) {
      String until = refused.lockedUntil() == null ? "" : TIME.format(refused.lockedUntil());
      model.addAttribute("error", messages.getMessage(refused.problem().messageKey(), new Object[] {until}, locale));
    }
    Object username = session.getAttribute(USERNAME_KEY);
    session.removeAttribute(USERNAME_KEY);
    model.addAttribute("username", username == null ? "" : username);
    if (logout != null) {
      model.addAttribute("info", messages.getMessage("login.loggedOut", null, locale));
    } else if (idle != null) {
      model.addAttribute("info", messages.getMessage("login.idle", null, locale));
    } else if (expired != null) {
      model.addAttribute("info", messages.getMessage("login.sessionExpired", null, locale));
    }
    return "login";
  }
}
