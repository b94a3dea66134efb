package tw.dropout.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import tw.dropout.school.StaffRole;

@Repository
class ApplicationRepository {

  private static final String COLUMNS = "id, school_code, role, display_name, title, email, phone, username, status,"
      + " submitted_at, process_instance_id, reviewed_by, reviewed_at, reject_reason";

  private final JdbcClient jdbc;

  ApplicationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(RegistrationForm f, String username, String email, Instant now, String remoteAddr) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("insert into account_application (school_code, role, display_name, title, email, phone, username,"
            + " status, submitted_at, remote_addr) values (?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?)")
        .params(f.getSchoolCode(), f.role().name(), f.getName().strip(), f.getTitle().strip(), email,
            f.getPhone().strip(), username, Timestamp.from(now), remoteAddr)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  Optional<AccountApplication> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from account_application where id = ?").param(id)
        .query(ApplicationRepository::map).optional();
  }

  /** The application behind a pending account that is waiting for its password, if it came from one. */
  Optional<AccountApplication> findApprovedFor(String username) {
    return jdbc.sql("select " + COLUMNS + " from account_application where username = ? and status = 'APPROVED'"
            + " order by id desc limit 1").param(username)
        .query(ApplicationRepository::map).optional();
  }

  /** Whether the account belongs to an application still in its registration process. */
  boolean hasOpenApplication(String username) {
    return jdbc.sql("select count(*) from account_application where username = ? and status in ('SUBMITTED', 'APPROVED')")
        .param(username).query(Long.class).single() > 0;
  }

  void setProcessInstance(long id, String processInstanceId) {
    jdbc.sql("update account_application set process_instance_id = ? where id = ?")
        .params(processInstanceId, id).update();
  }

  void review(long id, AccountApplication.Status status, String reviewer, Instant at, String reason) {
    jdbc.sql("update account_application set status = ?, reviewed_by = ?, reviewed_at = ?, reject_reason = ?"
            + " where id = ?")
        .params(status.name(), reviewer, Timestamp.from(at), reason, id).update();
  }

  void setStatus(long id, AccountApplication.Status status) {
    jdbc.sql("update account_application set status = ? where id = ?").params(status.name(), id).update();
  }

  private static AccountApplication map(ResultSet rs, int row) throws SQLException {
    Timestamp reviewed = rs.getTimestamp("reviewed_at");
    return new AccountApplication(rs.getLong("id"), rs.getString("school_code"), StaffRole.valueOf(rs.getString("role")),
        rs.getString("display_name"), rs.getString("title"), rs.getString("email"), rs.getString("phone"),
        rs.getString("username"), AccountApplication.Status.valueOf(rs.getString("status")),
        rs.getTimestamp("submitted_at").toInstant(), rs.getString("process_instance_id"), rs.getString("reviewed_by"),
        reviewed == null ? null : reviewed.toInstant(), rs.getString("reject_reason"));
  }
}
