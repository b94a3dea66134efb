package tw.dropout.school;

import java.time.Instant;

/** What we know of a staff member beyond Camunda's user record. username = Camunda user id. */
public record StaffProfile(
    String username,
    String displayName,
    String title,
    String email,
    String phone,
    String schoolCode,
    StaffRole role,
    StaffStatus status,
    int failedLogins,
    Instant lockedUntil) {

  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }
}
