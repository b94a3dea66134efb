package tw.dropout.account;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import tw.dropout.school.Counties;
import tw.dropout.school.School;
import tw.dropout.school.SchoolRepository;

/** 註冊 (manual step 1) and the confirmation (step 2). Schools load per county from a small JSON endpoint. */
@Controller
class RegistrationController {

  record SchoolOption(String code, String name) {
  }

  private final SchoolRepository schools;
  private final StaffFields fields;
  private final CaptchaService captcha;
  private final AccountApplications applications;

  RegistrationController(SchoolRepository schools, StaffFields fields, CaptchaService captcha,
      AccountApplications applications) {
    this.schools = schools;
    this.fields = fields;
    this.captcha = captcha;
    this.applications = applications;
  }

  @GetMapping("/register")
  String form(@ModelAttribute("form") RegistrationForm form, Model model) {
    return page(form, model);
  }

  @GetMapping("/register/schools")
  @ResponseBody
  List<SchoolOption> schools(@RequestParam String county) {
    return schools.findByCounty(county).stream().map(s -> new SchoolOption(s.code(), s.name())).toList();
  }

  @PostMapping("/register")
  String submit(@ModelAttribute("form") RegistrationForm form, BindingResult errors, HttpServletRequest request,
      HttpSession session, Model model) {
    validate(form, errors, session);
    if (!errors.hasErrors()) {
      try {
        applications.submit(form, request.getRemoteAddr());
        return "redirect:/register/submitted";
      } catch (DuplicateKeyException | org.camunda.bpm.engine.ProcessEngineException raced) {
        // Someone took the name or address between our check and the insert: the check now says which.
        validate(form, errors, null);
        if (!errors.hasErrors()) {
          throw raced;
        }
      }
    }
    form.setCaptcha("");
    return page(form, model);
  }

  @GetMapping("/register/submitted")
  String submitted() {
    return "account/register-submitted";
  }

  private String page(RegistrationForm form, Model model) {
    model.addAttribute("counties", Counties.ALL);
    model.addAttribute("schools", Counties.ALL.contains(form.getCounty()) ? schools.findByCounty(form.getCounty()) : List.of());
    model.addAttribute("roles", RegistrationForm.ROLES);
    return "account/register";
  }

  private void validate(RegistrationForm form, BindingResult errors, HttpSession session) {
    if (session != null) {
      switch (captcha.verify(session, form.getCaptcha())) {
        case OK -> { }
        case WRONG -> errors.rejectValue("captcha", form.getCaptcha().isEmpty() ? "field.captcha.required" : "field.captcha.wrong");
        case EXPIRED, MISSING -> errors.rejectValue("captcha", "field.captcha.expired");
      }
    }
    if (!Counties.ALL.contains(form.getCounty())) {
      errors.rejectValue("county", "field.county.required");
    }
    if (form.getSchoolCode().isEmpty()) {
      errors.rejectValue("schoolCode", "field.school.required");
    } else if (schools.findByCode(form.getSchoolCode()).map(School::county).filter(form.getCounty()::equals).isEmpty()) {
      errors.rejectValue("schoolCode", "field.school.invalid");
    }
    if (form.roleIfValid().isEmpty()) {
      errors.rejectValue("role", "field.role.required");
    }
    fields.name(form.getName()).ifPresent(code -> errors.rejectValue("name", code));
    fields.title(form.getTitle()).ifPresent(code -> errors.rejectValue("title", code));
    fields.email(form.getEmail()).ifPresent(code -> errors.rejectValue("email", code));
    fields.phone(form.getPhone()).ifPresent(code -> errors.rejectValue("phone", code));
    fields.username(form.getUsername()).ifPresent(code -> errors.rejectValue("username", code));
  }
}
