package tw.dropout.casefile;

/** 學生身份. */
public enum StudentIdentity implements Labelled {
  GENERAL("一般生"),
  INDIGENOUS("原住民"),
  NEW_RESIDENT_CHILD("新住民子女");

  private final String label;

  StudentIdentity(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
