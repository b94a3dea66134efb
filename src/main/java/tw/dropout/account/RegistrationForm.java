package tw.dropout.account;

import java.util.List;
import java.util.Optional;

import tw.dropout.school.StaffRole;

/** The register page's fields as typed (bound by Spring MVC; checked by {@link RegistrationValidator}). */
public class RegistrationForm {

  /** The roles one may apply for; main reporters are created by an administrator. */
  public static final List<StaffRole> ROLES = List.of(StaffRole.HOMEROOM_TEACHER, StaffRole.COUNSELOR,
      StaffRole.SUPERVISOR);

  private String county = "";
  private String schoolCode = "";
  private String role = "";
  private String name = "";
  private String title = "";
  private String email = "";
  private String phone = "";
  private String username = "";
  private String captcha = "";

  StaffRole role() {
    return roleIfValid().orElseThrow();
  }

  Optional<StaffRole> roleIfValid() {
    return ROLES.stream().filter(r -> r.name().equals(role)).findFirst();
  }

  public String getCounty() { return county; }
  public void setCounty(String county) { this.county = trim(county); }
  public String getSchoolCode() { return schoolCode; }
  public void setSchoolCode(String schoolCode) { this.schoolCode = trim(schoolCode); }
  public String getRole() { return role; }
  public void setRole(String role) { this.role = trim(role); }
  public String getName() { return name; }
  public void setName(String name) { this.name = trim(name); }
  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = trim(title); }
  public String getEmail() { return email; }
  public void setEmail(String email) { this.email = trim(email); }
  public String getPhone() { return phone; }
  public void setPhone(String phone) { this.phone = trim(phone); }
  public String getUsername() { return username; }
  public void setUsername(String username) { this.username = trim(username); }
  public String getCaptcha() { return captcha; }
  public void setCaptcha(String captcha) { this.captcha = trim(captcha); }

  private static String trim(String s) {
    return s == null ? "" : s.strip();
  }
}
