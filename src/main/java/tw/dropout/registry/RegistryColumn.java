package tw.dropout.registry;

/**
 * The registry's fields, in file order: the CSV/Excel header name, the HTTP JSON name, the longest
 * value the table takes and whether a value is required. Guardian fields are optional because adult
 * students may have no guardian.
 */
public enum RegistryColumn {
  NATIONAL_ID("national_id", "nationalId", 10, true),
  NAME("name", "name", 50, true),
  BIRTH_DATE("birth_date", "birthDate", 10, true),
  GENDER("gender", "gender", 1, true),
  SCHOOL_CODE("school_code", "schoolCode", 6, true),
  STUDENT_NO("student_no", "studentNo", 20, true),
  DEPARTMENT("department", "department", 30, true),
  GRADE("grade", "grade", 10, true),
  CLASS_NAME("class_name", "className", 20, true),
  GUARDIAN_NAME("guardian_name", "guardianName", 50, false),
  GUARDIAN_RELATION("guardian_relation", "guardianRelation", 10, false),
  GUARDIAN_PHONE("guardian_phone", "guardianPhone", 20, false),
  ADDRESS("address", "address", 200, true);

  private final String fileName;
  private final String jsonName;
  private final int maxLength;
  private final boolean required;

  RegistryColumn(String fileName, String jsonName, int maxLength, boolean required) {
    this.fileName = fileName;
    this.jsonName = jsonName;
    this.maxLength = maxLength;
    this.required = required;
  }

  /** Name in the header row of a CSV or Excel file. */
  public String fileName() {
    return fileName;
  }

  /** Name in the HTTP registry's JSON. */
  public String jsonName() {
    return jsonName;
  }

  public int maxLength() {
    return maxLength;
  }

  public boolean required() {
    return required;
  }

  /** zh-TW label, e.g. 身分證字號. */
  public String label() {
    return RegistryTexts.get("column." + fileName);
  }

  /** The header row of an import file, comma separated. */
  public static String headerLine() {
    return String.join(",", java.util.Arrays.stream(values()).map(RegistryColumn::fileName).toList());
  }
}
