package tw.dropout.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After login: back to the page that asked for it (a deep link into Tasklist, say); otherwise school
 * staff to their Tasklist, ministry officers and administrators to the overview.
 */
@Component
public class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

  public static final String TASKLIST = "/camunda/app/tasklist/default/";
  public static final String OVERVIEW = "/overview";

  @Override
  protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
      Authentication authentication) {
    return landingPage(authentication);
  }

  public String landingPage(Authentication authentication) {
    if (authentication.getPrincipal() instanceof StaffPrincipal p && p.role().isSchoolRole()) {
      return TASKLIST;
    }
    return OVERVIEW;
  }
}
