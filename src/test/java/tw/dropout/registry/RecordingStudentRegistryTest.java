package tw.dropout.registry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import tw.dropout.support.IntegrationTest;
import tw.dropout.support.RecordedEvents;

/** HTTP mode as RegistryConfig wires it, against WireMock: lookups notice a change of school. */
@IntegrationTest
class RecordingStudentRegistryTest {

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Autowired
  RegistryStudents students;
  @Autowired
  RecordedEvents events;
  @Autowired
  Clock clock;

  private StudentRegistry registry;

  @BeforeEach
  void httpRegistry() {
    events.clear();
    registry = new RecordingStudentRegistry(
        new HttpStudentRegistry(URI.create(server.baseUrl()), Duration.ofSeconds(2), 0, clock), students);
  }

  @Test
  void aLookupShowingAnotherSchoolAnnouncesTheTransfer() {
    String id = TestStudents.newNationalId();
    answer(id, "019901");
    assertThat(registry.find(id)).get().extracting(RegistryStudent::schoolCode).isEqualTo("019901");
    assertThat(events.of(StudentTransferDetected.class)).isEmpty();

    answer(id, "069901");
    assertThat(registry.find(id)).get().extracting(RegistryStudent::schoolCode).isEqualTo("069901");
    assertThat(events.of(StudentTransferDetected.class))
        .containsExactly(new StudentTransferDetected(id, "019901", "069901"));

    // Same school again: nothing new to announce.
    registry.find(id);
    assertThat(events.of(StudentTransferDetected.class)).hasSize(1);
  }

  @Test
  void aFailedLookupChangesNothing() {
    String id = TestStudents.newNationalId();
    answer(id, "219901");
    registry.find(id);
    server.stubFor(get("/students/" + id).willReturn(aResponse().withStatus(502)));

    assertThatThrownBy(() -> registry.find(id)).isInstanceOf(RegistryUnavailableException.class);
    assertThat(students.find(id)).get().extracting(RegistryStudent::schoolCode).isEqualTo("219901");
    assertThat(events.of(StudentTransferDetected.class)).isEmpty();
  }

  private static void answer(String id, String schoolCode) {
    server.stubFor(get("/students/" + id).willReturn(okJson("""
        {"nationalId": "%s", "name": "陳怡安", "birthDate": "2009-05-01", "gender": "女", "schoolCode": "%s",
         "studentNo": "1130001", "department": "普通科", "grade": "3", "className": "301",
         "address": "新北市板橋區文化路一段1號"}""".formatted(id, schoolCode))));
  }
}
