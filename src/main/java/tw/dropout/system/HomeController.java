package tw.dropout.system;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public home page: system name, login box, links to registration and password help. */
@Controller
class HomeController {

  @GetMapping("/")
  String home(Authentication authentication) {
    return "home";
  }
}
