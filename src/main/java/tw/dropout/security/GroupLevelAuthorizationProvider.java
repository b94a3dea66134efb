package tw.dropout.security;

import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;

/**
 * Stops the engine from writing one authorization row per task assignee, owner and candidate.
 *
 * <p>Access to tasks is granted per group on the process definition (see {@link AccessPolicy}) and
 * limited to the user's school by the tenant check. Per-task rows would add up to hundreds of
 * thousands of rows at national scale, the known cause of slow Tasklist queries.
 */
class GroupLevelAuthorizationProvider extends DefaultAuthorizationProvider {

  /**
   * A user may read their own record, nothing more. The engine's default (ALL) would let anyone change
   * their password or profile, or delete themselves, through the REST API, past our password policy
   * and staff profile. Accounts are changed through our pages only.
   */
  @Override
  public AuthorizationEntity[] newUser(User user) {
    return new AuthorizationEntity[] {createGrantAuthorization(user.getId(), null, Resources.USER, user.getId(),
        Permissions.READ)};
  }

  @Override
  public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
    return null;
  }

  @Override
  public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
    return null;
  }

  @Override
  public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
    return null;
  }

  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
    return null;
  }
}
