package tw.dropout.account;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import tw.dropout.school.NewStaff;
import tw.dropout.school.SchoolDirectory;
import tw.dropout.school.StaffProfile;
import tw.dropout.school.StaffRepository;
import tw.dropout.school.StaffRole;
import tw.dropout.school.StaffStatus;

/** What an administrator does to accounts: create main reporters, disable and enable, unlock, resend activation. */
@Service
public class AccountAdministration {

  private final SchoolDirectory directory;
  private final StaffRepository staff;
  private final AccountMails mails;
  private final ApplicationRepository applications;
  private final SignedInSessions sessions;
  private final Clock clock;

  AccountAdministration(SchoolDirectory directory, StaffRepository staff, AccountMails mails,
      ApplicationRepository applications, SignedInSessions sessions, Clock clock) {
    this.directory = directory;
    this.staff = staff;
    this.mails = mails;
    this.applications = applications;
    this.sessions = sessions;
    this.clock = clock;
  }

  /** Accounts of one school (or all when schoolCode is empty), by school, role and name. */
  public List<StaffProfile> list(String schoolCode, String query) {
    String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    return staff.findAll().stream()
        .filter(p -> schoolCode == null || schoolCode.isEmpty() || schoolCode.equals(p.schoolCode()))
        .filter(p -> q.isEmpty() || p.username().contains(q) || p.displayName().toLowerCase(Locale.ROOT).contains(q)
            || p.email().contains(q))
        .sorted(Comparator.comparing((StaffProfile p) -> p.schoolCode() == null ? "" : p.schoolCode())
            .thenComparing(p -> p.role().ordinal()).thenComparing(StaffProfile::username))
        .limit(500)
        .toList();
  }

  /** A new main reporter: pending until they set a password from the activation mail. */
  @Transactional
  public StaffProfile createMainReporter(String schoolCode, String name, String title, String email, String phone,
      String username) {
    StaffProfile p = directory.createStaff(new NewStaff(username.toLowerCase(Locale.ROOT), name, title,
        email.toLowerCase(Locale.ROOT), phone, schoolCode, StaffRole.MAIN_REPORTER), null, StaffStatus.PENDING);
    mails.sendActivation(p);
    return p;
  }

  /** Only active accounts can be disabled; their sessions end once the change is committed. */
  @Transactional
  public boolean disable(String username) {
    StaffProfile p = staff.findByUsername(username).orElseThrow();
    if (p.status() != StaffStatus.ACTIVE) {
      return false;
    }
    staff.updateStatus(username, StaffStatus.DISABLED, clock.instant());
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        sessions.endAll(username);
      }
    });
    return true;
  }

  @Transactional
  public boolean enable(String username) {
    StaffProfile p = staff.findByUsername(username).orElseThrow();
    if (p.status() != StaffStatus.DISABLED) {
      return false;
    }
    staff.updateStatus(username, StaffStatus.ACTIVE, clock.instant());
    return true;
  }

  public void unlock(String username) {
    staff.clearFailedLogins(username);
  }

  /**
   * A new activation link for a pending account an administrator created. Applicants' links are
   * resent through their registration process (Task_ResendActivation) instead.
   */
  @Transactional
  public boolean resendActivation(String username) {
    StaffProfile p = staff.findByUsername(username).orElseThrow();
    if (!canResend(p)) {
      return false;
    }
    mails.sendActivation(p);
    return true;
  }

  public boolean canResend(StaffProfile p) {
    return p.status() == StaffStatus.PENDING && !applications.hasOpenApplication(p.username());
  }
}
