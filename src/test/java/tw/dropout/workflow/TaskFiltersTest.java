package tw.dropout.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tw.dropout.account.AccountApplications;
import tw.dropout.account.Applicants;
import tw.dropout.support.IntegrationTest;

@IntegrationTest
class TaskFiltersTest {

  static final List<String> STAFF_KEYS = List.of("my-tasks", "school-unclaimed");
  static final List<String> ALL_KEYS =
      List.of("my-tasks", "school-unclaimed", "applications-to-review", "cases-to-report", "cases-to-close");

  @Autowired TaskFilters taskFilters;
  @Autowired FilterService filterService;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired AccountApplications applications;

  @AfterEach
  void signOut() {
    identityService.clearAuthentication();
  }

  @Test
  void startingAgainKeepsOneOfEachAndUndoesEdits() {
    Filter filter = filterService.getFilter(taskFilters.filterId("applications-to-review"));
    filter.setName("改過的名稱");
    filterService.saveFilter(filter);
    Filter copy = filterService.newTaskFilter("我的待辦（複製）");
    copy.setProperties(Map.of(TaskFilters.KEY, "my-tasks"));
    copy.setQuery(taskService.createTaskQuery());
    filterService.saveFilter(copy);

    taskFilters.run(null);
    taskFilters.run(null);

    for (String key : ALL_KEYS) {
      assertThat(ourFilters().stream().filter(f -> key.equals(f.getProperties().get(TaskFilters.KEY))))
          .as(key).hasSize(1);
    }
    assertThat(filterService.getFilter(taskFilters.filterId("applications-to-review")).getName()).isEqualTo("待審核帳號");
    assertThat(ourFilters()).extracting(Filter::getName)
        .containsExactlyInAnyOrder("我的待辦", "本校待認領", "待審核帳號", "待通報", "待結案");
  }

  @Test
  void eachFilterIsReadableOnlyByTheGroupsItIsFor() {
    assertThat(keysVisibleTo("teacher1", "homeroom-teacher", "019901")).containsExactlyInAnyOrderElementsOf(STAFF_KEYS);
    assertThat(keysVisibleTo("counselor1", "counselor", "019901")).containsExactlyInAnyOrderElementsOf(STAFF_KEYS);
    assertThat(keysVisibleTo("head1", "supervisor", "019901")).containsExactlyInAnyOrderElementsOf(STAFF_KEYS);
    assertThat(keysVisibleTo("main1", "main-reporter", "019901")).containsExactlyInAnyOrderElementsOf(ALL_KEYS);
  }

  @Test
  void filtersSortByDueDateThenCreationAndShowBusinessColumns() {
    for (String key : ALL_KEYS) {
      Filter filter = filterService.getFilter(taskFilters.filterId(key));
      List<QueryOrderingProperty> ordering = ((TaskQueryImpl) filter.getQuery()).getOrderingProperties();
      assertThat(ordering).extracting(o -> o.getQueryProperty().getName() + " " + o.getDirection().getName())
          .as(key).containsExactly("DUE_DATE_ asc", "CREATE_TIME_ asc");
    }
    assertThat(columns("cases-to-report")).containsExactly("caseNumber=案件編號", "studentName=學生姓名",
        "leaveTypeLabel=離校種類");
    assertThat(columns("applications-to-review")).containsExactly("applicantName=申請人", "applicantRoleLabel=申請身分");
    assertThat(columns("my-tasks")).contains("caseNumber=案件編號", "applicantName=申請人");
  }

  @Test
  void aNewApplicationWaitsForItsSchoolsMainReportersOnlyNamedAfterTheApplicant() {
    String username = Applicants.uniqueName("filt");
    applications.submit(Applicants.teacherOfSchool1(username), "127.0.0.1");

    String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(username)
        .singleResult().getId();
    String review = taskFilters.filterId("applications-to-review");
    String unclaimed = taskFilters.filterId("school-unclaimed");
    authenticate("main1", "main-reporter", "019901");
    List<Task> toReview = tasks(review);
    Task task = toReview.stream().filter(t -> t.getProcessInstanceId().equals(instance)).findFirst().orElseThrow();
    assertThat(task.getName()).isEqualTo("審核帳號申請：周怡君（導師）");
    assertThat(filterService.count(review)).isEqualTo(toReview.size());
    assertThat(tasks(unclaimed)).extracting(Task::getId).contains(task.getId());
    assertThat(task.getDescription()).contains("周怡君");

    authenticate("main2", "main-reporter", "069901");
    assertThat(tasks(review)).extracting(Task::getId).doesNotContain(task.getId());
    authenticate("teacher1", "homeroom-teacher", "019901");
    assertThat(tasks(unclaimed)).extracting(Task::getId).doesNotContain(task.getId());
  }

  private List<Task> tasks(String filterId) {
    return filterService.list(filterId);
  }

  private List<String> columns(String key) {
    @SuppressWarnings("unchecked")
    List<Map<String, String>> variables =
        (List<Map<String, String>>) filterService.getFilter(taskFilters.filterId(key)).getProperties().get("variables");
    return variables.stream().map(v -> v.get("name") + "=" + v.get("label")).toList();
  }

  private List<Filter> ourFilters() {
    return filterService.createTaskFilterQuery().list().stream()
        .filter(f -> f.getProperties() != null && f.getProperties().containsKey(TaskFilters.KEY)).toList();
  }

  private List<String> keysVisibleTo(String user, String group, String school) {
    authenticate(user, group, school);
    try {
      return ourFilters().stream().map(f -> (String) f.getProperties().get(TaskFilters.KEY)).toList();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void authenticate(String user, String group, String school) {
    identityService.setAuthentication(user, List.of(group), List.of(school));
  }
}
