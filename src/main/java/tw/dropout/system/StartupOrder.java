package tw.dropout.system;

/** The order in which start-up work runs (ApplicationRunner @Order values). */
public final class StartupOrder {

  public static final int ACCESS_POLICY = 10;
  public static final int FIRST_ADMIN = 20;
  public static final int DEMO_DATA = 30;
  public static final int TASK_FILTERS = 40;

  private StartupOrder() {
  }
}
