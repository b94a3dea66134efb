package tw.dropout.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.dropout.support.IntegrationTest;
import tw.dropout.support.WebSession;

@IntegrationTest
class EngineRestTest {

  @LocalServerPort
  int port;

  @Test
  void anonymousCallersGet401WithABasicChallenge() {
    for (String path : new String[] {"/engine-rest/task", "/engine-rest/engine", "/engine-rest/user",
        "/engine-rest/process-definition", "/engine-rest/history/process-instance"}) {
      HttpResponse<String> response = new WebSession(port).get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(401);
      assertThat(response.headers().firstValue("WWW-Authenticate")).as(path).hasValueSatisfying(
          h -> assertThat(h).startsWith("Basic"));
    }
  }

  @Test
  void wrongBasicCredentialsGet401() {
    assertThat(WebSession.basic(port, "main1", "not-the-password").get("/engine-rest/task").statusCode())
        .isEqualTo(401);
    assertThat(WebSession.basic(port, "nobody", "demo").get("/engine-rest/task").statusCode()).isEqualTo(401);
  }

  @Test
  void basicCallersAreTheEngineUserWithTheirGroupsAndSchool() {
    HttpResponse<String> response = WebSession.basic(port, "main1", "demo").get("/engine-rest/user/main1/profile");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("陳淑芬");
    // Reading someone else's profile needs a grant main1 does not have.
    assertThat(WebSession.basic(port, "main1", "demo").get("/engine-rest/user/main2/profile").statusCode())
        .isIn(403, 404);
  }

  @Test
  void theBrowserSessionAlsoWorks() {
    WebSession session = WebSession.loggedIn(port, "main2", "demo");
    assertThat(session.get("/engine-rest/user/main2/profile").statusCode()).isEqualTo(200);
  }

  @Test
  void staffCannotChangeOrDeleteTheirOwnAccountPastOurPages() {
    WebSession counselor = WebSession.basic(port, "counselor1", "demo");
    assertThat(counselor.putJson("/engine-rest/user/counselor1/credentials",
        "{\"password\":\"x\",\"authenticatedUserPassword\":\"demo\"}").statusCode()).isEqualTo(403);
    assertThat(counselor.putJson("/engine-rest/user/counselor1/profile",
        "{\"id\":\"counselor1\",\"firstName\":\"hacked\",\"lastName\":\"\",\"email\":\"x@example.org\"}")
        .statusCode()).isEqualTo(403);
    assertThat(counselor.delete("/engine-rest/user/counselor1").statusCode()).isEqualTo(403);
    assertThat(WebSession.basic(port, "counselor1", "demo").get("/engine-rest/user/counselor1/profile").body())
        .contains("黃雅婷");
  }
}
