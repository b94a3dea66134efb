package tw.dropout.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.dropout.school.School;
import tw.dropout.school.SchoolRepository;

/**
 * Imports a registry file all or nothing: every row is checked first (identity number, dates, known
 * school, required fields, lengths, duplicates) and only a file without a single problem is written,
 * in one transaction. Known students are updated (by national ID).
 */
@Service
public class RegistryImport {

  private final RegistryStudents students;
  private final SchoolRepository schools;
  private final Clock clock;

  RegistryImport(RegistryStudents students, SchoolRepository schools, Clock clock) {
    this.students = students;
    this.schools = schools;
    this.clock = clock;
  }

  @Transactional
  public ImportResult importFile(String fileName, byte[] content) {
    RegistryFile.Checked checked = check(fileName, content);
    if (!checked.problems().isEmpty()) {
      return ImportResult.refused(checked.problems());
    }
    RegistryStudents.Saved saved = students.save(checked.students());
    return new ImportResult(saved.created(), saved.updated(), saved.transfers(), List.of());
  }

  RegistryFile.Checked check(String fileName, byte[] content) {
    Set<String> knownSchools = schools.findAll().stream().map(School::code).collect(Collectors.toSet());
    return RegistryFile.check(fileName, content, knownSchools, LocalDate.now(clock));
  }
}
