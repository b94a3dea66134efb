package tw.dropout.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** 忘記密碼: 輸入帳號, 輸入信箱, captcha, 送出; the answer is a 系統訊息 dialog with 確定 (manual wording). */
@Controller
class ForgotPasswordController {

  public static class Form {
    private String username = "";
    private String email = "";
    private String captcha = "";

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username == null ? "" : username.strip(); }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email == null ? "" : email.strip(); }
    public String getCaptcha() { return captcha; }
    public void setCaptcha(String captcha) { this.captcha = captcha == null ? "" : captcha.strip(); }
  }

  private final CaptchaService captcha;
  private final PasswordResetRequests requests;

  ForgotPasswordController(CaptchaService captcha, PasswordResetRequests requests) {
    this.captcha = captcha;
    this.requests = requests;
  }

  @GetMapping("/forgot-password")
  String form(@ModelAttribute("form") Form form) {
    return "account/forgot-password";
  }

  @PostMapping("/forgot-password")
  String submit(@ModelAttribute("form") Form form, BindingResult errors, HttpServletRequest request,
      HttpSession session, Model model) {
    switch (captcha.verify(session, form.getCaptcha())) {
      case OK -> { }
      case WRONG -> errors.rejectValue("captcha", form.getCaptcha().isEmpty() ? "field.captcha.required" : "field.captcha.wrong");
      case EXPIRED, MISSING -> errors.rejectValue("captcha", "field.captcha.expired");
    }
    if (form.getUsername().isEmpty() || form.getUsername().length() > 64) {
      errors.rejectValue("username", "field.username.required");
    }
    if (form.getEmail().isEmpty() || form.getEmail().length() > 254) {
      errors.rejectValue("email", "field.email.required");
    }
    form.setCaptcha("");
    if (errors.hasErrors()) {
      return "account/forgot-password";
    }
    boolean matched = requests.request(form.getUsername(), form.getEmail(), request.getRemoteAddr());
    model.addAttribute("result", matched ? "sent" : "wrong");
    return "account/forgot-password";
  }
}
