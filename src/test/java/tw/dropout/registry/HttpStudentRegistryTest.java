package tw.dropout.registry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

/** The HTTP adapter against a real HTTP server (WireMock) playing the school administration's registry. */
class HttpStudentRegistryTest {

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String STUDENT = """
      {"nationalId": "A123456789", "name": "王小明", "birthDate": "2009-05-01", "gender": "男",
       "schoolCode": "019901", "studentNo": "1130001", "department": "普通科", "grade": 3, "className": "301",
       "guardianName": "王大明", "guardianRelation": "父", "guardianPhone": "0912-345-678",
       "address": "新北市板橋區文化路一段1號", "extraFieldsAreIgnored": true}""";

  private HttpStudentRegistry registry(Duration timeout, int retries) {
    return new HttpStudentRegistry(URI.create(server.baseUrl() + "/api/v1/"), timeout, retries,
        Clock.systemDefaultZone());
  }

  private HttpStudentRegistry registry() {
    return registry(Duration.ofSeconds(2), 2);
  }

  @Test
  void aKnownStudentComesBackWhole() {
    server.stubFor(get("/api/v1/students/A123456789").willReturn(okJson(STUDENT)));

    assertThat(registry().find(" a123456789")).contains(new RegistryStudent("A123456789", "王小明",
        LocalDate.of(2009, 5, 1), "男", "019901", "1130001", "普通科", "3", "301", "王大明", "父", "0912-345-678",
        "新北市板橋區文化路一段1號"));
    server.verify(1, getRequestedFor(urlEqualTo("/api/v1/students/A123456789")));
  }

  @Test
  void anUnknownStudentIsEmpty() {
    server.stubFor(get("/api/v1/students/A123456789").willReturn(aResponse().withStatus(404)));
    assertThat(registry().find("A123456789")).isEmpty();
  }

  @Test
  void anImpossibleIdIsNotEvenAsked() {
    assertThat(registry().find("A123456788")).isEmpty();
    server.verify(0, getRequestedFor(urlMatching(".*")));
  }

  @Test
  void passingServerErrorsAreRetried() {
    server.stubFor(get("/api/v1/students/A123456789").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("second"));
    server.stubFor(get("/api/v1/students/A123456789").inScenario("flaky").whenScenarioStateIs("second")
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("third"));
    server.stubFor(get("/api/v1/students/A123456789").inScenario("flaky").whenScenarioStateIs("third")
        .willReturn(okJson(STUDENT)));

    assertThat(registry().find("A123456789")).get().extracting(RegistryStudent::name).isEqualTo("王小明");
    server.verify(3, getRequestedFor(urlEqualTo("/api/v1/students/A123456789")));
  }

  @Test
  void aFailingRegistryIsUnavailableAfterAllRetries() {
    server.stubFor(get("/api/v1/students/A123456789").willReturn(aResponse().withStatus(500)));

    assertThatThrownBy(() -> registry().find("A123456789"))
        .isInstanceOf(RegistryUnavailableException.class)
        .hasMessage("學籍系統暫時故障（HTTP 500，共嘗試 3 次），目前無法勾稽學籍資料，請稍後再試。");
    server.verify(3, getRequestedFor(urlEqualTo("/api/v1/students/A123456789")));
  }

  @Test
  void aSlowRegistryTimesOut() {
    server.stubFor(get("/api/v1/students/A123456789").willReturn(okJson(STUDENT).withFixedDelay(3000)));

    long start = System.nanoTime();
    assertThatThrownBy(() -> registry(Duration.ofMillis(300), 1).find("A123456789"))
        .isInstanceOf(RegistryUnavailableException.class)
        .hasMessage("學籍系統在 0.3 秒內沒有回應（共嘗試 2 次），目前無法勾稽學籍資料，請稍後再試。");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
    server.verify(2, getRequestedFor(urlEqualTo("/api/v1/students/A123456789")));
  }

  @Test
  void aRefusedConnectionIsUnavailable() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    HttpStudentRegistry nowhere = new HttpStudentRegistry(URI.create("http://127.0.0.1:" + closedPort),
        Duration.ofSeconds(1), 1, Clock.systemDefaultZone());

    assertThatThrownBy(() -> nowhere.find("A123456789"))
        .isInstanceOf(RegistryUnavailableException.class)
        .hasMessageStartingWith("無法連線到學籍系統（共嘗試 2 次）");
  }

  @Test
  void aBrokenAnswerIsUnavailable() {
    server.stubFor(get("/api/v1/students/A123456789").willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));

    assertThatThrownBy(() -> registry(Duration.ofSeconds(2), 0).find("A123456789"))
        .isInstanceOf(RegistryUnavailableException.class)
        .hasMessageStartingWith("無法連線到學籍系統（共嘗試 1 次）");
  }

  @Test
  void malformedAnswersAreNeverUsedInPart() {
    assertMalformed("<html>維護中</html>", "回應不是 JSON 物件");
    assertMalformed("[" + STUDENT + "]", "回應不是 JSON 物件");
    assertMalformed(STUDENT.replace("\"birthDate\": \"2009-05-01\", ", ""), "出生日期未填寫。");
    assertMalformed(STUDENT.replace("2009-05-01", "05/01/2009"), "出生日期「05/01/2009」無法辨識");
    assertMalformed(STUDENT.replace("\"grade\": 3", "\"grade\": {\"value\": 3}"), "欄位 grade 不是單一值");
    assertMalformed(STUDENT.replace("A123456789", "A800000014"), "回傳的是另一位學生的資料");
    assertMalformed(STUDENT.replace("\"男\"", "\"M\""), "性別「M」無法辨識");
  }

  @Test
  void aRefusingRegistryIsUnavailableWithoutRetrying() {
    server.stubFor(get("/api/v1/students/A123456789").willReturn(aResponse().withStatus(401)));

    assertThatThrownBy(() -> registry().find("A123456789"))
        .isInstanceOf(RegistryUnavailableException.class)
        .hasMessage("學籍系統拒絕了這次查詢（HTTP 401），目前無法勾稽學籍資料，請洽系統管理者。");
    server.verify(1, getRequestedFor(urlEqualTo("/api/v1/students/A123456789")));
  }

  private void assertMalformed(String body, String detail) {
    server.resetAll();
    server.stubFor(get("/api/v1/students/A123456789").willReturn(okJson(body)));
    assertThatThrownBy(() -> registry().find("A123456789"))
        .isInstanceOf(RegistryUnavailableException.class)
        .hasMessageStartingWith("學籍系統回傳的資料有誤，為避免帶入錯誤的學籍資料，這次查詢結果不予採用")
        .hasMessageContaining(detail);
    // A malformed answer will be just as malformed a second time: no retries.
    server.verify(1, getRequestedFor(urlEqualTo("/api/v1/students/A123456789")));
  }
}
