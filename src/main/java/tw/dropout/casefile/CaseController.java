package tw.dropout.casefile;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tw.dropout.account.StaffPrincipal;
import tw.dropout.school.SchoolRepository;
import tw.dropout.school.StaffRole;

/**
 * /cases: the overview with the manual's 通報/結案 column (lock, or an arrow into the main reporter's
 * Tasklist task), 新增填報, and each case's page with its tracking records. Who sees what is
 * {@link Actor}'s rule; a case someone may not see answers 404, as if it did not exist.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class CaseController {

  /** How the 通報/結案 cell looks: a lock, an arrow (linked for main reporters) or 已結案. */
  record ReportCell(String kind, String taskId, String title) {
  }

  private final CaseSearch search;
  private final CaseRepository cases;
  private final TrackingRecordRepository records;
  private final CaseFiling filing;
  private final TrackingRecords trackingRecords;
  private final SchoolRepository schools;
  private final TaskService taskService;
  private final CaseStatistics statistics;
  private final TrackingReminders reminders;

  CaseController(CaseSearch search, CaseRepository cases, TrackingRecordRepository records, CaseFiling filing,
      TrackingRecords trackingRecords, SchoolRepository schools, TaskService taskService, CaseStatistics statistics,
      TrackingReminders reminders) {
    this.search = search;
    this.cases = cases;
    this.records = records;
    this.filing = filing;
    this.trackingRecords = trackingRecords;
    this.schools = schools;
    this.taskService = taskService;
    this.statistics = statistics;
    this.reminders = reminders;
  }

  @GetMapping("/cases")
  String list(@AuthenticationPrincipal StaffPrincipal principal, @RequestParam(required = false) String state,
      @RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
      @RequestParam(required = false) String school, @RequestParam(defaultValue = "1") int page, Model model) {
    Actor viewer = viewer(principal);
    CaseState stateFilter = parseState(state);
    CaseSearch.Page result = search.find(viewer, new CaseSearch.Filter(stateFilter, year, q, school, page));
    Map<String, String> reviewTasks = reviewTasks(result.rows().stream()
        .filter(r -> r.state().mainReporterCanAct()).map(CaseSearch.Row::processInstanceId).toList());
    model.addAttribute("viewer", viewer);
    model.addAttribute("page", result);
    model.addAttribute("cells", result.rows().stream().collect(Collectors.toMap(CaseSearch.Row::caseNumber,
        r -> cell(viewer, r.state(), reviewTasks.get(r.processInstanceId())))));
    model.addAttribute("overdueCutoff", reminders.overdueCutoff());
    model.addAttribute("trackingReminderDays", reminders.days());
    model.addAttribute("states", CaseState.values());
    if (!viewer.readsEverySchool() && viewer.role() != StaffRole.HOMEROOM_TEACHER) {
      model.addAttribute("schoolCounts", statistics.forSchool(viewer.schoolCode()));
    }
    model.addAttribute("years", search.schoolYears(viewer));
    model.addAttribute("schools", viewer.readsEverySchool() ? schools.findAll() : List.of());
    model.addAttribute("filter", Map.of("state", stateFilter == null ? "" : stateFilter.name(),
        "year", year == null ? "" : year.toString(), "q", q == null ? "" : q, "school", school == null ? "" : school));
    return "cases/list";
  }

  @PostMapping("/cases/new")
  String file(@AuthenticationPrincipal StaffPrincipal principal, @RequestParam(defaultValue = "") String nationalId,
      RedirectAttributes redirect) {
    try {
      CaseFiling.Filed filed = filing.file(nationalId, viewer(principal));
      return "redirect:/tasks/" + filed.firstTaskId();
    } catch (CaseRefusedException refused) {
      redirect.addFlashAttribute("filingError", refused.getMessage());
      redirect.addFlashAttribute("nationalId", nationalId);
      return "redirect:/cases";
    }
  }

  @GetMapping("/cases/{caseNumber}")
  String detail(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String caseNumber, Model model) {
    Actor viewer = viewer(principal);
    DropoutCase c = visibleCase(viewer, caseNumber);
    List<Task> openTasks = c.isOpen() && c.processInstanceId() != null
        ? taskService.createTaskQuery().processInstanceId(c.processInstanceId()).list() : List.of();
    model.addAttribute("viewer", viewer);
    model.addAttribute("c", c);
    model.addAttribute("school", schools.findByCode(c.schoolCode()).orElse(null));
    model.addAttribute("factors", cases.factors(c.id()));
    model.addAttribute("records", records.forCase(c.id()));
    model.addAttribute("audits", cases.audits(c.id()));
    model.addAttribute("linkedCase", c.linkedCaseId() == null ? null : cases.find(c.linkedCaseId()).orElse(null));
    model.addAttribute("cell", cell(viewer, c.state(), taskOf(openTasks, CaseProcess.TASK_REVIEW_REPORT,
        CaseProcess.TASK_REVIEW_CLOSURE)));
    model.addAttribute("recordTask", viewer.mayAddRecord(c) ? taskOf(openTasks, CaseProcess.TASK_ADD_TRACKING_RECORD) : null);
    model.addAttribute("filerTask", c.filedBy().equals(viewer.username())
        ? taskOf(openTasks, CaseProcess.TASK_FILL_BASIC_DATA, CaseProcess.TASK_FILL_CASE_DATA) : null);
    return "cases/detail";
  }

  @PostMapping("/cases/{caseNumber}/records/{recordId}/delete")
  String deleteRecord(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String caseNumber,
      @PathVariable long recordId, RedirectAttributes redirect) {
    Actor viewer = viewer(principal);
    DropoutCase c = visibleCase(viewer, caseNumber);
    try {
      trackingRecords.delete(c.id(), recordId, viewer);
      redirect.addFlashAttribute("message", "已刪除追蹤紀錄，並留下刪除紀錄。");
    } catch (CaseRefusedException refused) {
      redirect.addFlashAttribute("error", refused.getMessage());
    }
    return "redirect:/cases/" + c.caseNumber();
  }

  private DropoutCase visibleCase(Actor viewer, String caseNumber) {
    return cases.findByNumber(caseNumber).filter(viewer::mayView)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private static Actor viewer(StaffPrincipal principal) {
    if (principal == null) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    return Actor.of(principal);
  }

  private static ReportCell cell(Actor viewer, CaseState state, String reviewTaskId) {
    if (state == CaseState.CLOSED) {
      return new ReportCell("closed", null, "已結案");
    }
    if (state.mainReporterCanAct()) {
      String title = state == CaseState.AWAITING_REPORT ? "待主要通報人員通報" : "待主要通報人員結案";
      return new ReportCell("arrow", viewer.isMainReporter() ? reviewTaskId : null, title);
    }
    String title = switch (state) {
      case FILING, RETURNED -> "填報人尚未提交案件資料";
      case AWAITING_RECORD -> "尚無追蹤紀錄：須先新增一筆追蹤紀錄才能通報";
      default -> "追蹤中：最新一筆追蹤紀錄建議結案後才能結案";
    };
    return new ReportCell("lock", null, title);
  }

  private Map<String, String> reviewTasks(Collection<String> processInstanceIds) {
    if (processInstanceIds.isEmpty()) {
      return Map.of();
    }
    return taskService.createTaskQuery().processInstanceIdIn(processInstanceIds.toArray(String[]::new))
        .taskDefinitionKeyIn(CaseProcess.TASK_REVIEW_REPORT, CaseProcess.TASK_REVIEW_CLOSURE).list().stream()
        .collect(Collectors.toMap(Task::getProcessInstanceId, Task::getId, (a, b) -> a));
  }

  private static String taskOf(List<Task> tasks, String... keys) {
    return tasks.stream().filter(t -> List.of(keys).contains(t.getTaskDefinitionKey())).map(Task::getId)
        .findFirst().orElse(null);
  }

  private static CaseState parseState(String state) {
    try {
      return state == null || state.isBlank() ? null : CaseState.valueOf(state);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
