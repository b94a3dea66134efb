package tw.dropout.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import tw.dropout.support.IntegrationTest;
import tw.dropout.support.RecordedEvents;

@IntegrationTest
class RegistryImportTest {

  @Autowired
  RegistryImport registryImport;
  @Autowired
  StudentRegistry registry;
  @Autowired
  RegistryStudents students;
  @Autowired
  RecordedEvents events;
  @Autowired
  DemoRegistry demoRegistry;

  @BeforeEach
  void forgetEarlierEvents() {
    events.clear();
  }

  @Test
  void demoStudentsAreLoadedForEachDemoSchool() {
    assertThat(students.countBySchool())
        .hasEntrySatisfying("019901", n -> assertThat(n).isGreaterThanOrEqualTo(30))
        .hasEntrySatisfying("069901", n -> assertThat(n).isGreaterThanOrEqualTo(30))
        .hasEntrySatisfying("219901", n -> assertThat(n).isGreaterThanOrEqualTo(30));
    RegistryStudent minor = registry.find(" f105780876 ").orElseThrow();
    assertThat(minor.name()).isEqualTo("鄭品睿");
    assertThat(minor.schoolCode()).isEqualTo("019901");
    assertThat(registry.find("A140963425")).isEmpty();
    assertThat(registry.find("not an id")).isEmpty();
  }

  /** The IDs the README (Student registry) promises to other tests: a minor, one turning 18 soon, an adult per school. */
  @ParameterizedTest
  @CsvSource({
      "F105780876, 019901, 2010-09-16", "BA15786268, 019901, 2009-01-26", "F289325377, 019901, 2008-01-09",
      "B292280892, 069901, 2011-08-02", "FB62797582, 069901, 2008-12-09", "B177609246, 069901, 2007-09-29",
      "D218571523, 219901, 2010-06-15", "D245033187, 219901, 2008-12-11", "D269206824, 219901, 2007-11-10"})
  void documentedDemoStudentsAreThere(String id, String school, LocalDate birthDate) {
    assertThat(registry.find(id)).get().satisfies(s -> {
      assertThat(s.schoolCode()).isEqualTo(school);
      assertThat(s.birthDate()).isEqualTo(birthDate);
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"A140963425", "E276834213"})
  void documentedUnknownIdsAreValidButUnknown(String id) {
    assertThat(NationalId.isValid(id)).isTrue();
    assertThat(registry.find(id)).isEmpty();
  }

  @Test
  void loadingTheDemoStudentsAgainAddsNothing() {
    var before = students.countBySchool();
    demoRegistry.run(null);
    assertThat(students.countBySchool()).isEqualTo(before);
    assertThat(events.of(StudentTransferDetected.class)).isEmpty();
  }

  @Test
  void importCreatesThenUpdatesAndAnnouncesATransferAfterCommit() {
    String id = TestStudents.newNationalId();
    ImportResult first = registryImport.importFile("first.csv", TestStudents.csv(TestStudents.row(id, "陳怡安", "019901")));
    assertThat(first.refused()).isFalse();
    assertThat(first.created()).isEqualTo(1);
    assertThat(registry.find(id)).get().extracting(RegistryStudent::schoolCode).isEqualTo("019901");
    assertThat(events.of(StudentTransferDetected.class)).isEmpty();

    ImportResult again = registryImport.importFile("again.csv",
        TestStudents.csv(TestStudents.row(id, "陳怡安", "069901")));
    assertThat(again.updated()).isEqualTo(1);
    assertThat(again.created()).isZero();
    assertThat(again.transfers()).isEqualTo(1);
    assertThat(registry.find(id)).get().extracting(RegistryStudent::schoolCode).isEqualTo("069901");
    assertThat(events.of(StudentTransferDetected.class))
        .containsExactly(new StudentTransferDetected(id, "019901", "069901"));
  }

  @Test
  void oneBadRowImportsNothingAndNamesTheRow() {
    String good = TestStudents.newNationalId();
    String known = TestStudents.newNationalId();
    registryImport.importFile("known.csv", TestStudents.csv(TestStudents.row(known, "林志偉", "219901")));
    events.clear();

    ImportResult result = registryImport.importFile("mixed.csv", TestStudents.csv(
        TestStudents.row(good, "黃小雨", "019901"),
        TestStudents.row(known, "林志偉", "069901"),
        TestStudents.row("A123456788", "錯誤生", "019901")));

    assertThat(result.refused()).isTrue();
    assertThat(result.imported()).isZero();
    assertThat(result.problems()).extracting(ImportResult.Problem::row).containsExactly(4);
    assertThat(result.problems().get(0).messages()).singleElement().asString().contains("檢查碼");
    assertThat(registry.find(good)).isEmpty();
    assertThat(registry.find(known)).get().extracting(RegistryStudent::schoolCode).isEqualTo("219901");
    assertThat(events.of(StudentTransferDetected.class)).isEmpty();
  }

  @Test
  void unknownSchoolIsRefused() {
    ImportResult result = registryImport.importFile("other.csv",
        TestStudents.csv(TestStudents.row(TestStudents.newNationalId(), "張小明", "999999")));
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.row()).isEqualTo(2);
      assertThat(p.messages()).containsExactly(
          "學校代碼 999999 不是本系統的學校，請確認代碼，或請系統管理者先建立該校。");
    });
    assertThat(List.of(result.created(), result.updated())).containsOnly(0);
  }
}
