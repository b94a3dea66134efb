package tw.dropout.registry;

import java.util.List;

/** One row of an uploaded sheet as text, numbered as Excel numbers it (the header is row 1). */
record SheetRow(int number, List<String> cells) {

  boolean isBlank() {
    return cells.stream().allMatch(c -> c == null || c.isBlank());
  }
}
