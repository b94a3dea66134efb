package tw.dropout.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/**
 * The filer's two forms: 基本資料 (window 2) and 案件資料 (window 3). Each has a "form" method giving
 * the values a new task shows (registry data read-only, earlier answers pre-filled) and a method that
 * validates a submission and saves it, or refuses it whole.
 */
@Service
public class CaseData {

  static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/MM/dd");
  private static final Pattern PHONE = Pattern.compile("[0-9０-９+＋()（）#＃\\- ]{6,30}");

  private final CaseRepository cases;
  private final Actors actors;
  private final Clock clock;

  CaseData(CaseRepository cases, Actors actors, Clock clock) {
    this.cases = cases;
    this.actors = actors;
    this.clock = clock;
  }

  public Map<String, Object> basicDataForm(long caseId) {
    DropoutCase c = cases.get(caseId);
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("registryName", c.studentName());
    form.put("registryBirthDate", c.birthDate() == null ? "" : SLASHED.format(c.birthDate()));
    form.put("registryGender", c.gender());
    form.put("registryStudentNo", c.studentNo());
    form.put("registryDepartment", c.department());
    form.put("registryGrade", c.grade());
    form.put("registryClassName", c.className());
    form.put("registryAddress", c.registeredAddress());
    form.put("phone", c.phone());
    form.put("guardianName", c.guardianName());
    form.put("guardianRelation", c.guardianRelation());
    form.put("guardianPhone", c.guardianPhone());
    form.put("sameAsGuardian", c.sameAsGuardian());
    form.put("mailingAddress", c.mailingAddress());
    form.put("returnNotice", c.returnReason());
    return form;
  }

  @Transactional
  public DropoutCase saveBasicData(long caseId, String username, Map<String, Object> submitted) {
    DropoutCase c = editable(caseId, username);
    FormInput in = new FormInput(submitted, LocalDate.now(clock));
    String guardianName = in.text("guardianName", "監護人姓名", 50, false);
    String guardianRelation = in.text("guardianRelation", "關係", 20, false);
    String guardianPhone = phone(in, "guardianPhone", "監護人電話", false);
    boolean sameAsGuardian = Boolean.TRUE.equals(in.yesNo("sameAsGuardian", "同監護人", false));
    String phone;
    if (sameAsGuardian) {
      if (guardianPhone == null) {
        in.problem(CaseTexts.get("basic.sameAsGuardianNeedsPhone"));
      }
      phone = guardianPhone;
    } else {
      phone = phone(in, "phone", "電話/手機", true);
    }
    String mailingAddress = in.text("mailingAddress", "通訊地址", 200, false);
    in.refuseIfProblems();
    return cases.updateBasicData(c, phone, guardianName, guardianRelation, guardianPhone, sameAsGuardian,
        mailingAddress, clock.instant());
  }

  public Map<String, Object> caseDataForm(long caseId) {
    DropoutCase c = cases.get(caseId);
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("leaveDate", c.leaveDate() == null ? null : c.leaveDate().toString());
    form.put("leaveType", c.leaveType() == null ? null : c.leaveType().name());
    form.put("studentIdentity", c.studentIdentity() == null ? null : c.studentIdentity().name());
    form.put("description", c.description());
    List<CaseRepository.Factor> factors = cases.factors(caseId);
    for (FactorCategory category : FactorCategory.values()) {
      List<String> codes = new ArrayList<>();
      String other = null;
      for (CaseRepository.Factor f : factors) {
        if (f.factor().category() == category) {
          codes.add(f.factor().name());
          other = f.factor().isOther() ? f.otherText() : other;
        }
      }
      form.put(category.formKey(), codes);
      form.put(category.formKey() + "Other", other);
    }
    form.put("returnNotice", c.returnReason());
    return form;
  }

  /** Whether the case was returned by 退回補正 and its corrected data is awaited. */
  public boolean awaitsCorrection(long caseId) {
    return cases.get(caseId).awaitsCorrection();
  }

  @Transactional
  public DropoutCase submitCaseData(long caseId, String username, Map<String, Object> submitted) {
    DropoutCase c = editable(caseId, username);
    FormInput in = new FormInput(submitted, LocalDate.now(clock));
    LocalDate leaveDate = in.date("leaveDate", "離校日期", true);
    if (leaveDate != null && c.birthDate() != null && leaveDate.isBefore(c.birthDate())) {
      in.problem(CaseTexts.get("caseData.leaveBeforeBirth"));
    }
    LeaveType leaveType = in.choice("leaveType", "離校種類", LeaveType.class, true);
    StudentIdentity identity = in.choice("studentIdentity", "學生身份", StudentIdentity.class, true);
    List<CaseRepository.Factor> factors = new ArrayList<>();
    for (FactorCategory category : FactorCategory.values()) {
      factors.addAll(factors(in, category));
    }
    String description = in.text("description", "案件說明", 2000, false);
    in.refuseIfProblems();
    Instant now = clock.instant();
    boolean resubmission = c.awaitsCorrection();
    DropoutCase saved = cases.updateCaseData(c, leaveDate, leaveType, identity, description, factors, now);
    cases.audit(c.id(), username, resubmission ? "CORRECTED" : "SUBMITTED", null, now);
    return saved;
  }

  private List<CaseRepository.Factor> factors(FormInput in, FactorCategory category) {
    List<CaseRepository.Factor> factors = new ArrayList<>();
    for (String code : in.codes(category.formKey(), category.label())) {
      LeavingFactor factor;
      try {
        factor = LeavingFactor.valueOf(code);
      } catch (IllegalArgumentException e) {
        factor = null;
      }
      if (factor == null || factor.category() != category) {
        in.problem(CaseTexts.get("form.badChoice", category.label()));
        continue;
      }
      String other = null;
      if (factor.isOther()) {
        other = in.text(category.formKey() + "Other", factor.label() + "（說明）", 100, true);
      }
      factors.add(new CaseRepository.Factor(factor, other));
    }
    return factors;
  }

  private DropoutCase editable(long caseId, String username) {
    DropoutCase c = cases.get(caseId);
    Actor actor = actors.require(username);
    if (!actor.mayEditFilerData(c)) {
      throw CaseTexts.refusal("caseData.notYours");
    }
    if (c.reportedAt() != null || !c.isOpen()) {
      throw CaseTexts.refusal("caseData.alreadyReported");
    }
    return c;
  }

  private static String phone(FormInput in, String key, String label, boolean required) {
    String phone = in.text(key, label, 30, required);
    if (phone != null && !PHONE.matcher(phone).matches()) {
      in.problem(CaseTexts.get("form.badPhone", label));
    }
    return phone;
  }
}
