package tw.dropout.system;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Refuses to start the prod profile with anything meant only for tests and demos. A misconfigured
 * production server should fail loudly at start, not run with a known captcha answer.
 */
@Component
public class ProductionSafetyCheck {

  public ProductionSafetyCheck(Environment environment, DropoutProperties properties) {
    check(environment, properties);
  }

  public static void check(Environment environment, DropoutProperties properties) {
    if (!environment.acceptsProfiles(Profiles.of("prod"))) {
      return;
    }
    if (properties.captcha().hasFixedAnswer()) {
      throw new IllegalStateException(
          "dropout.captcha.fixed-answer is set, but the prod profile never accepts a fixed captcha answer. Remove it.");
    }
    if (properties.demoData()) {
      throw new IllegalStateException("dropout.demo-data=true is not allowed with the prod profile.");
    }
  }
}
