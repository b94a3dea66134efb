package tw.dropout.school;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class StaffRepository {

  private static final String COLUMNS =
      "username, display_name, title, email, phone, school_code, role, status, failed_logins, locked_until";

  private final JdbcClient jdbc;

  StaffRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<StaffProfile> findByUsername(String username) {
    return jdbc.sql("select " + COLUMNS + " from staff_profile where username = ?")
        .param(username).query(StaffRepository::map).optional();
  }

  public Optional<StaffProfile> findByEmail(String email) {
    return jdbc.sql("select " + COLUMNS + " from staff_profile where email = ?")
        .param(email.toLowerCase()).query(StaffRepository::map).optional();
  }

  /** The active accounts of one role at one school: whom mails to "the school's main reporters" reach. */
  public List<StaffProfile> findActiveBySchoolAndRole(String schoolCode, StaffRole role) {
    return jdbc.sql("select " + COLUMNS + " from staff_profile where school_code = ? and role = ? and status = ?"
            + " order by username")
        .params(schoolCode, role.name(), StaffStatus.ACTIVE.name()).query(StaffRepository::map).list();
  }

  public List<StaffProfile> findAll() {
    return jdbc.sql("select " + COLUMNS + " from staff_profile order by school_code, role, username")
        .query(StaffRepository::map).list();
  }

  void insert(StaffProfile p, Instant now) {
    jdbc.sql("insert into staff_profile (" + COLUMNS + ", created_at, updated_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, 0, null, ?, ?)")
        .params(p.username(), p.displayName(), p.title(), p.email().toLowerCase(), p.phone(), p.schoolCode(),
            p.role().name(), p.status().name(), Timestamp.from(now), Timestamp.from(now))
        .update();
  }

  void delete(String username) {
    jdbc.sql("delete from staff_profile where username = ?").param(username).update();
  }

  public void updateStatus(String username, StaffStatus status, Instant now) {
    jdbc.sql("update staff_profile set status = ?, updated_at = ? where username = ?")
        .params(status.name(), Timestamp.from(now), username).update();
  }

  /** Records one more failed login; locks the account until {@code lockUntil} when given. */
  public void recordFailedLogin(String username, int failedLogins, Instant lockUntil) {
    jdbc.sql("update staff_profile set failed_logins = ?, locked_until = ? where username = ?")
        .params(failedLogins, lockUntil == null ? null : Timestamp.from(lockUntil), username).update();
  }

  public void clearFailedLogins(String username) {
    jdbc.sql("update staff_profile set failed_logins = 0, locked_until = null where username = ?")
        .param(username).update();
  }

  static StaffProfile map(ResultSet rs, int row) throws SQLException {
    Timestamp locked = rs.getTimestamp("locked_until");
    return new StaffProfile(
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getString("title"),
        rs.getString("email"),
        rs.getString("phone"),
        rs.getString("school_code"),
        StaffRole.valueOf(rs.getString("role")),
        StaffStatus.valueOf(rs.getString("status")),
        rs.getInt("failed_logins"),
        locked == null ? null : locked.toInstant());
  }
}
