package tw.dropout.workflow;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tw.dropout.account.AccountApplications;
import tw.dropout.casefile.CaseProcess;
import tw.dropout.school.StaffRole;
import tw.dropout.system.StartupOrder;

/**
 * Tasklist's filters, made sure of at every start: created when missing, brought back to this
 * definition when changed, never duplicated (each carries its key in the property {@value #KEY}). Each is
 * readable only by the groups it is for (one FILTER authorization per filter and group); the tenant
 * check then limits every filter to the user's own school. Columns show the case or applicant; sorted by
 * due date, then creation.
 */
@Component
@Order(StartupOrder.TASK_FILTERS)
public class TaskFilters implements ApplicationRunner {

  /** Filter property holding our key for the filter (Tasklist ignores properties it does not know). */
  static final String KEY = "dropoutFilter";

  private static final Logger LOG = LoggerFactory.getLogger(TaskFilters.class);
  private static final String ACCOUNT_REGISTRATION = AccountApplications.PROCESS_KEY;
  private static final String DROPOUT_CASE = CaseProcess.KEY;
  private static final List<StaffRole> SCHOOL_ROLES =
      List.of(StaffRole.values()).stream().filter(StaffRole::isSchoolRole).toList();
  private static final List<Map<String, String>> CASE_COLUMNS = List.of(
      column(TaskSummaries.CASE_NUMBER, "案件編號"),
      column(TaskSummaries.STUDENT_NAME, "學生姓名"),
      column(CaseProcess.LEAVE_TYPE_LABEL, "離校種類"));
  private static final List<Map<String, String>> APPLICATION_COLUMNS = List.of(
      column(TaskSummaries.APPLICANT_NAME, "申請人"),
      column(TaskSummaries.APPLICANT_ROLE, "申請身分"));

  /** One filter as staff see it in Tasklist. */
  record Definition(String key, String name, String description, int priority, String color,
      Set<StaffRole> readers, Function<TaskQuery, TaskQuery> query, List<Map<String, String>> columns) {
  }

  static final List<Definition> DEFINITIONS = List.of(
      new Definition("my-tasks", "我的待辦", "已由我認領、正在辦理的待辦", 10, "#0b5d7a", Set.copyOf(SCHOOL_ROLES),
          q -> q.taskAssigneeExpression("${currentUser()}"), both()),
      new Definition("school-unclaimed", "本校待認領", "本校交給我或我所屬身分、尚未有人認領的待辦", 20, "#3d8f5a",
          Set.copyOf(SCHOOL_ROLES),
          q -> q.taskCandidateUserExpression("${currentUser()}").taskUnassigned(), both()),
      // Both of the process's tasks: reviewing an application and resending an expired activation link.
      new Definition("applications-to-review", "待審核帳號", "本校教職員的帳號申請，請核准或退回；開通連結逾期時重寄或撤銷",
          30, "#8a6d3b", Set.of(StaffRole.MAIN_REPORTER), q -> q.processDefinitionKey(ACCOUNT_REGISTRATION),
          APPLICATION_COLUMNS),
      new Definition("cases-to-report", "待通報", "已新增追蹤紀錄、等待主要通報人員通報的案件", 40, "#b5562b",
          Set.of(StaffRole.MAIN_REPORTER),
          q -> q.processDefinitionKey(DROPOUT_CASE).taskDefinitionKey(CaseProcess.TASK_REVIEW_REPORT), CASE_COLUMNS),
      new Definition("cases-to-close", "待結案", "已建議結案、等待主要通報人員確認的案件", 50, "#6f42c1",
          Set.of(StaffRole.MAIN_REPORTER),
          q -> q.processDefinitionKey(DROPOUT_CASE).taskDefinitionKey(CaseProcess.TASK_REVIEW_CLOSURE), CASE_COLUMNS));

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;

  TaskFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    for (Definition definition : DEFINITIONS) {
      Filter filter = ensureFilter(definition);
      for (StaffRole role : SCHOOL_ROLES) {
        setReadable(filter.getId(), role.groupId(), definition.readers().contains(role));
      }
    }
    for (StaffRole role : SCHOOL_ROLES) {
      // Filters are granted one by one: no school role may read every filter (an older grant did).
      setReadable(Authorization.ANY, role.groupId(), false);
    }
    LOG.info("Tasklist filters in place: {}", DEFINITIONS.stream().map(Definition::name).toList());
  }

  /** Our filter with the given key, as defined here; duplicates (e.g. from a copy) are removed. */
  private Filter ensureFilter(Definition definition) {
    List<Filter> existing = filterService.createTaskFilterQuery().list().stream()
        .filter(f -> f.getProperties() != null && definition.key().equals(f.getProperties().get(KEY)))
        .toList();
    Filter filter = existing.isEmpty() ? filterService.newTaskFilter() : existing.get(0);
    for (Filter duplicate : existing.subList(Math.min(1, existing.size()), existing.size())) {
      filterService.deleteFilter(duplicate.getId());
    }
    TaskQuery query = definition.query().apply(taskService.createTaskQuery())
        .orderByDueDate().asc()
        .orderByTaskCreateTime().asc();
    filter.setName(definition.name());
    filter.setOwner(null);
    filter.setQuery(query);
    filter.setProperties(properties(definition));
    return filterService.saveFilter(filter);
  }

  private static Map<String, Object> properties(Definition definition) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(KEY, definition.key());
    properties.put("description", definition.description());
    properties.put("priority", definition.priority());
    properties.put("color", definition.color());
    properties.put("refresh", false);
    properties.put("showUndefinedVariable", false);
    properties.put("variables", definition.columns());
    return properties;
  }

  private void setReadable(String filterId, String groupId, boolean readable) {
    Authorization auth = authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(Resources.FILTER)
        .resourceId(filterId)
        .singleResult();
    if (readable && (auth == null || !auth.isPermissionGranted(Permissions.READ))) {
      if (auth == null) {
        auth = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        auth.setGroupId(groupId);
        auth.setResource(Resources.FILTER);
        auth.setResourceId(filterId);
      }
      auth.addPermission(Permissions.READ);
      authorizationService.saveAuthorization(auth);
    } else if (!readable && auth != null && auth.isPermissionGranted(Permissions.READ)) {
      Authorization grant = auth;
      grant.removePermission(Permissions.READ);
      if (Arrays.stream(Permissions.values())
          .noneMatch(p -> p != Permissions.NONE && grant.isPermissionGranted(p))) {
        authorizationService.deleteAuthorization(grant.getId());
      } else {
        authorizationService.saveAuthorization(grant);
      }
    }
  }

  private static List<Map<String, String>> both() {
    List<Map<String, String>> columns = new ArrayList<>(CASE_COLUMNS);
    columns.add(APPLICATION_COLUMNS.get(0));
    return List.copyOf(columns);
  }

  private static Map<String, String> column(String variable, String label) {
    return Map.of("name", variable, "label", Objects.requireNonNull(label));
  }

  /** Our filter's id for a key, for tests and links. */
  public String filterId(String key) {
    return filterService.createTaskFilterQuery().list().stream()
        .filter(f -> f.getProperties() != null && key.equals(f.getProperties().get(KEY)))
        .map(Filter::getId).findFirst().orElseThrow();
  }
}
