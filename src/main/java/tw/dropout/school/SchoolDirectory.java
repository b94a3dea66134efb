package tw.dropout.school;

import java.time.Clock;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps schools and staff in step between our tables and Camunda's identity service: a school is a
 * tenant, a role is a group, a staff member is a user with one group and (for school roles) one tenant.
 */
@Service
public class SchoolDirectory {

  private final IdentityService identityService;
  private final SchoolRepository schools;
  private final StaffRepository staff;
  private final Clock clock;

  SchoolDirectory(IdentityService identityService, SchoolRepository schools, StaffRepository staff, Clock clock) {
    this.identityService = identityService;
    this.schools = schools;
    this.staff = staff;
    this.clock = clock;
  }

  @Transactional
  public School createSchool(School school) {
    schools.insert(school);
    Tenant tenant = identityService.newTenant(school.code());
    tenant.setName(school.name());
    identityService.saveTenant(tenant);
    // Ministry officers read every school: membership through their group, not one row per officer.
    identityService.createTenantGroupMembership(school.code(), StaffRole.MINISTRY.groupId());
    return school;
  }

  /**
   * Creates the Camunda user and the staff profile in one transaction. Without a password the
   * account cannot log in until one is set (status PENDING).
   */
  @Transactional
  public StaffProfile createStaff(NewStaff s, String password, StaffStatus status) {
    if (s.role().isSchoolRole() == (s.schoolCode() == null)) {
      throw new IllegalArgumentException("school roles need a school, other roles none: " + s);
    }
    User user = identityService.newUser(s.username());
    user.setFirstName(s.displayName());
    user.setLastName("");
    user.setEmail(s.email().toLowerCase());
    if (password != null) {
      user.setPassword(password);
    }
    identityService.saveUser(user);
    identityService.createMembership(s.username(), s.role().groupId());
    if (s.schoolCode() != null) {
      identityService.createTenantUserMembership(s.schoolCode(), s.username());
    }
    StaffProfile profile = new StaffProfile(s.username(), s.displayName(), s.title(), s.email().toLowerCase(),
        s.phone(), s.schoolCode(), s.role(), status, 0, null);
    staff.insert(profile, clock.instant());
    return profile;
  }

  @Transactional
  public void setPassword(String username, String password) {
    User user = identityService.createUserQuery().userId(username).singleResult();
    if (user == null) {
      throw new IllegalArgumentException("no such user: " + username);
    }
    user.setPassword(password);
    identityService.saveUser(user);
  }

  /**
   * Removes an account that never became active (a rejected or withdrawn application), so its account
   * name and email can be used again. Refuses accounts that were ever active.
   */
  @Transactional
  public void removePendingStaff(String username) {
    StaffProfile profile = staff.findByUsername(username)
        .orElseThrow(() -> new IllegalArgumentException("no such user: " + username));
    if (profile.status() != StaffStatus.PENDING) {
      throw new IllegalStateException("only pending accounts can be removed: " + username);
    }
    staff.delete(username);
    identityService.deleteUser(username);
  }

  public Optional<StaffProfile> find(String username) {
    return staff.findByUsername(username);
  }

  public boolean schoolExists(String code) {
    return schools.findByCode(code).isPresent();
  }
}
