package tw.dropout.system;

import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import tw.dropout.school.NewStaff;
import tw.dropout.school.SchoolDirectory;
import tw.dropout.school.StaffRole;
import tw.dropout.school.StaffStatus;

/**
 * prod only: on the first start (no administrator yet) creates one from DROPOUT_ADMIN_USERNAME,
 * DROPOUT_ADMIN_PASSWORD, DROPOUT_ADMIN_EMAIL and DROPOUT_ADMIN_NAME; refuses to start without them.
 */
@Component
@Profile("prod")
@Order(StartupOrder.FIRST_ADMIN)
class FirstAdministrator implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

  private final IdentityService identityService;
  private final SchoolDirectory directory;
  private final Environment env;

  FirstAdministrator(IdentityService identityService, SchoolDirectory directory, Environment env) {
    this.identityService = identityService;
    this.directory = directory;
    this.env = env;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (identityService.createUserQuery().memberOfGroup(StaffRole.ADMIN.groupId()).count() > 0) {
      return;
    }
    String username = required("DROPOUT_ADMIN_USERNAME");
    String password = required("DROPOUT_ADMIN_PASSWORD");
    String email = required("DROPOUT_ADMIN_EMAIL");
    if (password.length() < 12) {
      throw new IllegalStateException("DROPOUT_ADMIN_PASSWORD must have at least 12 characters.");
    }
    String name = env.getProperty("DROPOUT_ADMIN_NAME", "系統管理者");
    directory.createStaff(new NewStaff(username.toLowerCase(), name, "系統管理者", email, null, null, StaffRole.ADMIN),
        password, StaffStatus.ACTIVE);
    LOG.info("First administrator '{}' created from the environment.", username);
  }

  private String required(String name) {
    String value = env.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("No administrator exists yet: set " + name
          + " (with DROPOUT_ADMIN_USERNAME, DROPOUT_ADMIN_PASSWORD, DROPOUT_ADMIN_EMAIL) for the first start.");
    }
    return value.strip();
  }
}
