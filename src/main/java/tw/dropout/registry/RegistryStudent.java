package tw.dropout.registry;

import java.time.LocalDate;

/**
 * One student as the 學籍 registry knows them. nationalId is normalised (upper case); schoolCode is
 * the school the student is enrolled at now. Guardian fields may be null (adult students).
 */
public record RegistryStudent(
    String nationalId,
    String name,
    LocalDate birthDate,
    String gender,
    String schoolCode,
    String studentNo,
    String department,
    String grade,
    String className,
    String guardianName,
    String guardianRelation,
    String guardianPhone,
    String address) {

  /** Age in whole years on {@code day}; 成年 (adulthood) is 18 since 2023-01-01. */
  public int ageOn(LocalDate day) {
    return java.time.Period.between(birthDate, day).getYears();
  }

  /** The 18th birthday, the day suspension tracking may end (SPEC §5 rule 7). */
  public LocalDate adulthoodDate() {
    return birthDate.plusYears(18);
  }
}
