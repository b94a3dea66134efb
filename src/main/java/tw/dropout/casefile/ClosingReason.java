package tw.dropout.casefile;

/**
 * 建議結案事由 (SPEC §5). Which reason may close which kind of case is decided by
 * processes/ClosingReasons.dmn, not here. ADULTHOOD is our inference from closing condition 7.
 */
public enum ClosingReason implements Labelled {
  RETURNED("返校復學"),
  OTHER_SENIOR_HIGH("其它高中職就讀"),
  HIGHER_OR_EXPERIMENTAL("就讀專科以上學校/實驗教育"),
  GAVE_UP_ENROLMENT("放棄學籍"),
  ENROLMENT_REVOKED("廢止學籍"),
  DECEASED("死亡"),
  ABROAD("出國留學/移民"),
  COURT_CUSTODY("法院裁定收容"),
  ABSENCE_TO_SUSPENSION("無故七日轉休學(需填報一筆休學)"),
  ADULTHOOD("已成年（追蹤期滿）");

  private final String label;

  ClosingReason(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
