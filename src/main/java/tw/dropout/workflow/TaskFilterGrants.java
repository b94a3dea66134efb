package tw.dropout.workflow;

import java.util.List;

import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

import tw.dropout.account.AccountApplications;
import tw.dropout.casefile.CaseProcess;
import tw.dropout.school.StaffRole;
import tw.dropout.security.AccessGrant;

/**
 * Tasklist's filter columns (案件編號, 學生姓名, 離校種類, 申請人) are process variables, which the engine shows
 * only to users who may read the process instances. The groups working on a process's tasks may already
 * read those tasks and their variables (READ_TASK); this lets the list show the same values. The tenant
 * check keeps it to the user's own school.
 */
@Component
class TaskFilterGrants implements AccessGrant.AccessGrants {

  @Override
  public List<AccessGrant> grants() {
    return List.of(
        readInstances(StaffRole.MAIN_REPORTER, AccountApplications.PROCESS_KEY),
        readInstances(StaffRole.MAIN_REPORTER, CaseProcess.KEY),
        readInstances(StaffRole.HOMEROOM_TEACHER, CaseProcess.KEY),
        readInstances(StaffRole.COUNSELOR, CaseProcess.KEY));
  }

  private static AccessGrant readInstances(StaffRole role, String processKey) {
    return AccessGrant.of(role.groupId(), Resources.PROCESS_DEFINITION, processKey,
        ProcessDefinitionPermissions.READ_INSTANCE);
  }
}
