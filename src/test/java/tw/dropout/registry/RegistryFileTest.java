package tw.dropout.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Reading and checking upload files, without a database: the known schools are given. */
class RegistryFileTest {

  private static final Set<String> SCHOOLS = Set.of("019901", "069901", "219901");
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
  private static final String HEADER = RegistryColumn.headerLine();
  private static final String GOOD = "A123456789,王小明,2009-05-01,男,019901,1130001,普通科,3,301,王大明,父,"
      + "0912-345-678,新北市板橋區文化路一段1號";

  private static RegistryFile.Checked checkCsv(String text) {
    return RegistryFile.check("students.csv", text.getBytes(StandardCharsets.UTF_8), SCHOOLS, TODAY);
  }

  @Test
  void aGoodCsvBecomesStudents() {
    RegistryFile.Checked checked = checkCsv("\uFEFF" + HEADER + "\r\n" + GOOD + "\r\n"
        + "ac01234567,阮氏玉蘭,97/03/15,女,069901,1130002,機械科,3,機三甲,,,,臺中市西屯區河南路二段1號\r\n");
    assertThat(checked.problems()).isEmpty();
    assertThat(checked.students()).hasSize(2);
    RegistryStudent first = checked.students().get(0);
    assertThat(first).isEqualTo(new RegistryStudent("A123456789", "王小明", LocalDate.of(2009, 5, 1), "男", "019901",
        "1130001", "普通科", "3", "301", "王大明", "父", "0912-345-678", "新北市板橋區文化路一段1號"));
    RegistryStudent second = checked.students().get(1);
    assertThat(second.nationalId()).isEqualTo("AC01234567");
    assertThat(second.birthDate()).isEqualTo(LocalDate.of(2008, 3, 15)); // 民國 97
    assertThat(second.guardianName()).isNull();
  }

  @Test
  void columnsMayComeInAnyOrderAndQuotedValuesMaySpanLines() {
    String header = "name,national_id,birth_date,gender,school_code,student_no,department,grade,class_name,"
        + "guardian_name,guardian_relation,guardian_phone,address";
    RegistryFile.Checked checked = checkCsv(header + "\n"
        + "王小明,A123456789,2009/5/1,男,019901,1130001,普通科,3,301,王大明,父,02-2345-6789,\"新北市板橋區\n文化路一段1號\"\n");
    assertThat(checked.problems()).isEmpty();
    assertThat(checked.students().get(0).address()).isEqualTo("新北市板橋區\n文化路一段1號");
  }

  @Test
  void everyBadRowIsReportedWithItsRowNumberAndAllItsProblems() {
    RegistryFile.Checked checked = checkCsv(HEADER + "\n"
        + GOOD + "\n"
        + "\n" // a blank line still counts as row 3, as Excel shows it
        + "A123456788,李小華,2030-01-01,X,019901,1130003,普通科,3,301,,,12345,新北市\n"
        + "A800000014,,2009-05-01,女,999999,1130004,普通科,3,301,,,,新北市\n"
        + "F131104093,陳小安,2020-05-01,男,19901,1130005,普通科,3,301,,,,新北市\n"
        + "a123456789,王小明,2009-05-01,男,019901,1130001,普通科,3,301,,,,新北市\n");

    assertThat(checked.problems()).extracting(ImportResult.Problem::row).containsExactly(4, 5, 6, 7);
    assertThat(checked.problems().get(0).messages()).containsExactly(
        "身分證字號的檢查碼不符，可能有一碼打錯，請逐字核對證件後重新輸入。",
        "出生日期 2030-01-01 在今天之後，請確認年份。",
        "性別「X」無法辨識，請填「男」或「女」。",
        "監護人電話「12345」格式不正確，例如 02-2345-6789 或 0912-345-678。");
    assertThat(checked.problems().get(1).messages()).containsExactly(
        "學生姓名未填寫。",
        "學校代碼 999999 不是本系統的學校，請確認代碼，或請系統管理者先建立該校。");
    assertThat(checked.problems().get(2).messages()).containsExactly(
        "出生日期 2020-05-01 不合理：學生今年 6 歲，應介於 12 到 99 歲之間，請確認年份。",
        "學校代碼「19901」應為 6 位數字（在 Excel 中請將此欄設為文字，以免開頭的 0 被去掉）。");
    assertThat(checked.problems().get(3).messages()).containsExactly(
        "身分證字號與第 2 列重複；同一份檔案中每位學生只能出現一次。");
  }

