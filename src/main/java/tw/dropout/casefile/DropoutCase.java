package tw.dropout.casefile;

import java.time.Instant;
import java.time.LocalDate;

import tw.dropout.registry.NationalId;

/** One row of dropout_case: a student's 中途離校 case from filing to closure. */
public record DropoutCase(
    long id,
    String caseNumber,
    String schoolCode,
    int schoolYear,
    String nationalId,
    String studentName,
    LocalDate birthDate,
    String gender,
    String studentNo,
    String department,
    String grade,
    String className,
    String registeredAddress,
    String phone,
    String guardianName,
    String guardianRelation,
    String guardianPhone,
    boolean sameAsGuardian,
    String mailingAddress,
    LocalDate leaveDate,
    LeaveType leaveType,
    StudentIdentity studentIdentity,
    String description,
    CaseState state,
    String filedBy,
    String filedByName,
    Instant filedAt,
    Instant basicDataSavedAt,
    Instant caseDataSubmittedAt,
    String returnReason,
    Instant reportedAt,
    String reportedBy,
    Long closureRecordId,
    Instant closedAt,
    String closedBy,
    ClosingReason closingReason,
    String closingNote,
    LocalDate lastTrackedOn,
    Long linkedCaseId,
    String processInstanceId) {

  /**
   * The state follows from the facts; this is the one place that says how (SPEC §4: 填報中 →
   * 待新增追蹤紀錄 → 待通報 → 追蹤中 → 待結案 → 已結案, plus 退回補正).
   */
  public CaseState derivedState() {
    if (closedAt != null) {
      return CaseState.CLOSED;
    }
    if (awaitsCorrection()) {
      return CaseState.RETURNED;
    }
    if (caseDataSubmittedAt == null) {
      return CaseState.FILING;
    }
    if (reportedAt == null) {
      return lastTrackedOn == null ? CaseState.AWAITING_RECORD : CaseState.AWAITING_REPORT;
    }
    return closureRecordId != null ? CaseState.AWAITING_CLOSURE : CaseState.TRACKING;
  }

  DropoutCase withState(CaseState newState) {
    return new DropoutCase(id, caseNumber, schoolCode, schoolYear, nationalId, studentName, birthDate, gender,
        studentNo, department, grade, className, registeredAddress, phone, guardianName, guardianRelation,
        guardianPhone, sameAsGuardian, mailingAddress, leaveDate, leaveType, studentIdentity, description, newState,
        filedBy, filedByName, filedAt, basicDataSavedAt, caseDataSubmittedAt, returnReason, reportedAt, reportedBy,
        closureRecordId, closedAt, closedBy, closingReason, closingNote, lastTrackedOn, linkedCaseId,
        processInstanceId);
  }

  DropoutCase withTracking(Long newClosureRecordId, LocalDate newLastTrackedOn) {
    return new DropoutCase(id, caseNumber, schoolCode, schoolYear, nationalId, studentName, birthDate, gender,
        studentNo, department, grade, className, registeredAddress, phone, guardianName, guardianRelation,
        guardianPhone, sameAsGuardian, mailingAddress, leaveDate, leaveType, studentIdentity, description, state,
        filedBy, filedByName, filedAt, basicDataSavedAt, caseDataSubmittedAt, returnReason, reportedAt, reportedBy,
        newClosureRecordId, closedAt, closedBy, closingReason, closingNote, newLastTrackedOn, linkedCaseId,
        processInstanceId);
  }

  DropoutCase withBasicData(String newPhone, String newGuardianName, String newGuardianRelation,
      String newGuardianPhone, boolean newSameAsGuardian, String newMailingAddress, Instant savedAt) {
    return new DropoutCase(id, caseNumber, schoolCode, schoolYear, nationalId, studentName, birthDate, gender,
        studentNo, department, grade, className, registeredAddress, newPhone, newGuardianName, newGuardianRelation,
        newGuardianPhone, newSameAsGuardian, newMailingAddress, leaveDate, leaveType, studentIdentity, description,
        state, filedBy, filedByName, filedAt, savedAt, caseDataSubmittedAt, returnReason, reportedAt, reportedBy,
        closureRecordId, closedAt, closedBy, closingReason, closingNote, lastTrackedOn, linkedCaseId,
        processInstanceId);
  }

  /** Submitted case data; a pending request for correction is thereby answered. */
  DropoutCase withCaseData(LocalDate newLeaveDate, LeaveType newLeaveType, StudentIdentity newIdentity,
      String newDescription, Instant submittedAt) {
    return new DropoutCase(id, caseNumber, schoolCode, schoolYear, nationalId, studentName, birthDate, gender,
        studentNo, department, grade, className, registeredAddress, phone, guardianName, guardianRelation,
        guardianPhone, sameAsGuardian, mailingAddress, newLeaveDate, newLeaveType, newIdentity, newDescription, state,
        filedBy, filedByName, filedAt, basicDataSavedAt, submittedAt, null, reportedAt, reportedBy,
        closureRecordId, closedAt, closedBy, closingReason, closingNote, lastTrackedOn, linkedCaseId,
        processInstanceId);
  }

  DropoutCase withReport(Instant at, String by) {
    return new DropoutCase(id, caseNumber, schoolCode, schoolYear, nationalId, studentName, birthDate, gender,
        studentNo, department, grade, className, registeredAddress, phone, guardianName, guardianRelation,
        guardianPhone, sameAsGuardian, mailingAddress, leaveDate, leaveType, studentIdentity, description, state,
        filedBy, filedByName, filedAt, basicDataSavedAt, caseDataSubmittedAt, returnReason, at, by,
        closureRecordId, closedAt, closedBy, closingReason, closingNote, lastTrackedOn, linkedCaseId,
        processInstanceId);
  }

  /** Closed on its pending suggestion, which is thereby used up. */
  DropoutCase withClosure(Instant at, String by, ClosingReason reason, String note) {
    return new DropoutCase(id, caseNumber, schoolCode, schoolYear, nationalId, studentName, birthDate, gender,
        studentNo, department, grade, className, registeredAddress, phone, guardianName, guardianRelation,
        guardianPhone, sameAsGuardian, mailingAddress, leaveDate, leaveType, studentIdentity, description, state,
        filedBy, filedByName, filedAt, basicDataSavedAt, caseDataSubmittedAt, returnReason, reportedAt, reportedBy,
        null, at, by, reason, note, lastTrackedOn, linkedCaseId, processInstanceId);
  }

  /** Returned by 退回補正: the filer's corrected data is awaited (submitting case data answers it). */
  public boolean awaitsCorrection() {
    return returnReason != null;
  }

  public String maskedNationalId() {
    return NationalId.mask(nationalId);
  }

  public boolean isOpen() {
    return closedAt == null;
  }

  /** 成年 is the 18th birthday (since 2023-01-01). */
  public boolean studentAdultOn(LocalDate day) {
    return birthDate != null && !day.isBefore(birthDate.plusYears(18));
  }

  public String leaveTypeLabel() {
    return leaveType == null ? "" : leaveType.shortLabel();
  }
}
