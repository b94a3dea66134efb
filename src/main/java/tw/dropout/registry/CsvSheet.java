package tw.dropout.registry;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a UTF-8 CSV file into rows. */
final class CsvSheet {

  // Blank lines stay records, so record numbers are the row numbers Excel shows for the same file.
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

  private CsvSheet() {
  }

  static List<SheetRow> read(byte[] content) throws RegistryFileException {
    String text = decodeUtf8(content);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1); // Excel's "CSV UTF-8" starts with a byte order mark
    }
    List<SheetRow> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
      for (CSVRecord record : parser) {
        rows.add(new SheetRow((int) record.getRecordNumber(), record.toList()));
      }
    } catch (IOException | UncheckedIOException e) {
      // commons-csv reports e.g. an unclosed quote this way
      throw new RegistryFileException(RegistryTexts.get("file.csvBroken", e.getMessage()), e);
    }
    return rows;
  }

  /**
   * Strict UTF-8: Excel in Taiwan saves "CSV" as Big5 by default, which would otherwise turn every
   * name into mojibake without anyone noticing.
   */
  private static String decodeUtf8(byte[] content) throws RegistryFileException {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString();
    } catch (CharacterCodingException e) {
      throw new RegistryFileException(RegistryTexts.get("file.notUtf8"), e);
    }
  }
}
