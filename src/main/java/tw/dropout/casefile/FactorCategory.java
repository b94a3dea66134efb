package tw.dropout.casefile;

/** The five groups of leaving factors; formKey names the checklist fields (factorsPersonal …). */
public enum FactorCategory implements Labelled {
  PERSONAL("Personal", "個人因素"),
  FAMILY("Family", "家庭因素"),
  SCHOOL("School", "學校因素"),
  SOCIAL("Social", "社會因素"),
  OTHER("Other", "其他因素");

  private final String formKey;
  private final String label;

  FactorCategory(String formKey, String label) {
    this.formKey = "factors" + formKey;
    this.label = label;
  }

  /** The checklist's variable; the 「其他」 text arrives in formKey + "Other". */
  public String formKey() {
    return formKey;
  }

  @Override
  public String label() {
    return label;
  }
}
