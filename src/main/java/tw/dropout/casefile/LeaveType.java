package tw.dropout.casefile;

/** 離校種類. The short label is for lists and Tasklist columns, where the full wording does not fit. */
public enum LeaveType implements Labelled {
  ABSENCE("未經請假或不明原因未到校上課連續達三日以上", "無故未到校三日以上"),
  SUSPENSION("休學", "休學"),
  TRANSFER("轉學", "轉學");

  private final String label;
  private final String shortLabel;

  LeaveType(String label, String shortLabel) {
    this.label = label;
    this.shortLabel = shortLabel;
  }

  @Override
  public String label() {
    return label;
  }

  public String shortLabel() {
    return shortLabel;
  }
}
