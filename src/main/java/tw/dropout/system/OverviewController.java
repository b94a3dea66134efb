package tw.dropout.system;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import tw.dropout.school.SchoolRepository;

/** Landing page for ministry officers and administrators: the schools and the ways into Cockpit and Admin. */
@Controller
class OverviewController {

  private final SchoolRepository schools;

  OverviewController(SchoolRepository schools) {
    this.schools = schools;
  }

  @GetMapping("/overview")
  @PreAuthorize("hasAnyRole('MINISTRY', 'ADMIN')")
  String overview(Model model) {
    model.addAttribute("schools", schools.findAll());
    return "overview";
  }
}
