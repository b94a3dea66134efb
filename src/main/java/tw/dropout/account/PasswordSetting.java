package tw.dropout.account;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.dropout.school.SchoolDirectory;
import tw.dropout.school.StaffProfile;
import tw.dropout.school.StaffRepository;
import tw.dropout.school.StaffStatus;

/**
 * Setting a password from an emailed link. Activation links work only while the account waits for its
 * first password; reset links only for active accounts. Using a link activates the account (and ends
 * its registration process) or replaces the password and lifts a login lock.
 */
@Service
public class PasswordSetting {

  private final PasswordTokens tokens;
  private final StaffRepository staff;
  private final SchoolDirectory directory;
  private final AccountApplications applications;
  private final Clock clock;

  PasswordSetting(PasswordTokens tokens, StaffRepository staff, SchoolDirectory directory,
      AccountApplications applications, Clock clock) {
    this.tokens = tokens;
    this.staff = staff;
    this.directory = directory;
    this.applications = applications;
    this.clock = clock;
  }

  /** The token's state, treating a link whose account is no longer in the right state as unknown. */
  public PasswordTokens.Check check(String token) {
    PasswordTokens.Check check = tokens.check(token);
    if (check.state() != PasswordTokens.State.VALID) {
      return check;
    }
    StaffStatus wanted = check.purpose() == PasswordTokens.Purpose.ACTIVATION ? StaffStatus.PENDING : StaffStatus.ACTIVE;
    boolean fits = staff.findByUsername(check.username()).map(StaffProfile::status).filter(wanted::equals).isPresent();
    return fits ? check : new PasswordTokens.Check(PasswordTokens.State.USED, check.id(), check.username(),
        check.purpose(), check.expiresAt());
  }

  /**
   * Uses the link and sets the password (already checked against {@link PasswordPolicy}).
   *
   * @return the link's state before use: VALID when the password was set
   */
  @Transactional
  public PasswordTokens.Check use(String token, String password) {
    PasswordTokens.Check check = check(token);
    if (check.state() != PasswordTokens.State.VALID || !tokens.use(check.id())) {
      return check.state() == PasswordTokens.State.VALID
          ? new PasswordTokens.Check(PasswordTokens.State.USED, check.id(), check.username(), check.purpose(),
              check.expiresAt())
          : check;
    }
    directory.setPassword(check.username(), password);
    staff.clearFailedLogins(check.username());
    if (check.purpose() == PasswordTokens.Purpose.ACTIVATION) {
      staff.updateStatus(check.username(), StaffStatus.ACTIVE, clock.instant());
      applications.activated(check.username());
    } else {
      tokens.retire(check.username(), PasswordTokens.Purpose.RESET);
    }
    return check;
  }
}
