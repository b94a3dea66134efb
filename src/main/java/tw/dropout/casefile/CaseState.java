package tw.dropout.casefile;

/** Where a case stands (SPEC §4). Only in the two "awaiting" states can the main reporter act. */
public enum CaseState implements Labelled {
  FILING("填報中"),
  RETURNED("退回補正"),
  AWAITING_RECORD("待新增追蹤紀錄"),
  AWAITING_REPORT("待通報"),
  TRACKING("追蹤中"),
  AWAITING_CLOSURE("待結案"),
  CLOSED("已結案");

  private final String label;

  CaseState(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** The 通報/結案 column shows an arrow (the main reporter has a task) rather than a lock. */
  public boolean mainReporterCanAct() {
    return this == AWAITING_REPORT || this == AWAITING_CLOSURE;
  }

  public boolean isOpen() {
    return this != CLOSED;
  }
}
