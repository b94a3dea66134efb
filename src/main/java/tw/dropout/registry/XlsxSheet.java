package tw.dropout.registry;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the first worksheet of an .xlsx file into rows of text. Streams the sheet (SAX) instead of
 * building a workbook in memory: a 10 MB upload can hold a whole county's students.
 */
final class XlsxSheet {

  private XlsxSheet() {
  }

  static List<SheetRow> read(byte[] content) throws RegistryFileException {
    Rows rows = new Rows();
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
      XSSFReader reader = new XSSFReader(pkg);
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw new RegistryFileException(RegistryTexts.get("file.empty"));
      }
      try (InputStream sheet = sheets.next()) {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
            new ReadOnlySharedStringsTable(pkg), rows, new IsoDates(), false));
        parser.parse(new InputSource(sheet));
      }
    } catch (RegistryFileException e) {
      throw e;
    } catch (Exception e) {
      // POI says "not an OOXML file", "invalid zip" … in English: the user needs only the gist.
      throw new RegistryFileException(RegistryTexts.get("file.xlsxBroken"), e);
    }
    return rows.rows;
  }

  /** Collects cells by their column letter, so skipped empty cells keep the others in place. */
  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
    final List<SheetRow> rows = new ArrayList<>();
    private List<String> cells;
    private int number;

    @Override
    public void startRow(int rowNum) {
      number = rowNum + 1;
      cells = new ArrayList<>();
    }

    @Override
    public void endRow(int rowNum) {
      rows.add(new SheetRow(number, List.copyOf(cells)));
    }

    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
      int column = new CellReference(cellReference).getCol();
      while (cells.size() <= column) {
        cells.add("");
      }
      cells.set(column, formattedValue == null ? "" : formattedValue);
    }
  }

  /**
   * Date cells as 2008-03-15 whatever their display format: POI would render Excel's default short
   * date as "3/15/08", which no one could read unambiguously.
   */
  private static final class IsoDates extends DataFormatter {
    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
      }
      return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
    }
  }
}
