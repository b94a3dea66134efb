package tw.dropout.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.core.annotation.Order;
import org.springframework.transaction.annotation.Transactional;

import tw.dropout.school.StaffRole;
import tw.dropout.system.StartupOrder;

/**
 * Makes sure, at every start, that each role exists as a Camunda group and holds exactly the
 * group-level grants the capabilities declare. Idempotent: missing permissions are added, nothing is
 * duplicated.
 */
@Component
@Order(StartupOrder.ACCESS_POLICY)
public class AccessPolicy implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(AccessPolicy.class);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final List<AccessGrant.AccessGrants> contributions;

  AccessPolicy(IdentityService identityService, AuthorizationService authorizationService,
      List<AccessGrant.AccessGrants> contributions) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.contributions = contributions;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    for (StaffRole role : StaffRole.values()) {
      ensureGroup(role);
    }
    int added = 0;
    for (AccessGrant.AccessGrants contribution : contributions) {
      for (AccessGrant grant : contribution.grants()) {
        added += ensure(grant);
      }
    }
    int narrowed = narrowSelfGrants();
    LOG.info("Access policy applied: {} permission(s) added, {} user self-grant(s) narrowed to READ", added, narrowed);
  }

  /**
   * Users created before {@link GroupLevelAuthorizationProvider#newUser} got ALL on their own user
   * record from the engine's default provider; take everything but READ away. Group grants (the
   * administrators') are untouched.
   */
  private int narrowSelfGrants() {
    int narrowed = 0;
    for (Authorization auth : authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT).resourceType(Resources.USER).hasPermission(Permissions.UPDATE).list()) {
      if (auth.getUserId() != null && auth.getUserId().equals(auth.getResourceId())) {
        auth.setPermissions(new Permission[] {Permissions.READ});
        authorizationService.saveAuthorization(auth);
        narrowed++;
      }
    }
    return narrowed;
  }

  private void ensureGroup(StaffRole role) {
    Group group = identityService.createGroupQuery().groupId(role.groupId()).singleResult();
    if (group == null) {
      group = identityService.newGroup(role.groupId());
      group.setName(role.label());
      group.setType(role.isSchoolRole() ? "WORKFLOW" : "SYSTEM");
      identityService.saveGroup(group);
    }
  }

  private int ensure(AccessGrant grant) {
    Authorization auth = authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(grant.groupId())
        .resourceType(grant.resource())
        .resourceId(grant.resourceId())
        .singleResult();
    if (auth == null) {
      auth = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      auth.setGroupId(grant.groupId());
      auth.setResource(grant.resource());
      auth.setResourceId(grant.resourceId());
    }
    int added = 0;
    for (Permission permission : grant.permissions()) {
      if (!auth.isPermissionGranted(permission)) {
        auth.addPermission(permission);
        added++;
      }
    }
    if (added > 0) {
      authorizationService.saveAuthorization(auth);
    }
    return added;
  }

  /**
   * Convenience for process-specific grants: the usual rights of a group working on one process's
   * tasks. READ_INSTANCE lets Tasklist show the instance's variables (案件編號, 學生姓名 …) as filter
   * columns; the tenant check keeps all of it to the user's own school.
   */
  public static List<AccessGrant> taskWorker(String groupId, String processKey) {
    return List.of(
        AccessGrant.of(groupId, Resources.PROCESS_DEFINITION, processKey, Permissions.READ,
            ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.TASK_WORK,
            ProcessDefinitionPermissions.TASK_ASSIGN, ProcessDefinitionPermissions.READ_HISTORY,
            ProcessDefinitionPermissions.READ_INSTANCE));
  }

  /** Convenience: the group may start instances of the process (Tasklist's "Start process"). */
  public static List<AccessGrant> starter(String groupId, String processKey) {
    return List.of(
        AccessGrant.of(groupId, Resources.PROCESS_DEFINITION, processKey, Permissions.READ,
            ProcessDefinitionPermissions.CREATE_INSTANCE),
        AccessGrant.of(groupId, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE));
  }

}
