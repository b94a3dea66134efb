package tw.dropout.registry;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry_student table: the embedded registry's data, or in HTTP mode the last answer per
 * student. Every write goes through {@link #save}, the one place that notices a student enrolled at
 * another school than before and announces it.
 */
@Service
public class RegistryStudents {

  private static final String COLUMNS = "national_id, name, birth_date, gender, school_code, student_no, department,"
      + " grade, class_name, guardian_name, guardian_relation, guardian_phone, address";
  /** Keeps IN lists well below every database's parameter limit. */
  private static final int CHUNK = 500;

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  RegistryStudents(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
    this.events = events;
    this.clock = clock;
  }

  public Optional<RegistryStudent> find(String nationalId) {
    String id = NationalId.normalize(nationalId);
    return jdbc.query("select " + COLUMNS + " from registry_student where national_id = ?", RegistryStudents::map, id)
        .stream().findFirst();
  }

  /** How many students the registry holds per school code. */
  public Map<String, Integer> countBySchool() {
    Map<String, Integer> counts = new java.util.TreeMap<>();
    jdbc.query("select school_code, count(*) from registry_student group by school_code",
        rs -> {
          counts.put(rs.getString(1), rs.getInt(2));
        });
    return counts;
  }

  /** Which of these IDs the table already holds, with the school each is enrolled at. */
  Map<String, String> schoolsOf(List<String> nationalIds) {
    Map<String, String> schools = new HashMap<>();
    for (int from = 0; from < nationalIds.size(); from += CHUNK) {
      List<String> chunk = nationalIds.subList(from, Math.min(from + CHUNK, nationalIds.size()));
      named.query("select national_id, school_code from registry_student where national_id in (:ids)",
          new MapSqlParameterSource("ids", chunk),
          rs -> {
            schools.put(rs.getString(1), rs.getString(2));
          });
    }
    return schools;
  }

  public record Saved(int created, int updated, int transfers) {
  }

  /**
   * Inserts new students and updates known ones (by national ID), all or nothing. For each student
   * now at another school, publishes {@link StudentTransferDetected}; listeners run after commit.
   */
  @Transactional
  public Saved save(List<RegistryStudent> students) {
    Map<String, String> before = schoolsOf(students.stream().map(RegistryStudent::nationalId).toList());
    List<Object[]> inserts = new ArrayList<>();
    List<Object[]> updates = new ArrayList<>();
    List<StudentTransferDetected> transfers = new ArrayList<>();
    Timestamp now = Timestamp.from(clock.instant());
    for (RegistryStudent s : students) {
      String previousSchool = before.get(s.nationalId());
      if (previousSchool == null) {
        inserts.add(values(s, now));
      } else {
        Object[] v = values(s, now);
        // Same values, national_id moved to the end for the WHERE clause.
        Object[] u = new Object[v.length];
        System.arraycopy(v, 1, u, 0, v.length - 1);
        u[v.length - 1] = v[0];
        updates.add(u);
        if (!previousSchool.equals(s.schoolCode())) {
          transfers.add(new StudentTransferDetected(s.nationalId(), previousSchool, s.schoolCode()));
        }
      }
    }
    jdbc.batchUpdate("insert into registry_student (" + COLUMNS + ", updated_at)"
        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", inserts);
    jdbc.batchUpdate("update registry_student set name = ?, birth_date = ?, gender = ?, school_code = ?,"
        + " student_no = ?, department = ?, grade = ?, class_name = ?, guardian_name = ?, guardian_relation = ?,"
        + " guardian_phone = ?, address = ?, updated_at = ? where national_id = ?", updates);
    transfers.forEach(events::publishEvent);
    return new Saved(inserts.size(), updates.size(), transfers.size());
  }

  /** Keeps an HTTP registry answer, so the next answer can be compared with it. */
  @Transactional
  public RegistryStudent remember(RegistryStudent student) {
    save(List.of(student));
    return student;
  }

  private static Object[] values(RegistryStudent s, Timestamp now) {
    return new Object[] {s.nationalId(), s.name(), Date.valueOf(s.birthDate()), s.gender(), s.schoolCode(),
        s.studentNo(), s.department(), s.grade(), s.className(), s.guardianName(), s.guardianRelation(),
        s.guardianPhone(), s.address(), now};
  }

  private static RegistryStudent map(ResultSet rs, int row) throws SQLException {
    return new RegistryStudent(rs.getString("national_id"), rs.getString("name"),
        rs.getDate("birth_date").toLocalDate(), rs.getString("gender"), rs.getString("school_code"),
        rs.getString("student_no"), rs.getString("department"), rs.getString("grade"), rs.getString("class_name"),
        rs.getString("guardian_name"), rs.getString("guardian_relation"), rs.getString("guardian_phone"),
        rs.getString("address"));
  }
}
