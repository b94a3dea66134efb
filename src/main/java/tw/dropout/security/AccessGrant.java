package tw.dropout.security;

import java.util.List;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * One group-level permission: {@code groupId} may do {@code permissions} on {@code resource}
 * {@code resourceId} ("*" for all). The tenant check then limits school groups to their own school.
 * Each capability contributes its grants as a bean of type {@link AccessGrants}.
 */
public record AccessGrant(String groupId, Resource resource, String resourceId, List<Permission> permissions) {

  public static AccessGrant of(String groupId, Resource resource, String resourceId, Permission... permissions) {
    return new AccessGrant(groupId, resource, resourceId, List.of(permissions));
  }

  /** A bean listing the grants one capability needs. */
  public interface AccessGrants {
    List<AccessGrant> grants();
  }
}
