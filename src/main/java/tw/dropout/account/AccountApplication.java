package tw.dropout.account;

import java.time.Instant;

import tw.dropout.school.StaffRole;

/** One application from the register page. username and email are those of the pending staff profile. */
public record AccountApplication(
    long id,
    String schoolCode,
    StaffRole role,
    String displayName,
    String title,
    String email,
    String phone,
    String username,
    Status status,
    Instant submittedAt,
    String processInstanceId,
    String reviewedBy,
    Instant reviewedAt,
    String rejectReason) {

  public enum Status { SUBMITTED, APPROVED, ACTIVATED, REJECTED, WITHDRAWN }
}
