package tw.dropout.registry;

import java.util.Optional;

/**
 * Wraps the HTTP registry: each answer is kept in registry_student, so when the next answer for the
 * same student names another school, {@link StudentTransferDetected} is published (after commit of
 * the caller's transaction, or of the short one {@link RegistryStudents#remember} opens).
 */
class RecordingStudentRegistry implements StudentRegistry {

  private final StudentRegistry remote;
  private final RegistryStudents students;

  RecordingStudentRegistry(StudentRegistry remote, RegistryStudents students) {
    this.remote = remote;
    this.students = students;
  }

  @Override
  public Optional<RegistryStudent> find(String nationalId) {
    // The HTTP call happens before any transaction of ours, so a slow registry holds no connection.
    return remote.find(nationalId).map(students::remember);
  }
}
