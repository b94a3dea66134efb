package tw.dropout.notice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Announcements and their attachments. */
@Service
public class Announcements {

  private static final String SELECT = "select a.id, a.title, a.body, a.published_on, a.pinned, f.file_name, f.size_bytes"
      + " from announcement a left join announcement_attachment f on f.announcement_id = a.id";

  private final JdbcClient jdbc;
  private final Clock clock;

  Announcements(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Pinned first, then newest first. */
  public List<Announcement> all() {
    return jdbc.sql(SELECT + " order by a.pinned desc, a.published_on desc, a.id desc").query(Announcements::map).list();
  }

  public Optional<Announcement> find(long id) {
    return jdbc.sql(SELECT + " where a.id = ?").param(id).query(Announcements::map).optional();
  }

  public long count() {
    return jdbc.sql("select count(*) from announcement").query(Long.class).single();
  }

  @Transactional
  public long create(String title, String body, LocalDate publishedOn, boolean pinned, Attachment attachment,
      String by) {
    Timestamp now = Timestamp.from(clock.instant());
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("insert into announcement (title, body, published_on, pinned, created_by, created_at, updated_at)"
            + " values (?, ?, ?, ?, ?, ?, ?)")
        .params(title, body, publishedOn, pinned, by, now, now).update(keys, "id");
    long id = keys.getKey().longValue();
    if (attachment != null) {
      attach(id, attachment);
    }
    return id;
  }

  /** Changes text, date and pin; replaces the attachment when one is given, removes it when asked. */
  @Transactional
  public void update(long id, String title, String body, LocalDate publishedOn, boolean pinned, Attachment attachment,
      boolean removeAttachment) {
    jdbc.sql("update announcement set title = ?, body = ?, published_on = ?, pinned = ?, updated_at = ? where id = ?")
        .params(title, body, publishedOn, pinned, Timestamp.from(clock.instant()), id).update();
    if (attachment != null || removeAttachment) {
      jdbc.sql("delete from announcement_attachment where announcement_id = ?").param(id).update();
    }
    if (attachment != null) {
      attach(id, attachment);
    }
  }

  public void setPinned(long id, boolean pinned) {
    jdbc.sql("update announcement set pinned = ?, updated_at = ? where id = ?")
        .params(pinned, Timestamp.from(clock.instant()), id).update();
  }

  @Transactional
  public void delete(long id) {
    jdbc.sql("delete from announcement_attachment where announcement_id = ?").param(id).update();
    jdbc.sql("delete from announcement where id = ?").param(id).update();
  }

  public Optional<Attachment> attachment(long id) {
    return jdbc.sql("select file_name, content_type, content from announcement_attachment where announcement_id = ?")
        .param(id)
        .query((rs, i) -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3)))
        .optional();
  }

  private void attach(long id, Attachment a) {
    jdbc.sql("insert into announcement_attachment (announcement_id, file_name, content_type, size_bytes, content)"
            + " values (?, ?, ?, ?, ?)")
        .params(id, a.fileName(), a.contentType(), (long) a.content().length, a.content()).update();
  }

  private static Announcement map(ResultSet rs, int row) throws SQLException {
    long size = rs.getLong("size_bytes");
    return new Announcement(rs.getLong("id"), rs.getString("title"), rs.getString("body"),
        rs.getObject("published_on", LocalDate.class), rs.getBoolean("pinned"), rs.getString("file_name"),
        rs.wasNull() ? null : size);
  }
}
