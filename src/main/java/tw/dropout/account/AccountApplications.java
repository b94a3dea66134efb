package tw.dropout.account;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.dropout.mail.MailOutbox;
import tw.dropout.school.NewStaff;
import tw.dropout.school.SchoolDirectory;
import tw.dropout.school.StaffProfile;
import tw.dropout.school.StaffRepository;
import tw.dropout.school.StaffRole;
import tw.dropout.school.StaffStatus;
import tw.dropout.system.SubmissionRefusedException;
import tw.dropout.workflow.TaskLinks;

/**
 * Account applications and the work of the AccountRegistration process: the BPMN's delegates and
 * listeners each call one method here.
 */
@Service
public class AccountApplications {

  public static final String PROCESS_KEY = "AccountRegistration";
  /** The main reporter's review of an application in AccountRegistration.bpmn. */
  public static final String TASK_REVIEW_APPLICATION = "Task_ReviewApplication";
  public static final String MESSAGE_PASSWORD_SET = "Message_PasswordSet";
  public static final int REASON_MAX = 500;

  private final ApplicationRepository applications;
  private final SchoolDirectory directory;
  private final StaffRepository staff;
  private final RuntimeService runtimeService;
  private final AccountMails accountMails;
  private final MailOutbox outbox;
  private final PasswordTokens tokens;
  private final TaskLinks taskLinks;
  private final AccountProperties settings;
  private final MessageSource messages;
  private final Clock clock;

  AccountApplications(ApplicationRepository applications, SchoolDirectory directory, StaffRepository staff,
      RuntimeService runtimeService, AccountMails accountMails, MailOutbox outbox, PasswordTokens tokens,
      TaskLinks taskLinks, AccountProperties settings, MessageSource messages, Clock clock) {
    this.applications = applications;
    this.directory = directory;
    this.staff = staff;
    this.runtimeService = runtimeService;
    this.accountMails = accountMails;
    this.outbox = outbox;
    this.tokens = tokens;
    this.taskLinks = taskLinks;
    this.settings = settings;
    this.messages = messages;
    this.clock = clock;
  }

  /**
   * Stores the application with a pending account (reserving account name and email) and starts the
   * review process in the applicant's school. The form must have passed {@link RegistrationValidator}.
   */
  @Transactional
  public long submit(RegistrationForm form, String remoteAddr) {
    String username = form.getUsername().toLowerCase(Locale.ROOT);
    String email = form.getEmail().toLowerCase(Locale.ROOT);
    StaffRole role = form.role();
    directory.createStaff(new NewStaff(username, form.getName(), form.getTitle(), email, form.getPhone(),
        form.getSchoolCode(), role), null, StaffStatus.PENDING);
    long id = applications.insert(form, username, email, now(), remoteAddr);
    String processInstanceId = runtimeService.startProcessInstanceByKey(PROCESS_KEY, username,
        Variables.createVariables()
            .putValue("applicationId", id)
            .putValue("schoolId", form.getSchoolCode())
            .putValue("applicantName", form.getName())
            .putValue("applicantRoleLabel", role.label()))
        .getId();
    applications.setProcessInstance(id, processInstanceId);
    return id;
  }

  public AccountApplication get(long id) {
    return applications.find(id).orElseThrow(() -> new IllegalArgumentException("no application " + id));
  }

  /** What the review form shows about the application (task-local variables, gone when the task ends). */
  public Map<String, Object> reviewContext(long id) {
    AccountApplication a = get(id);
    Map<String, Object> context = new HashMap<>();
    context.put("schoolName", accountMails.schoolName(a.schoolCode()));
    context.put("applicantTitle", a.title());
    context.put("applicantEmail", a.email());
    context.put("applicantPhone", a.phone());
    context.put("applicantUsername", a.username());
    context.put("submittedAt", AccountMails.format(a.submittedAt()));
    return context;
  }

  /**
   * Records the main reporter's decision from the review form: "approve", or "reject" with a reason.
   * Anything else is refused with a zh-TW message and the task stays open.
   *
   * @return whether the application was approved
   */
  @Transactional
  public boolean review(long id, Object decision, Object reason, String reviewer) {
    AccountApplication a = get(id);
    if (a.status() != AccountApplication.Status.SUBMITTED) {
      throw refused("review.problem.alreadyReviewed");
    }
    String why = reason == null ? "" : reason.toString().strip();
    if ("approve".equals(decision)) {
      applications.review(id, AccountApplication.Status.APPROVED, reviewer, now(), null);
      return true;
    }
    if (!"reject".equals(decision)) {
      throw refused("review.problem.decisionRequired");
    }
    if (why.isEmpty()) {
      throw refused("review.problem.reasonRequired");
    }
    if (why.length() > REASON_MAX) {
      throw refused("review.problem.reasonTooLong");
    }
    applications.review(id, AccountApplication.Status.REJECTED, reviewer, now(), why);
    return false;
  }

