package tw.dropout.account;


import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 設定密碼 from an activation or reset link (manual step 4). */
@Controller
class PasswordController {

  private final PasswordSetting setting;
  private final PasswordPolicy policy;

  PasswordController(PasswordSetting setting, PasswordPolicy policy) {
    this.setting = setting;
    this.policy = policy;
  }

  @GetMapping("/password")
  String form(@RequestParam(required = false) String token, Model model) {
    PasswordTokens.Check check = setting.check(token);
    if (check.state() != PasswordTokens.State.VALID) {
      return linkProblem(check, model);
    }
    return page(check, token, model);
  }

  @PostMapping("/password")
  String set(@RequestParam(required = false) String token, @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "") String confirm, Model model, RedirectAttributes redirect) {
    PasswordTokens.Check check = setting.check(token);
    if (check.state() != PasswordTokens.State.VALID) {
      return linkProblem(check, model);
    }
    String problem = policy.problem(check.username(), password).orElse(null);
    if (problem != null) {
      model.addAttribute("passwordError", problem);
      return page(check, token, model);
    }
    if (!password.equals(confirm)) {
      model.addAttribute("confirmError", "password.problem.confirm");
      return page(check, token, model);
    }
    PasswordTokens.Check used = setting.use(token, password);
    if (used.state() != PasswordTokens.State.VALID) {
      return linkProblem(used, model);
    }
    redirect.addFlashAttribute("username", used.username());
    redirect.addFlashAttribute("purpose", used.purpose().name());
    return "redirect:/password/done";
  }

  @GetMapping("/password/done")
  String done(Model model) {
    if (!model.containsAttribute("purpose")) {
      return "redirect:/login";
    }
    return "account/password-done";
  }

  private static String page(PasswordTokens.Check check, String token, Model model) {
    model.addAttribute("token", token);
    model.addAttribute("username", check.username());
    model.addAttribute("purpose", check.purpose().name());
    return "account/password";
  }

  private static String linkProblem(PasswordTokens.Check check, Model model) {
    model.addAttribute("state", check.state().name());
    model.addAttribute("purpose", check.purpose() == null ? "UNKNOWN" : check.purpose().name());
    return "account/password-link";
  }

}
