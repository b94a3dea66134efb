package tw.dropout.system;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import tw.dropout.notice.Announcements;

/** The public home page: system name, announcements, service contact, login box; 註冊/忘記密碼 in the header. */
@Controller
class HomeController {

  private final Announcements announcements;

  HomeController(Announcements announcements) {
    this.announcements = announcements;
  }

  @GetMapping("/")
  String home(Model model) {
    model.addAttribute("announcements", announcements.all());
    return "home";
  }
}