  /** The resend form of an expired activation link: "resend" (true) or "withdraw" (false). */
  public boolean resendDecision(Object decision) {
    if ("resend".equals(decision)) {
      return true;
    }
    if ("withdraw".equals(decision)) {
      return false;
    }
    throw refused("resend.problem.decisionRequired");
  }

  /** Approved (or resend chosen): a fresh activation link to the applicant. */
  @Transactional
  public void sendActivation(long id) {
    AccountApplication a = get(id);
    accountMails.sendActivation(pendingAccount(a));
  }

  /** Rejected: the pending account goes (freeing its name and email) and the applicant learns why. */
  @Transactional
  public void reject(long id) {
    AccountApplication a = get(id);
    removeAccount(a);
    Map<String, Object> model = new HashMap<>();
    model.put("name", a.displayName());
    model.put("username", a.username());
    model.put("reason", a.rejectReason());
    model.put("roleLabel", a.role().label());
    model.put("schoolName", accountMails.schoolName(a.schoolCode()));
    model.put("registerLink", accountMails.url("/register"));
    outbox.enqueue(a.email(), "account-rejection", model);
  }

  /** The main reporter gave up on an application whose activation link expired. */
  @Transactional
  public void withdraw(long id) {
    AccountApplication a = get(id);
    removeAccount(a);
    applications.setStatus(id, AccountApplication.Status.WITHDRAWN);
  }

  /** A new application waits: a mail with a link to the task to every active main reporter of the school. */
  @Transactional
  public int notifyReviewers(long id, String taskId) {
    return mailReviewers(get(id), "application-submitted", taskId);
  }

  /** The review is overdue: a reminder with a link to the task to every active main reporter of the school. */
  @Transactional
  public int remindReviewers(long id, String taskId) {
    return mailReviewers(get(id), "application-reminder", taskId);
  }

  private int mailReviewers(AccountApplication a, String template, String taskId) {
    List<StaffProfile> reviewers = staff.findActiveBySchoolAndRole(a.schoolCode(), StaffRole.MAIN_REPORTER);
    for (StaffProfile reviewer : reviewers) {
      Map<String, Object> model = new HashMap<>();
      model.put("reviewerName", reviewer.displayName());
      model.put("applicantName", a.displayName());
      model.put("roleLabel", a.role().label());
      model.put("schoolName", accountMails.schoolName(a.schoolCode()));
      model.put("submittedAt", AccountMails.format(a.submittedAt()));
      model.put("overdueDays", Math.max(1, ChronoUnit.DAYS.between(a.submittedAt(), now())));
      model.put("link", taskLinks.taskUrl(taskId));
      outbox.enqueue(reviewer.email(), template, model);
    }
    return reviewers.size();
  }

  /** The applicant set a password from the activation link: the process ends at EndEvent_AccountActivated. */
  void activated(String username) {
    applications.findApprovedFor(username).ifPresent(a -> {
      applications.setStatus(a.id(), AccountApplication.Status.ACTIVATED);
      if (a.processInstanceId() != null) {
        runtimeService.createMessageCorrelation(MESSAGE_PASSWORD_SET).processInstanceId(a.processInstanceId())
            .correlate();
      }
    });
  }

  private StaffProfile pendingAccount(AccountApplication a) {
    StaffProfile p = staff.findByUsername(a.username())
        .orElseThrow(() -> new IllegalStateException("pending account of application " + a.id() + " is gone"));
    if (p.status() != StaffStatus.PENDING) {
      throw new IllegalStateException("account " + a.username() + " is no longer pending");
    }
    return p;
  }

  private void removeAccount(AccountApplication a) {
    if (staff.findByUsername(a.username()).filter(p -> p.status() == StaffStatus.PENDING).isPresent()) {
      tokens.deleteAll(a.username());
      directory.removePendingStaff(a.username());
    }
  }

  private SubmissionRefusedException refused(String key) {
    return new SubmissionRefusedException(messages.getMessage(key, null, Locale.TAIWAN));
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
