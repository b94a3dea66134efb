package tw.dropout.system;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import tw.dropout.casefile.CaseState;
import tw.dropout.casefile.CaseStatistics;
import tw.dropout.school.School;
import tw.dropout.school.SchoolRepository;

/**
 * Landing page for ministry officers and administrators: every school with its cases by state and how
 * many are overdue for tracking, each linking to that school's case list; the ways into Cockpit and Admin.
 */
@Controller
class OverviewController {

  private final SchoolRepository schools;
  private final CaseStatistics statistics;

  OverviewController(SchoolRepository schools, CaseStatistics statistics) {
    this.schools = schools;
    this.statistics = statistics;
  }

  @GetMapping("/overview")
  @PreAuthorize("hasAnyRole('MINISTRY', 'ADMIN')")
  String overview(Model model) {
    Map<String, CaseStatistics.Counts> bySchool = statistics.bySchool();
    List<School> all = schools.findAll();
    model.addAttribute("schools", all);
    model.addAttribute("counts", all.stream()
        .collect(Collectors.toMap(School::code, school -> CaseStatistics.of(bySchool, school.code()))));
    model.addAttribute("total", CaseStatistics.total(bySchool));
    model.addAttribute("states", CaseState.values());
    model.addAttribute("trackingReminderDays", statistics.trackingReminderDays());
    return "overview";
  }
}
