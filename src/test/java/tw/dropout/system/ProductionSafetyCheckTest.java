package tw.dropout.system;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ProductionSafetyCheckTest {

  private static DropoutProperties properties(String fixedAnswer, boolean demoData) {
    return new DropoutProperties("系統", "https://dropout.example.org", "電話",
        new DropoutProperties.Captcha(fixedAnswer, Duration.ofMinutes(5)),
        new DropoutProperties.Login(5, Duration.ofMinutes(15)), demoData);
  }

  private static MockEnvironment profiles(String... profiles) {
    MockEnvironment env = new MockEnvironment();
    env.setActiveProfiles(profiles);
    return env;
  }

  @Test
  void prodRefusesAFixedCaptchaAnswer() {
    assertThatThrownBy(() -> ProductionSafetyCheck.check(profiles("prod", "postgres"), properties("abcde", false)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("fixed-answer");
  }

  @Test
  void prodRefusesDemoData() {
    assertThatThrownBy(() -> ProductionSafetyCheck.check(profiles("prod"), properties("", true)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("demo-data");
  }

  @Test
  void prodStartsWithoutEither() {
    assertThatCode(() -> ProductionSafetyCheck.check(profiles("prod"), properties("", false))).doesNotThrowAnyException();
  }

  @Test
  void demoAndTestMayFixTheCaptcha() {
    assertThatCode(() -> ProductionSafetyCheck.check(profiles("demo"), properties("abcde", true)))
        .doesNotThrowAnyException();
  }
}
