package tw.dropout.security;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import tw.dropout.account.StaffPrincipal;
import tw.dropout.school.StaffRole;

/**
 * Who is signed in, for the webapps' scripts: Cockpit hides the actions a read-only ministry officer
 * would only have refused (camunda-brand.js). The server refuses them anyway; this only spares the click.
 */
@RestController
class CurrentUserController {

  @GetMapping(value = "/me", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> me(@AuthenticationPrincipal StaffPrincipal user) {
    return Map.of("username", user.username(), "role", user.role().groupId(),
        "readOnly", user.role() == StaffRole.MINISTRY);
  }
}
