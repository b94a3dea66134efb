package tw.dropout.workflow;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import tw.dropout.system.DropoutProperties;

/**
 * Absolute links that open one task in Tasklist, for emails. The link points at our own
 * {@code /tasks/{id}} (a path the server sees, unlike Tasklist's #fragment), so the login page can
 * bring the user back to it.
 */
@Component
public class TaskLinks {

  private final String baseUrl;

  TaskLinks(DropoutProperties properties) {
    this.baseUrl = properties.publicBaseUrl().replaceAll("/+$", "");
  }

  public String taskUrl(String taskId) {
    return UriComponentsBuilder.fromUriString(baseUrl).path("/tasks/{id}").buildAndExpand(taskId).toUriString();
  }

  /** Where /tasks/{id} sends a signed-in user. */
  static String tasklistPath(String taskId) {
    return "/camunda/app/tasklist/default/#/?task=" + taskId;
  }
}
