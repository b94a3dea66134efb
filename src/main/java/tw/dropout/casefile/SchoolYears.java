package tw.dropout.casefile;

import java.time.LocalDate;

/** Taiwan's school year (學年度) runs August to July and is counted in the ROC calendar: 2025-08 → 114. */
public final class SchoolYears {

  private SchoolYears() {
  }

  public static int of(LocalDate day) {
    return day.getYear() - (day.getMonthValue() >= 8 ? 1911 : 1912);
  }
}
