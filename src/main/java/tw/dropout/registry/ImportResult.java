package tw.dropout.registry;

import java.util.List;

/**
 * What an import did: either students created/updated, or the problems that stopped it (then nothing
 * was written). A problem with row 0 concerns the whole file.
 */
public record ImportResult(int created, int updated, int transfers, List<Problem> problems) {

  public record Problem(int row, List<String> messages) {
  }

  static ImportResult refused(List<Problem> problems) {
    return new ImportResult(0, 0, 0, List.copyOf(problems));
  }

  static ImportResult refused(String fileProblem) {
    return refused(List.of(new Problem(0, List.of(fileProblem))));
  }

  public boolean refused() {
    return !problems.isEmpty();
  }

  public int imported() {
    return created + updated;
  }
}
