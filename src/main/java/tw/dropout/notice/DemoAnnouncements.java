package tw.dropout.notice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tw.dropout.system.StartupOrder;

/** Demo announcements mirroring the list in the operation manual; added once, when there are none. */
@Component
@ConditionalOnProperty(name = "dropout.demo-data", havingValue = "true")
@Order(StartupOrder.DEMO_DATA + 1)
class DemoAnnouncements implements ApplicationRunner {

  private record Item(String date, String title, String body, boolean pinned) {
  }

  private static final List<Item> ITEMS = List.of(
      new Item("2022-04-11", "高級中等學校中途離校學生通報系統上線",
          "本系統自即日起上線，提供高級中等學校通報中途離校學生、記錄追蹤輔導及辦理結案。\n導師、輔導人員及一級主管請於右上角「註冊」申請帳號，由貴校主要通報人員審核。", false),
      new Item("2022-04-12", "!!有關帳號開通功能延後!!",
          "帳號開通信件功能調整中，延後開放。\n已送出的申請仍由各校主要通報人員審核，開通後將寄送開通信。", false),
      new Item("2022-04-19", "操作手冊在這裡，請參閱",
          "帳號註冊、忘記密碼、填報及通報流程的操作說明，請下載附件。", true),
      new Item("2022-04-28", "帳號開通再次延後",
          "帳號開通功能再次延後，造成不便，敬請見諒。", false),
      new Item("2022-05-14", "機房升級公告",
          "機房設備升級，期間系統可能短暫無法連線。\n如有急件請來電系統服務電話。", false),
      new Item("2022-05-27", "機房技術檢測公告",
          "配合機房技術檢測，系統服務將短暫中斷，請提早完成填報作業。", false),
      new Item("2022-06-14", "7/8 (五) - 7/10 (日) 系統暫停服務",
          "因機房電力設備維護，7/8 (五) 18:00 起至 7/10 (日) 24:00 系統暫停服務。\n請各校提早完成通報作業。", false),
      new Item("2022-06-16", "6/23 (四) 12:00 - 14:00 客服電話暫停服務",
          "6/23 (四) 12:00 - 14:00 系統服務電話暫停服務，如有問題請於其他時段來電。", false));

  private final Announcements announcements;

  DemoAnnouncements(Announcements announcements) {
    this.announcements = announcements;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) throws IOException {
    if (announcements.count() > 0) {
      return;
    }
    for (Item item : ITEMS) {
      Attachment manual = item.pinned() ? new Attachment("操作手冊.odt", "application/vnd.oasis.opendocument.text",
          manualOdt()) : null;
      announcements.create(item.title(), item.body(), LocalDate.parse(item.date()), item.pinned(), manual, "demo");
    }
  }

  /** A small OpenDocument text with the manual's account steps (ODF, Taiwan's government document format). */
  static byte[] manualOdt() throws IOException {
    String[] lines = {
        "高級中等學校中途離校學生通報系統 操作手冊（示範）",
        "帳號相關作業流程－帳號註冊（導師、輔導人員、一級主管）",
        "1 註冊：於系統右上角點選「註冊」，填寫資料後提交申請。",
        "2 通知：提交申請後，請主動向貴校主要通報人員告知已完成註冊，或靜待審核。",
        "3 審查：主要通報人員確認申請資料無誤後即可啟用帳號（系統將自動發信）。",
        "4 收信：至註冊時填寫的電子信箱收取開通信件並設定密碼，即完成流程，始得登入系統。",
        "忘記密碼：輸入帳號名稱及申請帳號時所填寫的信箱，送出後請前往信箱收取信件。"};
    StringBuilder paragraphs = new StringBuilder();
    for (String line : lines) {
      paragraphs.append("<text:p>").append(line).append("</text:p>");
    }
    String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
        + "<office:body><office:text>" + paragraphs + "</office:text></office:body></office:document-content>";
    String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
        + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
        + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        + "</manifest:manifest>";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
      ZipEntry first = new ZipEntry("mimetype");
      first.setMethod(ZipEntry.STORED);
      first.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      first.setCrc(crc.getValue());
      zip.putNextEntry(first);
      zip.write(mimetype);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
      zip.write(manifest.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return out.toByteArray();
  }
}
