package tw.dropout.account;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Rules for a new password: 10 to 128 characters, at least one letter and one digit, not the account
 * name (nor containing it), not on the list of commonly used passwords. Returns the message key of the
 * first rule broken.
 */
@Component
public class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;

  private final Set<String> common;

  PasswordPolicy() {
    try (InputStream in = new ClassPathResource("account/common-passwords.txt").getInputStream()) {
      common = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new IllegalStateException("account/common-passwords.txt missing", e);
    }
  }

  public Optional<String> problem(String username, String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      return Optional.of("password.problem.tooShort");
    }
    if (password.length() > MAX_LENGTH) {
      return Optional.of("password.problem.tooLong");
    }
    if (!password.codePoints().anyMatch(Character::isLetter) || !password.codePoints().anyMatch(Character::isDigit)) {
      return Optional.of("password.problem.lettersAndDigits");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
      return Optional.of("password.problem.containsUsername");
    }
    if (common.contains(lower)) {
      return Optional.of("password.problem.common");
    }
    return Optional.empty();
  }
}
