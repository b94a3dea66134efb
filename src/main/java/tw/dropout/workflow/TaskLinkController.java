package tw.dropout.workflow;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import tw.dropout.account.StaffPrincipal;
import tw.dropout.casefile.CaseViews;
import tw.dropout.school.StaffProfile;
import tw.dropout.school.StaffRepository;

/**
 * Opens a task from an emailed link. Needs login like every staff page. An open task of the user's
 * school goes to Tasklist (which checks access again); a link that went stale — the task was done,
 * perhaps by a colleague, or belongs to no task this user may see — gets a page saying so, instead of
 * an empty Tasklist.
 */
@Controller
class TaskLinkController {

  private final TaskService taskService;
  private final HistoryService historyService;
  private final StaffRepository staff;
  private final MessageSource messages;

  TaskLinkController(TaskService taskService, HistoryService historyService, StaffRepository staff,
      MessageSource messages) {
    this.taskService = taskService;
    this.historyService = historyService;
    this.staff = staff;
    this.messages = messages;
  }

  @GetMapping("/tasks/{taskId:[A-Za-z0-9-]{1,64}}")
  String open(@AuthenticationPrincipal StaffPrincipal user, @PathVariable String taskId, Model model,
      HttpServletResponse response) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task != null && mayOpen(user, task.getTenantId())) {
      return "redirect:" + TaskLinks.tasklistPath(taskId);
    }
    HistoricTaskInstance done = task != null ? null
        : historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
    String reason;
    if (done != null && mayOpen(user, done.getTenantId())) {
      String when = CaseViews.dateTime(done.getEndTime().toInstant());
      String by = done.getAssignee() == null ? null
          : staff.findByUsername(done.getAssignee()).map(StaffProfile::displayName).orElse(done.getAssignee());
      reason = by == null ? text("task.gone.doneBySomeone", when) : text("task.gone.done", when, by);
    } else {
      reason = text("task.gone.missing");
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    }
    model.addAttribute("reason", reason);
    return "tasks/gone";
  }

  /** Staff of a school see their school's tasks; the ministry and administrators (no school) every one. */
  private static boolean mayOpen(StaffPrincipal user, String tenantId) {
    return user == null || user.schoolCode() == null || tenantId == null || tenantId.equals(user.schoolCode());
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, Locale.TAIWAN);
  }
}
