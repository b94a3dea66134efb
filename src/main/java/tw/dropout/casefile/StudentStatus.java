package tw.dropout.casefile;

/** 學生目前狀況 at a tracking record (the ministry's statistics count these). */
public enum StudentStatus implements Labelled {
  AT_HOME("在家"),
  EMPLOYED("就業"),
  STUDYING("就學"),
  LEFT_HOME("離家"),
  MISSING("行蹤不明"),
  OTHER("其他");

  private final String label;

  StudentStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
