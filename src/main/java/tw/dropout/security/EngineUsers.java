package tw.dropout.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;

/** Engine calls made in a staff member's name, outside a web request (demo data, tests). */
public final class EngineUsers {

  private EngineUsers() {
  }

  /**
   * Runs {@code action} with the engine authenticated as {@code username}, with the user's groups and
   * schools (tenants), so authorization and tenant checks apply as they do in Tasklist.
   */
  public static void runAs(IdentityService identity, String username, Runnable action) {
    List<String> groups = identity.createGroupQuery().groupMember(username).list().stream().map(Group::getId).toList();
    List<String> tenants = identity.createTenantQuery().userMember(username).includingGroupsOfUser(true).list()
        .stream().map(Tenant::getId).toList();
    identity.setAuthentication(username, groups, tenants);
    try {
      action.run();
    } finally {
      identity.clearAuthentication();
    }
  }
}
