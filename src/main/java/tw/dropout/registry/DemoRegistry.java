package tw.dropout.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tw.dropout.system.StartupOrder;

/**
 * Fictional students of the three demo schools (demo/registry-students.csv), loaded through the same
 * checks as an administrator's import. Only students not yet in the table are added: a restart
 * neither duplicates them nor undoes what an administrator imported since.
 */
@Component
@ConditionalOnProperty(name = "dropout.demo-data", havingValue = "true")
@Order(StartupOrder.DEMO_DATA + 1)
class DemoRegistry implements ApplicationRunner {

  static final String FILE = "demo/registry-students.csv";
  private static final Logger LOG = LoggerFactory.getLogger(DemoRegistry.class);

  private final RegistryImport registryImport;
  private final RegistryStudents students;

  DemoRegistry(RegistryImport registryImport, RegistryStudents students) {
    this.registryImport = registryImport;
    this.students = students;
  }

  @Override
  public void run(ApplicationArguments args) {
    byte[] csv;
    try {
      csv = new ClassPathResource(FILE).getContentAsByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    RegistryFile.Checked checked = registryImport.check(FILE, csv);
    if (!checked.problems().isEmpty()) {
      throw new IllegalStateException(FILE + " does not pass the import checks: " + checked.problems());
    }
    Map<String, String> present = students.schoolsOf(
        checked.students().stream().map(RegistryStudent::nationalId).toList());
    List<RegistryStudent> missing = checked.students().stream()
        .filter(s -> !present.containsKey(s.nationalId()))
        .toList();
    if (!missing.isEmpty()) {
      students.save(missing);
    }
    LOG.info("Demo registry: {} students in {}, {} added", checked.students().size(), FILE, missing.size());
  }
}
