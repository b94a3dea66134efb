package tw.dropout.account;

import java.util.stream.Collectors;


import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tw.dropout.school.School;
import tw.dropout.school.SchoolRepository;
import tw.dropout.school.StaffRepository;

/** 帳號管理 (administrators): accounts by school, disable/enable, unlock, resend activation, new main reporters. */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasRole('ADMIN')")
class AccountAdminController {

  public static class MainReporterForm {
    private String schoolCode = "";
    private String name = "";
    private String title = "";
    private String email = "";
    private String phone = "";
    private String username = "";

    public String getSchoolCode() { return schoolCode; }
    public void setSchoolCode(String v) { schoolCode = v == null ? "" : v.strip(); }
    public String getName() { return name; }
    public void setName(String v) { name = v == null ? "" : v.strip(); }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v == null ? "" : v.strip(); }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v == null ? "" : v.strip(); }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v == null ? "" : v.strip(); }
    public String getUsername() { return username; }
    public void setUsername(String v) { username = v == null ? "" : v.strip(); }
  }

  private static final String USERNAME = "{username:[a-z0-9._-]{1,64}}";

  private final AccountAdministration admin;
  private final SchoolRepository schools;
  private final StaffRepository staff;
  private final StaffFields fields;
  private final java.time.Clock clock;

  AccountAdminController(AccountAdministration admin, SchoolRepository schools, StaffRepository staff,
      StaffFields fields, java.time.Clock clock) {
    this.admin = admin;
    this.schools = schools;
    this.staff = staff;
    this.fields = fields;
    this.clock = clock;
  }

  @GetMapping
  String list(@RequestParam(defaultValue = "") String school, @RequestParam(defaultValue = "") String q, Model model) {
    model.addAttribute("accounts", admin.list(school, q));
    model.addAttribute("schools", schools.findAll());
    model.addAttribute("schoolNames", schools.findAll().stream().collect(Collectors.toMap(School::code, School::name)));
    model.addAttribute("school", school);
    model.addAttribute("q", q);
    model.addAttribute("now", clock.instant());
    model.addAttribute("admin", admin);
    return "account/admin-accounts";
  }

  @GetMapping("/new")
  String newForm(@ModelAttribute("form") MainReporterForm form, Model model) {
    model.addAttribute("schools", schools.findAll());
    return "account/admin-new-main-reporter";
  }

  @PostMapping("/new")
  String create(@ModelAttribute("form") MainReporterForm form, BindingResult errors, Model model,
      RedirectAttributes redirect) {
    if (schools.findByCode(form.getSchoolCode()).isEmpty()) {
      errors.rejectValue("schoolCode", "field.school.required");
    }
    fields.name(form.getName()).ifPresent(code -> errors.rejectValue("name", code));
    fields.title(form.getTitle()).ifPresent(code -> errors.rejectValue("title", code));
    fields.email(form.getEmail()).ifPresent(code -> errors.rejectValue("email", code));
    fields.phone(form.getPhone()).ifPresent(code -> errors.rejectValue("phone", code));
    fields.username(form.getUsername()).ifPresent(code -> errors.rejectValue("username", code));
    if (errors.hasErrors()) {
      model.addAttribute("schools", schools.findAll());
      return "account/admin-new-main-reporter";
    }
    var created = admin.createMainReporter(form.getSchoolCode(), form.getName(), form.getTitle(), form.getEmail(),
        form.getPhone(), form.getUsername());
    return done(redirect, "admin.accounts.created", created.username());
  }

  @PostMapping("/" + USERNAME + "/disable")
  String disable(@PathVariable String username, Authentication auth, RedirectAttributes redirect) {
    if (username.equals(auth.getName())) {
      return done(redirect, "admin.accounts.self", username);
    }
    admin.disable(username);
    return done(redirect, "admin.accounts.disabled", username);
  }

  @PostMapping("/" + USERNAME + "/enable")
  String enable(@PathVariable String username, RedirectAttributes redirect) {
    admin.enable(username);
    return done(redirect, "admin.accounts.enabled", username);
  }

  @PostMapping("/" + USERNAME + "/unlock")
  String unlock(@PathVariable String username, RedirectAttributes redirect) {
    staff.findByUsername(username).orElseThrow();
    admin.unlock(username);
    return done(redirect, "admin.accounts.unlocked", username);
  }

  @PostMapping("/" + USERNAME + "/resend")
  String resend(@PathVariable String username, RedirectAttributes redirect) {
    admin.resendActivation(username);
    return done(redirect, "admin.accounts.resent", username);
  }

  private static String done(RedirectAttributes redirect, String key, String username) {
    redirect.addFlashAttribute("message", key);
    redirect.addFlashAttribute("messageArg", username);
    return "redirect:/admin/accounts";
  }

}
