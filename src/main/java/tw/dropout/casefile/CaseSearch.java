package tw.dropout.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tw.dropout.registry.NationalId;

/** The case overview's query: the cases a person may see, filtered, newest first, a page at a time. */
@Repository
public class CaseSearch {

  public static final int PAGE_SIZE = 50;

  public record Filter(CaseState state, Integer schoolYear, String query, String schoolCode, int page) {
  }

  public record Row(long id, String caseNumber, String schoolCode, String schoolName, String nationalId,
      String studentName, LeaveType leaveType, CaseState state, LocalDate lastTrackedOn, String filedByName,
      String processInstanceId) {

    public String maskedNationalId() {
      return NationalId.mask(nationalId);
    }

    /** Open, with records, the last on or before {@code cutoff} ({@link TrackingReminders#overdueCutoff}). */
    public boolean trackingOverdue(LocalDate cutoff) {
      return state != CaseState.CLOSED && lastTrackedOn != null && !lastTrackedOn.isAfter(cutoff);
    }
  }

  public record Page(List<Row> rows, int page, int pages, long total) {
  }

  private final JdbcClient jdbc;

  CaseSearch(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Page find(Actor viewer, Filter filter) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    List<Object> params = new ArrayList<>();
    if (viewer.readsEverySchool()) {
      if (filter.schoolCode() != null && !filter.schoolCode().isBlank()) {
        where.append(" and c.school_code = ?");
        params.add(filter.schoolCode());
      }
    } else {
      where.append(" and c.school_code = ?");
      params.add(viewer.schoolCode());
      if (viewer.role() == tw.dropout.school.StaffRole.HOMEROOM_TEACHER) {
        where.append(" and c.filed_by = ?");
        params.add(viewer.username());
      }
    }
    if (filter.state() != null) {
      where.append(" and c.state = ?");
      params.add(filter.state().name());
    }
    if (filter.schoolYear() != null) {
      where.append(" and c.school_year = ?");
      params.add(filter.schoolYear());
    }
    String query = filter.query() == null ? "" : filter.query().strip();
    if (!query.isEmpty()) {
      String id = NationalId.normalize(query);
      if (NationalId.isValid(id)) {
        where.append(" and c.national_id = ?");
        params.add(id);
      } else {
        where.append(" and (c.student_name like ? escape '\\' or c.case_number = ?)");
        params.add("%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        params.add(query);
      }
    }
    long total = jdbc.sql("select count(*) from dropout_case c" + where).params(params).query(Long.class).single();
    int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    int page = Math.min(Math.max(1, filter.page()), pages);
    List<Row> rows = jdbc.sql("select c.id, c.case_number, c.school_code, s.name as school_name, c.national_id,"
            + " c.student_name, c.leave_type, c.state, c.last_tracked_on, c.filed_by_name, c.process_instance_id"
            + " from dropout_case c join school s on s.code = c.school_code" + where
            + " order by c.filed_at desc, c.id desc offset " + (page - 1) * PAGE_SIZE + " rows fetch next "
            + PAGE_SIZE + " rows only")
        .params(params)
        .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("case_number"), rs.getString("school_code"),
            rs.getString("school_name"), rs.getString("national_id"), rs.getString("student_name"),
            CaseRepository.enumOf(LeaveType.class, rs.getString("leave_type")), CaseState.valueOf(rs.getString("state")),
            CaseRepository.localDate(rs, "last_tracked_on"), rs.getString("filed_by_name"),
            rs.getString("process_instance_id")))
        .list();
    return new Page(rows, page, pages, total);
  }

  /** The school years that have cases, newest first, for the filter. */
  public List<Integer> schoolYears(Actor viewer) {
    if (viewer.readsEverySchool()) {
      return jdbc.sql("select distinct school_year from dropout_case order by school_year desc")
          .query(Integer.class).list();
    }
    return jdbc.sql("select distinct school_year from dropout_case where school_code = ? order by school_year desc")
        .param(viewer.schoolCode()).query(Integer.class).list();
  }
}
