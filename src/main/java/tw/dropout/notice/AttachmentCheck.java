package tw.dropout.notice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Accepts PDF, PPT(X), DOC(X) and ODT files up to 10 MB, judged by the name's extension AND by the
 * content: PDF by its header, PPT/DOC by the OLE2 signature, the Office Open XML and ODF formats by
 * the ZIP entries that make them what they are.
 */
final class AttachmentCheck {

  static final long MAX_BYTES = 10L * 1024 * 1024;

  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
  private static final Map<String, String> TYPES = Map.of(
      "pdf", "application/pdf",
      "doc", "application/msword",
      "ppt", "application/vnd.ms-powerpoint",
      "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      "odt", "application/vnd.oasis.opendocument.text");

  private AttachmentCheck() {
  }

  /** The attachment, or the message key of what is wrong with it. */
  static Result check(String originalName, byte[] content) {
    String name = cleanName(originalName);
    if (content.length == 0) {
      return Result.problem("notice.attachment.empty");
    }
    if (content.length > MAX_BYTES) {
      return Result.problem("notice.attachment.tooLarge");
    }
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    String type = TYPES.get(ext);
    if (type == null) {
      return Result.problem("notice.attachment.type");
    }
    boolean fits = switch (ext) {
      case "pdf" -> startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII));
      case "doc", "ppt" -> startsWith(content, OLE2);
      case "docx" -> zipHas(content, "word/document.xml", null);
      case "pptx" -> zipHas(content, "ppt/presentation.xml", null);
      case "odt" -> zipHas(content, "mimetype", "application/vnd.oasis.opendocument.text");
      default -> false;
    };
    return fits ? new Result(new Attachment(name, type, content), null) : Result.problem("notice.attachment.content");
  }

  record Result(Attachment attachment, String problem) {
    static Result problem(String key) {
      return new Result(null, key);
    }
  }

  /** The file name without any path a browser sent, without control characters, at most 200 characters. */
  static String cleanName(String name) {
    String n = name == null ? "" : name.replace('\\', '/');
    n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (n.length() > 200) {
      n = n.substring(n.length() - 200);
    }
    return n.isEmpty() ? "attachment" : n;
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
  }

  private static boolean zipHas(byte[] content, String entryName, String expectedContent) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry entry;
      int seen = 0;
      while ((entry = zip.getNextEntry()) != null && seen++ < 10_000) {
        if (entry.getName().equals(entryName)) {
          if (expectedContent == null) {
            return true;
          }
          byte[] head = zip.readNBytes(200);
          return new String(head, StandardCharsets.US_ASCII).strip().equals(expectedContent);
        }
      }
      return false;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

}
