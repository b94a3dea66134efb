package tw.dropout.casefile;

/** 聯繫對象 of a tracking record. */
public enum ContactTarget implements Labelled {
  STUDENT("學生"),
  GUARDIAN("家長或監護人"),
  OTHER("其他");

  private final String label;

  ContactTarget(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
