package tw.dropout.casefile;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import tw.dropout.DropoutApplication;

/** How case data is written out for people: dates in Taiwan time, names shortened in mail. */
public final class CaseViews {

  private static final ZoneId TAIPEI = ZoneId.of(DropoutApplication.TIME_ZONE);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(TAIPEI);
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(TAIPEI);

  private CaseViews() {
  }

  public static String date(Instant instant) {
    return instant == null ? "" : DATE.format(instant);
  }

  public static String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant);
  }

  /** 王小明 → 王○明, 李明 → 李○: mail leaves the building, so it names students only this far. */
  public static String maskName(String name) {
    if (name == null || name.length() < 2) {
      return name;
    }
    int[] cps = name.codePoints().toArray();
    String first = new String(cps, 0, 1);
    String last = cps.length > 2 ? new String(cps, cps.length - 1, 1) : "";
    return first + "○".repeat(Math.max(1, cps.length - 2)) + last;
  }
}
