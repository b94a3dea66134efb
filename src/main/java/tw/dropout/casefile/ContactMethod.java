package tw.dropout.casefile;

/** 聯繫方式 of a tracking record. */
public enum ContactMethod implements Labelled {
  PHONE("電話"),
  HOME_VISIT("家訪"),
  INTERVIEW("面談"),
  MESSAGE("簡訊或通訊軟體"),
  LETTER("函件"),
  OTHER("其他");

  private final String label;

  ContactMethod(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
