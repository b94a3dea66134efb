package tw.dropout.casefile;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import tw.dropout.security.AccessGrant;
import tw.dropout.security.AccessPolicy;
import tw.dropout.school.StaffRole;

/**
 * Camunda rights on the case process, per group (never per case or task): teachers, counselors and
 * main reporters work on its tasks, teachers and main reporters may start it (新增填報). The tenant check
 * keeps each of them inside their school; which case a teacher may touch our listeners check.
 * Supervisors (一級主管) read cases on /cases only; the ministry reads everything through its base grants.
 */
@Component
class CaseAccessGrants implements AccessGrant.AccessGrants {

  @Override
  public List<AccessGrant> grants() {
    List<AccessGrant> grants = new ArrayList<>();
    for (StaffRole role : List.of(StaffRole.HOMEROOM_TEACHER, StaffRole.COUNSELOR, StaffRole.MAIN_REPORTER)) {
      grants.addAll(AccessPolicy.taskWorker(role.groupId(), CaseProcess.KEY));
    }
    for (StaffRole role : List.of(StaffRole.HOMEROOM_TEACHER, StaffRole.MAIN_REPORTER)) {
      grants.addAll(AccessPolicy.starter(role.groupId(), CaseProcess.KEY));
    }
    return grants;
  }
}
