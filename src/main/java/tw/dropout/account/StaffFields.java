package tw.dropout.account;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import tw.dropout.school.StaffRepository;

/**
 * Checks of the personal fields shared by the register page and the administrator's account form.
 * Each returns the message key (i18n/account.properties) of the first problem.
 */
@Component
public class StaffFields {

  public static final int NAME_MAX = 50;
  public static final int TITLE_MAX = 50;
  public static final int EMAIL_MAX = 254;
  public static final int PHONE_MAX = 30;
  public static final int USERNAME_MIN = 4;
  public static final int USERNAME_MAX = 32;

  private static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$");
  /** 02-2345-6789, 0912-345-678, (049)2910960, +886-2-2345-6789, with an optional extension: #123, 轉123, 分機123. */
  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9()\\- ]{7,20}((#|轉|分機|ext\\.?)\\s?[0-9]{1,6})?$");
  private static final Pattern USERNAME = Pattern.compile("^[a-z][a-z0-9._-]*$");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}<>]");

  private final StaffRepository staff;
  private final org.camunda.bpm.engine.IdentityService identityService;

  StaffFields(StaffRepository staff, org.camunda.bpm.engine.IdentityService identityService) {
    this.staff = staff;
    this.identityService = identityService;
  }

  public Optional<String> name(String value) {
    return text(value, NAME_MAX, "name");
  }

  public Optional<String> title(String value) {
    return text(value, TITLE_MAX, "title");
  }

  private static Optional<String> text(String value, int max, String field) {
    if (value == null || value.isBlank()) {
      return Optional.of("field." + field + ".required");
    }
    if (value.length() > max) {
      return Optional.of("field." + field + ".tooLong");
    }
    if (CONTROL.matcher(value).find()) {
      return Optional.of("field." + field + ".invalid");
    }
    return Optional.empty();
  }

  public Optional<String> email(String value) {
    if (value == null || value.isBlank()) {
      return Optional.of("field.email.required");
    }
    if (value.length() > EMAIL_MAX) {
      return Optional.of("field.email.tooLong");
    }
    if (!EMAIL.matcher(value).matches()) {
      return Optional.of("field.email.invalid");
    }
    if (staff.findByEmail(value.toLowerCase(Locale.ROOT)).isPresent()) {
      return Optional.of("field.email.taken");
    }
    return Optional.empty();
  }

  public Optional<String> phone(String value) {
    if (value == null || value.isBlank()) {
      return Optional.of("field.phone.required");
    }
    if (value.length() > PHONE_MAX) {
      return Optional.of("field.phone.tooLong");
    }
    if (!PHONE.matcher(value).matches() || value.chars().filter(Character::isDigit).count() < 7) {
      return Optional.of("field.phone.invalid");
    }
    return Optional.empty();
  }

  public Optional<String> username(String value) {
    if (value == null || value.isBlank()) {
      return Optional.of("field.username.required");
    }
    String u = value.toLowerCase(Locale.ROOT);
    if (u.length() < USERNAME_MIN || u.length() > USERNAME_MAX) {
      return Optional.of("field.username.length");
    }
    if (!USERNAME.matcher(u).matches()) {
      return Optional.of("field.username.invalid");
    }
    if (staff.findByUsername(u).isPresent() || identityService.createUserQuery().userId(u).count() > 0) {
      return Optional.of("field.username.taken");
    }
    return Optional.empty();
  }
}
