package tw.dropout.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.dropout.mail.MailOutbox;
import tw.dropout.school.StaffProfile;
import tw.dropout.school.StaffRepository;
import tw.dropout.school.StaffRole;
import tw.dropout.school.StaffStatus;
import tw.dropout.workflow.TaskLinks;

/**
 * Keeps tracking going: the record task is due a set number of days (30 by default,
 * dropout.casefile.tracking-reminder-days) after the last record, and when that passes without a new
 * one the filer and the school's counselors get a reminder by mail, again every period.
 */
@Service
public class TrackingReminders {

  static final String TEMPLATE = "tracking-reminder";

  private final CaseRepository cases;
  private final StaffRepository staff;
  private final MailOutbox outbox;
  private final TaskService taskService;
  private final TaskLinks taskLinks;
  private final Clock clock;
  private final int days;

  TrackingReminders(CaseRepository cases, StaffRepository staff, MailOutbox outbox, TaskService taskService,
      TaskLinks taskLinks, Clock clock, @Value("${dropout.casefile.tracking-reminder-days:30}") int days) {
    this.cases = cases;
    this.staff = staff;
    this.outbox = outbox;
    this.taskService = taskService;
    this.taskLinks = taskLinks;
    this.clock = clock;
    this.days = days;
  }

  /** Counting from the last record, or from the submission of the case data while there is none. */
  public Instant due(long caseId) {
    DropoutCase c = cases.get(caseId);
    LocalDate base = c.lastTrackedOn() != null ? c.lastTrackedOn()
        : c.caseDataSubmittedAt() != null ? LocalDate.ofInstant(c.caseDataSubmittedAt(), clock.getZone())
        : LocalDate.now(clock);
    return base.plusDays(days).atStartOfDay(clock.getZone()).toInstant();
  }

  /** ISO 8601 repetition for the reminder timer: at the due date, then every period (already overdue: from now). */
  public String cycle(long caseId) {
    Instant start = due(caseId);
    Instant soon = clock.instant().plusSeconds(60);
    if (start.isBefore(soon)) {
      start = soon;
    }
    return "R/" + OffsetDateTime.ofInstant(start, clock.getZone()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
        + "/P" + days + "D";
  }

  @Transactional
  public void send(long caseId, String processInstanceId) {
    DropoutCase c = cases.get(caseId);
    if (!c.isOpen()) {
      return;
    }
    Task recordTask = taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(CaseProcess.TASK_ADD_TRACKING_RECORD).singleResult();
    String link = recordTask == null ? null : taskLinks.taskUrl(recordTask.getId());
    List<StaffProfile> recipients = new ArrayList<>();
    staff.findByUsername(c.filedBy()).ifPresent(recipients::add);
    recipients.addAll(staff.findBySchoolAndRole(c.schoolCode(), StaffRole.COUNSELOR));
    for (StaffProfile to : recipients.stream().distinct().filter(p -> p.status() == StaffStatus.ACTIVE).toList()) {
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("recipientName", to.displayName());
      model.put("caseNumber", c.caseNumber());
      model.put("studentName", CaseViews.maskName(c.studentName()));
      model.put("days", days);
      model.put("lastTrackedOn", c.lastTrackedOn() == null ? "（尚無紀錄）" : c.lastTrackedOn().toString());
      model.put("link", link);
      outbox.enqueue(to.email(), TEMPLATE, model);
    }
    cases.audit(caseId, null, "REMINDER_SENT", String.valueOf(recipients.size()), clock.instant());
  }
}
