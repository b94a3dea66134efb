package tw.dropout.casefile;

import tw.dropout.account.StaffPrincipal;
import tw.dropout.school.StaffProfile;
import tw.dropout.school.StaffRole;

/**
 * A person acting on cases, with the rules of SPEC §1: teachers see and work on the cases they filed,
 * counselors, supervisors and main reporters see all cases of their school, only main reporters report
 * and close, the ministry and administrators read every school, other schools never see anything.
 */
public record Actor(String username, String displayName, String schoolCode, StaffRole role) {

  static Actor of(StaffProfile p) {
    return new Actor(p.username(), p.displayName(), p.schoolCode(), p.role());
  }

  static Actor of(StaffPrincipal p) {
    return new Actor(p.username(), p.displayName(), p.schoolCode(), p.role());
  }

  public boolean readsEverySchool() {
    return role == StaffRole.MINISTRY || role == StaffRole.ADMIN;
  }

  public boolean mayFile() {
    return schoolCode != null && (role == StaffRole.HOMEROOM_TEACHER || role == StaffRole.MAIN_REPORTER);
  }

  boolean mayView(DropoutCase c) {
    if (readsEverySchool()) {
      return true;
    }
    if (!c.schoolCode().equals(schoolCode)) {
      return false;
    }
    return role != StaffRole.HOMEROOM_TEACHER || c.filedBy().equals(username);
  }

  /** 基本資料 and 案件資料: the filer, or a main reporter of the school standing in. */
  boolean mayEditFilerData(DropoutCase c) {
    return c.schoolCode().equals(schoolCode) && (c.filedBy().equals(username) || role == StaffRole.MAIN_REPORTER);
  }

  /** 追蹤紀錄: the filer, the school's counselors and main reporters. */
  public boolean mayAddRecord(DropoutCase c) {
    return c.schoolCode().equals(schoolCode)
        && (c.filedBy().equals(username) || role == StaffRole.COUNSELOR || role == StaffRole.MAIN_REPORTER);
  }

  /** 通報 and 結案. */
  boolean mayReview(DropoutCase c) {
    return c.schoolCode().equals(schoolCode) && role == StaffRole.MAIN_REPORTER;
  }

  public boolean isMainReporter() {
    return role == StaffRole.MAIN_REPORTER;
  }
}
