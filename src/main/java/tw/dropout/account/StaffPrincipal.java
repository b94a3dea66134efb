package tw.dropout.account;

import java.io.Serializable;

import org.springframework.security.core.AuthenticatedPrincipal;

import tw.dropout.school.StaffProfile;
import tw.dropout.school.StaffRole;

/** The signed-in staff member. getName() is the Camunda user id, which the webapps and REST API trust. */
public record StaffPrincipal(String username, String displayName, String schoolCode, StaffRole role)
    implements AuthenticatedPrincipal, Serializable {

  static StaffPrincipal of(StaffProfile p) {
    return new StaffPrincipal(p.username(), p.displayName(), p.schoolCode(), p.role());
  }

  @Override
  public String getName() {
    return username;
  }

  @Override
  public String toString() {
    return username;
  }
}