  @Test
  void tooLongValuesAndImpossibleDatesAreRefused() {
    String longName = "名".repeat(51);
    RegistryFile.Checked checked = checkCsv(HEADER + "\n"
        + "A123456789," + longName + ",2009-02-30,男,019901,1130001,普通科,3,301,,,,新北市\n");
    assertThat(checked.problems()).singleElement().satisfies(p -> assertThat(p.messages()).containsExactly(
        "學生姓名最多 50 個字，這一列有 51 個字。",
        "出生日期「2009-02-30」無法辨識，請寫成 2008-03-15（西元）或 97/03/15（民國）。"));
  }

  @Test
  void wrongFilesAreRefusedAsAWhole() {
    assertThat(fileProblem("students.csv", new byte[0])).isEqualTo("檔案是空的。");
    assertThat(fileProblem("students.txt", "x".getBytes(StandardCharsets.UTF_8))).contains(".csv", ".xlsx");
    assertThat(fileProblem("students.xls", "x".getBytes(StandardCharsets.UTF_8))).contains("舊版 Excel");
    assertThat(fileProblem("students.csv", (HEADER + "\n" + GOOD).getBytes(Charset.forName("Big5"))))
        .contains("不是 UTF-8", "CSV UTF-8");
    assertThat(fileProblem("students.csv", (HEADER + "\n").getBytes(StandardCharsets.UTF_8)))
        .contains("沒有任何學生資料");
    assertThat(fileProblem("students.csv",
        HEADER.replace("gender,", "sex,").concat("\n" + GOOD).getBytes(StandardCharsets.UTF_8)))
        .contains("缺少：gender", "無法辨識：sex");
    assertThat(fileProblem("students.csv", (HEADER + "\n" + GOOD + ",extra").getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("第 2 列第 14 欄有資料，但該欄沒有欄位名稱。");
    assertThat(fileProblem("students.csv", (HEADER + "\n\"unclosed," + GOOD).getBytes(StandardCharsets.UTF_8)))
        .contains("雙引號");
    assertThat(fileProblem("students.xlsx", "not a zip".getBytes(StandardCharsets.UTF_8)))
        .contains("無法讀取這個 Excel 檔案");
  }

  @Test
  void anExcelFileIsReadLikeTheCsvWithDateCellsAndRowNumbers() throws IOException {
    byte[] xlsx = workbook(List.of(
        List.of("A123456789", "王小明", LocalDate.of(2009, 5, 1), "男", "019901", 1130001.0, "普通科", 3.0, "301",
            "王大明", "父", "0912-345-678", "新北市板橋區文化路一段1號"),
        List.of(),
        List.of("A123456788", "李小華", "2009-05-01", "女", 19901.0, "1130002", "普通科", "3", "302",
            "", "", "", "新北市")));
    RegistryFile.Checked checked = RegistryFile.check("學籍.XLSX", xlsx, SCHOOLS, TODAY);

    assertThat(checked.students()).singleElement().satisfies(s -> {
      assertThat(s.birthDate()).isEqualTo(LocalDate.of(2009, 5, 1));
      assertThat(s.studentNo()).isEqualTo("1130001");
      assertThat(s.grade()).isEqualTo("3");
    });
    assertThat(checked.problems()).singleElement().satisfies(p -> {
      assertThat(p.row()).isEqualTo(4);
      assertThat(p.messages()).hasSize(2);
      assertThat(p.messages().get(0)).contains("檢查碼不符");
      assertThat(p.messages().get(1)).contains("19901", "設為文字");
    });
  }

  private static String fileProblem(String fileName, byte[] content) {
    RegistryFile.Checked checked = RegistryFile.check(fileName, content, SCHOOLS, TODAY);
    assertThat(checked.problems()).singleElement().extracting(ImportResult.Problem::row).isEqualTo(0);
    return checked.problems().get(0).messages().get(0);
  }

  /** A workbook as an administrator would save it: header row, then cells of text, numbers and dates. */
  static byte[] workbook(List<List<Object>> rows) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("學籍");
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat((short) 14); // Excel's built-in short date
      String[] header = HEADER.split(",");
      Row first = sheet.createRow(0);
      for (int i = 0; i < header.length; i++) {
        first.createCell(i).setCellValue(header[i]);
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        List<Object> values = rows.get(r);
        for (int i = 0; i < values.size(); i++) {
          Object value = values.get(i);
          if (value instanceof LocalDate d) {
            row.createCell(i).setCellValue(d);
            row.getCell(i).setCellStyle(date);
          } else if (value instanceof Double n) {
            row.createCell(i).setCellValue(n);
          } else if (!value.toString().isEmpty()) {
            row.createCell(i).setCellValue(value.toString());
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }
}
