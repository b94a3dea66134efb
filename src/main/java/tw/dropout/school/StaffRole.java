package tw.dropout.school;

import java.util.Arrays;
import java.util.Optional;

/**
 * A role is a Camunda group. School roles belong to one school (tenant); ministry officers and
 * administrators belong to none.
 */
public enum StaffRole {
  HOMEROOM_TEACHER("homeroom-teacher", "導師", true),
  COUNSELOR("counselor", "輔導人員", true),
  SUPERVISOR("supervisor", "一級主管", true),
  MAIN_REPORTER("main-reporter", "主要通報人員", true),
  MINISTRY("ministry", "國教署承辦人", false),
  ADMIN("camunda-admin", "系統管理者", false);

  private final String groupId;
  private final String label;
  private final boolean schoolRole;

  StaffRole(String groupId, String label, boolean schoolRole) {
    this.groupId = groupId;
    this.label = label;
    this.schoolRole = schoolRole;
  }

  public String groupId() {
    return groupId;
  }

  public String label() {
    return label;
  }

  public boolean isSchoolRole() {
    return schoolRole;
  }

  /** Spring Security authority name, e.g. ROLE_MAIN_REPORTER. */
  public String authority() {
    return "ROLE_" + name();
  }

  public static Optional<StaffRole> ofGroupId(String groupId) {
    return Arrays.stream(values()).filter(r -> r.groupId.equals(groupId)).findFirst();
  }
}
