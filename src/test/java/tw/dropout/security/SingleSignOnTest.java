package tw.dropout.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.dropout.support.IntegrationTest;
import tw.dropout.support.WebSession;

/** One login (ours) signs staff into the Camunda webapps; their own login never accepts a password. */
@IntegrationTest
class SingleSignOnTest {

  private static final String CURRENT_USER = "/camunda/api/admin/auth/user/default";

  @LocalServerPort
  int port;

  @Test
  void afterOurLoginTheTasklistApiAnswersAsThatUser() {
    WebSession session = WebSession.loggedIn(port, "counselor2", "demo");
    assertThat(session.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
    HttpResponse<String> me = session.get(CURRENT_USER);
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.body()).contains("\"userId\":\"counselor2\"").contains("tasklist").doesNotContain("cockpit");

    HttpResponse<String> profile = session.get("/camunda/api/engine/engine/default/user/counselor2/profile");
    assertThat(profile.statusCode()).isEqualTo(200);
    assertThat(profile.body()).contains("吳佩君");
    assertThat(session.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
  }

  @Test
  void ministryGetsCockpitAndAdministratorsGetAdmin() {
    WebSession ministry = WebSession.loggedIn(port, "ministry", "demo");
    assertThat(ministry.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
    assertThat(ministry.get(CURRENT_USER).body()).contains("cockpit").doesNotContain("\"admin\"");
    WebSession admin = WebSession.loggedIn(port, "admin", "demo");
    assertThat(admin.get("/camunda/app/admin/default/").statusCode()).isEqualTo(200);
    assertThat(admin.get(CURRENT_USER).body()).contains("cockpit").contains("admin").contains("tasklist");
  }

  @Test
  void withoutOurLoginTheWebappsAreClosed() {
    WebSession anonymous = new WebSession(port);
    assertThat(anonymous.get(CURRENT_USER).statusCode()).isEqualTo(401);
    assertThat(anonymous.get("/camunda/api/engine/engine/default/task").statusCode()).isEqualTo(401);
    HttpResponse<String> app = anonymous.get("/camunda/app/tasklist/default/");
    assertThat(app.statusCode()).isEqualTo(302);
    assertThat(app.headers().firstValue("Location").orElse("")).endsWith("/login");
  }

  @Test
  void camundasLoginEndpointDoesNotAcceptAPasswordOnItsOwn() {
    WebSession attacker = new WebSession(port);
    attacker.get("/camunda/app/tasklist/default/");
    HttpResponse<String> response = attacker.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
        Map.of("username", "main1", "password", "demo"));
    assertThat(response.statusCode()).isIn(401, 403);
    assertThat(attacker.get(CURRENT_USER).statusCode()).isEqualTo(401);
    assertThat(attacker.get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(401);
  }

  @Test
  void aSignedInUserCannotSwitchIdentityThroughCamundasLogin() {
    WebSession session = WebSession.loggedIn(port, "teacher3", "demo");
    session.get("/camunda/app/tasklist/default/");
    HttpResponse<String> response = session.postForm("/camunda/api/admin/auth/user/default/login/cockpit",
        Map.of("username", "admin", "password", "demo"));
    assertThat(response.statusCode()).isIn(401, 403);
    assertThat(session.get(CURRENT_USER).body()).contains("\"userId\":\"teacher3\"");
  }

  @Test
  void camundasFirstAdminSetupIsClosed() {
    HttpResponse<String> response = new WebSession(port).postJson("/camunda/api/admin/setup/default/user/create",
        "{\"profile\":{\"id\":\"evil\",\"firstName\":\"e\",\"lastName\":\"v\"},\"credentials\":{\"password\":\"x\"}}");
    assertThat(response.statusCode()).isIn(401, 403);
  }

  @Test
  void loggingOutInTasklistEndsOurSessionToo() {
    WebSession session = WebSession.loggedIn(port, "head1", "demo");
    session.get("/camunda/app/tasklist/default/");
    assertThat(session.get(CURRENT_USER).statusCode()).isEqualTo(200);
    HttpResponse<String> logout = session.postJson("/camunda/api/admin/auth/user/default/logout", "");
    assertThat(logout.statusCode()).isEqualTo(204);
    assertThat(session.get(CURRENT_USER).statusCode()).isEqualTo(401);
    assertThat(session.get("/overview").statusCode()).isEqualTo(302);
  }

  @Test
  void loggingOutOnOurPagesEndsTheWebappSessionToo() {
    WebSession session = WebSession.loggedIn(port, "ministry", "demo");
    String overview = session.get("/overview").body();
    session.get("/camunda/app/cockpit/default/");
    assertThat(session.get(CURRENT_USER).statusCode()).isEqualTo(200);
    HttpResponse<String> logout = session.postForm("/logout", Map.of("_csrf", session.csrfFrom(overview)));
    assertThat(logout.headers().firstValue("Location").orElse("")).endsWith("/login?logout");
    assertThat(session.get(CURRENT_USER).statusCode()).isEqualTo(401);
  }
}
