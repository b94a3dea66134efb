package tw.dropout.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An uploaded registry file (CSV or .xlsx) as rows of named values. The header row names the columns
 * (any order); every column of {@link RegistryColumn} must be there and nothing else, so a wrong file
 * is refused as a whole rather than imported half-understood.
 */
final class RegistryFile {

  record Row(int number, Map<RegistryColumn, String> values) {
  }

  /** Students of a file that passed every check, or the problems found (then students is incomplete). */
  record Checked(List<RegistryStudent> students, List<ImportResult.Problem> problems) {
  }

  private RegistryFile() {
  }

  /**
   * Reads and checks a whole file: each row against {@link StudentRowRules}, its school against
   * {@code knownSchools}, and its national ID against the rows before it.
   */
  static Checked check(String fileName, byte[] content, Set<String> knownSchools, LocalDate today) {
    List<Row> rows;
    try {
      rows = read(fileName, content);
    } catch (RegistryFileException e) {
      return new Checked(List.of(), List.of(new ImportResult.Problem(0, List.of(e.getMessage()))));
    }
    Map<String, Integer> firstRowOf = new HashMap<>();
    List<RegistryStudent> valid = new ArrayList<>();
    List<ImportResult.Problem> problems = new ArrayList<>();
    for (Row row : rows) {
      StudentRowRules.Checked result = StudentRowRules.check(row.values(), today);
      List<String> messages = new ArrayList<>(result.problems());
      String schoolCode = row.values().getOrDefault(RegistryColumn.SCHOOL_CODE, "").strip();
      if (schoolCode.matches("\\d{6}") && !knownSchools.contains(schoolCode)) {
        messages.add(RegistryTexts.get("row.schoolUnknown", schoolCode));
      }
      String id = NationalId.normalize(row.values().get(RegistryColumn.NATIONAL_ID));
      Integer earlier = id.isEmpty() ? null : firstRowOf.putIfAbsent(id, row.number());
      if (earlier != null) {
        messages.add(RegistryTexts.get("row.duplicate", earlier));
      }
      if (messages.isEmpty()) {
        valid.add(result.student());
      } else {
        problems.add(new ImportResult.Problem(row.number(), List.copyOf(messages)));
      }
    }
    return new Checked(valid, problems);
  }

  static List<Row> read(String fileName, byte[] content) throws RegistryFileException {
    if (content.length == 0) {
      throw new RegistryFileException(RegistryTexts.get("file.empty"));
    }
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    List<SheetRow> sheet;
    if (name.endsWith(".xlsx")) {
      sheet = XlsxSheet.read(content);
    } else if (name.endsWith(".csv")) {
      sheet = CsvSheet.read(content);
    } else if (name.endsWith(".xls")) {
      throw new RegistryFileException(RegistryTexts.get("file.oldExcel"));
    } else {
      throw new RegistryFileException(RegistryTexts.get("file.type"));
    }
    return rows(sheet);
  }

  private static List<Row> rows(List<SheetRow> sheet) throws RegistryFileException {
    if (sheet.isEmpty() || sheet.get(0).isBlank()) {
      throw new RegistryFileException(RegistryTexts.get("file.noHeader", RegistryColumn.headerLine()));
    }
    Map<Integer, RegistryColumn> columnAt = header(sheet.get(0));
    List<Row> rows = new ArrayList<>();
    for (SheetRow line : sheet.subList(1, sheet.size())) {
      if (line.isBlank()) {
        continue; // spreadsheets often end with empty rows
      }
      Map<RegistryColumn, String> values = new EnumMap<>(RegistryColumn.class);
      List<String> cells = line.cells();
      for (int i = 0; i < cells.size(); i++) {
        RegistryColumn column = columnAt.get(i);
        if (column != null) {
          values.put(column, cells.get(i));
        } else if (!cells.get(i).isBlank()) {
          throw new RegistryFileException(RegistryTexts.get("file.extraCell", line.number(), i + 1));
        }
      }
      rows.add(new Row(line.number(), values));
    }
    if (rows.isEmpty()) {
      throw new RegistryFileException(RegistryTexts.get("file.noStudents"));
    }
    return rows;
  }

  private static Map<Integer, RegistryColumn> header(SheetRow header) throws RegistryFileException {
    Map<String, RegistryColumn> byName = new HashMap<>();
    for (RegistryColumn column : RegistryColumn.values()) {
      byName.put(column.fileName(), column);
    }
    Map<Integer, RegistryColumn> columnAt = new HashMap<>();
    List<String> unknown = new ArrayList<>();
    List<String> cells = header.cells();
    for (int i = 0; i < cells.size(); i++) {
      String name = cells.get(i).strip().toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        continue;
      }
      RegistryColumn column = byName.get(name);
      if (column == null || columnAt.containsValue(column)) {
        unknown.add(cells.get(i).strip());
      } else {
        columnAt.put(i, column);
      }
    }
    List<String> missing = new ArrayList<>();
    for (RegistryColumn column : RegistryColumn.values()) {
      if (!columnAt.containsValue(column)) {
        missing.add(column.fileName());
      }
    }
    if (!missing.isEmpty() || !unknown.isEmpty()) {
      throw new RegistryFileException(RegistryTexts.get("file.header",
          missing.isEmpty() ? "—" : String.join(", ", missing),
          unknown.isEmpty() ? "—" : String.join(", ", unknown),
          RegistryColumn.headerLine()));
    }
    return columnAt;
  }
}
