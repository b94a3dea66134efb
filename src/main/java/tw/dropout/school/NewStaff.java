package tw.dropout.school;

/** What it takes to create a staff account. schoolCode is null for ministry officers and administrators. */
public record NewStaff(
    String username,
    String displayName,
    String title,
    String email,
    String phone,
    String schoolCode,
    StaffRole role) {
}
