package tw.dropout.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

import tw.dropout.school.StaffRole;

/**
 * What each role may do regardless of process: school roles open Tasklist (each Tasklist filter is
 * granted to the groups it is for by tw.dropout.workflow.TaskFilters); the
 * ministry reads everything in Cockpit (all schools, through its tenant memberships) but changes
 * nothing; administrators may do everything, Admin included.
 */
@Component
class BaseAccessGrants implements AccessGrant.AccessGrants {

  @Override
  public List<AccessGrant> grants() {
    List<AccessGrant> grants = new ArrayList<>();
    for (StaffRole role : StaffRole.values()) {
      if (role.isSchoolRole()) {
        grants.add(AccessGrant.of(role.groupId(), Resources.APPLICATION, "tasklist", Permissions.ACCESS));
      }
    }
    String ministry = StaffRole.MINISTRY.groupId();
    grants.add(AccessGrant.of(ministry, Resources.APPLICATION, "cockpit", Permissions.ACCESS));
    grants.add(AccessGrant.of(ministry, Resources.PROCESS_DEFINITION, "*", Permissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
        ProcessDefinitionPermissions.READ_HISTORY));
    grants.add(AccessGrant.of(ministry, Resources.PROCESS_INSTANCE, "*", Permissions.READ));
    grants.add(AccessGrant.of(ministry, Resources.TASK, "*", Permissions.READ));
    grants.add(AccessGrant.of(ministry, Resources.DECISION_DEFINITION, "*", Permissions.READ,
        Permissions.READ_HISTORY));
    grants.add(AccessGrant.of(ministry, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ));
    grants.add(AccessGrant.of(ministry, Resources.DEPLOYMENT, "*", Permissions.READ));
    for (Resources resource : Resources.values()) {
      grants.add(AccessGrant.of(StaffRole.ADMIN.groupId(), resource, "*", Permissions.ALL));
    }
    return grants;
  }
}
