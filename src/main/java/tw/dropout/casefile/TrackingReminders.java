package tw.dropout.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
 *
 * <p>Reminders come from a daily scan of the case table ({@link #remindOverdue()}), not from a timer
 * job per case: at national scale that would be tens of thousands of jobs re-created with every
 * record. A conditional update claims each reminder, so two servers never send the same one twice.
 */
@Service
public class TrackingReminders {

  static final String TEMPLATE = "tracking-reminder";
  private static final int BATCH = 200;

  private final CaseRepository cases;
  private final StaffRepository staff;
  private final MailOutbox outbox;
  private final TaskService taskService;
  private final TaskLinks taskLinks;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final int days;

  TrackingReminders(CaseRepository cases, StaffRepository staff, MailOutbox outbox, TaskService taskService,
      TaskLinks taskLinks, PlatformTransactionManager transactionManager, Clock clock,
      @Value("${dropout.casefile.tracking-reminder-days:30}") int days) {
    this.cases = cases;
    this.staff = staff;
    this.outbox = outbox;
    this.taskService = taskService;
    this.taskLinks = taskLinks;
    this.transactions = new TransactionTemplate(transactionManager);
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

  /** The tracking period in days (dropout.casefile.tracking-reminder-days). */
  public int days() {
    return days;
  }

  /**
   * An open case whose last record (or, without one, case data) is on or before this day is overdue today:
   * its record task's due date has come. The one cutoff for reminders, /cases and statistics; the latter
   * two count only cases that have a record (see {@link CaseSearch.Row#trackingOverdue}).
   */
  public LocalDate overdueCutoff() {
    return LocalDate.now(clock).minusDays(days);
  }

  /**
   * Reminds every open case whose tracking is overdue today and that has not been reminded within the
   * period; each case in its own transaction.
   *
   * @return how many cases were reminded
   */
  public int remindOverdue() {
    LocalDate cutoff = overdueCutoff();
    int reminded = 0;
    List<Long> batch;
    do {
      batch = cases.overdueForReminder(cutoff, BATCH);
      for (long caseId : batch) {
        Boolean sent = transactions.execute(status -> remind(caseId, cutoff));
        if (Boolean.TRUE.equals(sent)) {
          reminded++;
        }
      }
    } while (batch.size() == BATCH);
    return reminded;
  }

  private boolean remind(long caseId, LocalDate cutoff) {
    if (!cases.claimReminder(caseId, cutoff, LocalDate.now(clock))) {
      return false; // another server took it
    }
    DropoutCase c = cases.get(caseId);
    Task recordTask = c.processInstanceId() == null ? null : taskService.createTaskQuery()
        .processInstanceId(c.processInstanceId()).taskDefinitionKey(CaseProcess.TASK_ADD_TRACKING_RECORD).singleResult();
    String link = recordTask == null ? null : taskLinks.taskUrl(recordTask.getId());
    List<StaffProfile> recipients = new ArrayList<>();
    staff.findByUsername(c.filedBy()).ifPresent(recipients::add);
    recipients.addAll(staff.findActiveBySchoolAndRole(c.schoolCode(), StaffRole.COUNSELOR));
    List<StaffProfile> active = recipients.stream().distinct().filter(p -> p.status() == StaffStatus.ACTIVE).toList();
    for (StaffProfile to : active) {
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("recipientName", to.displayName());
      model.put("caseNumber", c.caseNumber());
      model.put("studentName", CaseViews.maskName(c.studentName()));
      model.put("days", days);
      model.put("lastTrackedOn", c.lastTrackedOn() == null ? "（尚無紀錄）" : c.lastTrackedOn().toString());
      model.put("link", link);
      outbox.enqueue(to.email(), TEMPLATE, model);
    }
    cases.audit(caseId, null, "REMINDER_SENT", String.valueOf(active.size()), clock.instant());
    return true;
  }
}
