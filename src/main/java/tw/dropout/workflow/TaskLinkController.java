package tw.dropout.workflow;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Opens a task from an emailed link. Needs login like every staff page; Tasklist then checks access. */
@Controller
class TaskLinkController {

  @GetMapping("/tasks/{taskId:[A-Za-z0-9-]{1,64}}")
  String open(@PathVariable String taskId) {
    return "redirect:" + TaskLinks.tasklistPath(taskId);
  }
}
