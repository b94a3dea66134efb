package tw.dropout.casefile;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Case counts per school and state, and how many open cases are overdue for tracking (the ministry's overview). */
@Service
public class CaseStatistics {

  /** One school's figures (or the total). */
  public record Counts(Map<CaseState, Long> byState, long overdue) {

    public long count(CaseState state) {
      return byState.getOrDefault(state, 0L);
    }

    static Counts sum(Collection<Counts> all) {
      Map<CaseState, Long> byState = new EnumMap<>(CaseState.class);
      all.forEach(c -> c.byState.forEach((state, n) -> byState.merge(state, n, Long::sum)));
      return new Counts(byState, all.stream().mapToLong(Counts::overdue).sum());
    }
  }

  private static final Counts NONE = new Counts(Map.of(), 0);

  private final JdbcClient jdbc;
  private final TrackingReminders reminders;

  CaseStatistics(JdbcClient jdbc, TrackingReminders reminders) {
    this.jdbc = jdbc;
    this.reminders = reminders;
  }

  /** Figures per school code; schools without cases are absent (see {@link #of}). */
  public Map<String, Counts> bySchool() {
    return count("", List.of());
  }

  /** One school's figures (a school's staff see these on /cases). */
  public Counts forSchool(String schoolCode) {
    return of(count(" and school_code = ?", List.of(schoolCode)), schoolCode);
  }

  private Map<String, Counts> count(String condition, List<Object> params) {
    Map<String, Map<CaseState, Long>> byState = new HashMap<>();
    jdbc.sql("select school_code, state, count(*) as n from dropout_case where 1 = 1" + condition
            + " group by school_code, state")
        .params(params)
        .query(rs -> {
          byState.computeIfAbsent(rs.getString("school_code"), k -> new EnumMap<>(CaseState.class))
              .put(CaseState.valueOf(rs.getString("state")), rs.getLong("n"));
        });
    Map<String, Long> overdue = new HashMap<>();
    List<Object> overdueParams = new ArrayList<>();
    overdueParams.add(Date.valueOf(reminders.overdueCutoff()));
    overdueParams.addAll(params);
    jdbc.sql("select school_code, count(*) as n from dropout_case where state <> 'CLOSED' and last_tracked_on <= ?"
            + condition + " group by school_code")
        .params(overdueParams)
        .query(rs -> {
          overdue.put(rs.getString("school_code"), rs.getLong("n"));
        });
    Map<String, Counts> counts = new HashMap<>();
    byState.forEach((school, states) -> counts.put(school, new Counts(states, overdue.getOrDefault(school, 0L))));
    return counts;
  }

  public static Counts of(Map<String, Counts> bySchool, String schoolCode) {
    return bySchool.getOrDefault(schoolCode, NONE);
  }

  public static Counts total(Map<String, Counts> bySchool) {
    return Counts.sum(bySchool.values());
  }

  public int trackingReminderDays() {
    return reminders.days();
  }
}
