package tw.dropout.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import tw.dropout.account.StaffPrincipal;
import tw.dropout.school.StaffRole;
import tw.dropout.support.IntegrationTest;

/** The home page's announcements and their administration by ministry officers and administrators. */
@IntegrationTest
class AnnouncementWebTest {

  @Autowired MockMvc mvc;
  @Autowired Announcements announcements;

  private static Authentication as(String username, StaffRole role, String school) {
    return UsernamePasswordAuthenticationToken.authenticated(new StaffPrincipal(username, username, school, role), null,
        List.of(new SimpleGrantedAuthority(role.authority())));
  }

  private static final Authentication MINISTRY = as("ministry", StaffRole.MINISTRY, null);

  private static String html(MvcResult r) throws Exception {
    return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  private MvcResult create(String title, String body, MockMultipartFile file) throws Exception {
    MockMultipartHttpServletRequestBuilder request = multipart("/admin/announcements/new");
    if (file != null) {
      request.file(file);
    }
    return mvc.perform(request.param("title", title).param("body", body).param("publishedOn", "2031-03-04")
        .with(csrf()).with(authentication(MINISTRY))).andReturn();
  }

  private long idOf(String title) {
    return announcements.all().stream().filter(a -> a.title().equals(title)).findFirst().orElseThrow().id();
  }

  static byte[] zip(String... namesAndContents) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        z.putNextEntry(new ZipEntry(namesAndContents[i]));
        z.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void theHomePageListsPinnedFirstThenNewestWithTheManualAttachmentAndTheContactLine() throws Exception {
    String page = html(mvc.perform(get("/")).andReturn());
    assertThat(page).contains("高級中等學校中途離校學生通報系統", "公告", "系統服務電話", "註冊", "忘記密碼", "驗證碼");
    // Demo data: the pinned manual first, then newest first (the manual's list).
    int manual = page.indexOf("操作手冊在這裡，請參閱");
    int june16 = page.indexOf("6/23 (四) 12:00 - 14:00 客服電話暫停服務");
    int june14 = page.indexOf("7/8 (五) - 7/10 (日) 系統暫停服務");
    int april11 = page.indexOf("高級中等學校中途離校學生通報系統上線");
    assertThat(manual).isPositive().isLessThan(june16);
    assertThat(june16).isLessThan(june14);
    assertThat(june14).isLessThan(april11);
    assertThat(page).contains("操作手冊.odt");

    long manualId = idOf("操作手冊在這裡，請參閱");
    MvcResult download = mvc.perform(get("/announcements/" + manualId + "/attachment")).andReturn();
    assertThat(download.getResponse().getStatus()).isEqualTo(200);
    assertThat(download.getResponse().getContentType()).isEqualTo("application/vnd.oasis.opendocument.text");
    assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment;");
    assertThat(AttachmentCheck.check("x.odt", download.getResponse().getContentAsByteArray()).problem()).isNull();
  }

  @Test
  void bodiesArePlainTextWithLineBreaksNeverHtml() throws Exception {
    String title = "測試公告 " + UUID.randomUUID();
    assertThat(create(title, "<b>粗體</b><script>alert(1)</script>\n第二行", null).getResponse().getRedirectedUrl())
        .isEqualTo("/admin/announcements");
    String page = html(mvc.perform(get("/")).andReturn());
    assertThat(page).contains("&lt;b&gt;粗體&lt;/b&gt;&lt;script&gt;alert(1)&lt;/script&gt;\n第二行")
        .doesNotContain("<b>粗體</b>");
    announcements.delete(idOf(title));
  }

  @Test
  void ministryCreatesEditsPinsUnpinsAndDeletesWithAPdfAttachment() throws Exception {
    String title = "研習通知 " + UUID.randomUUID();
    byte[] pdf = "%PDF-1.4\n% test\n".getBytes(StandardCharsets.US_ASCII);
    create(title, "請各校派員參加。", new MockMultipartFile("attachment", "研習說明.pdf", "application/pdf", pdf));
    long id = idOf(title);
    Announcement a = announcements.find(id).orElseThrow();
    assertThat(a.publishedOn()).isEqualTo(LocalDate.of(2031, 3, 4));
    assertThat(a.attachmentName()).isEqualTo("研習說明.pdf");
    assertThat(mvc.perform(get("/announcements/" + id + "/attachment")).andReturn().getResponse().getContentAsByteArray())
        .isEqualTo(pdf);

    mvc.perform(post("/admin/announcements/" + id + "/pin").param("pinned", "true").with(csrf()).with(authentication(MINISTRY)));
    assertThat(announcements.find(id).orElseThrow().pinned()).isTrue();
    assertThat(announcements.all().get(0).pinned()).isTrue();
    mvc.perform(post("/admin/announcements/" + id + "/pin").param("pinned", "false").with(csrf()).with(authentication(MINISTRY)));
    assertThat(announcements.find(id).orElseThrow().pinned()).isFalse();

    mvc.perform(multipart("/admin/announcements/" + id + "/edit").param("title", title + "（更正）").param("body", "改期。")
        .param("publishedOn", "2031-03-05").param("removeAttachment", "true").with(csrf()).with(authentication(MINISTRY)));
    a = announcements.find(id).orElseThrow();
    assertThat(a.title()).endsWith("（更正）");
    assertThat(a.hasAttachment()).isFalse();
    assertThat(mvc.perform(get("/announcements/" + id + "/attachment")).andReturn().getResponse().getStatus()).isEqualTo(404);

    assertThat(html(mvc.perform(get("/admin/announcements").with(authentication(MINISTRY))).andReturn())).contains(a.title());
    mvc.perform(post("/admin/announcements/" + id + "/delete").with(csrf()).with(authentication(MINISTRY)));
    assertThat(announcements.find(id)).isEmpty();
  }

  @Test
  void attachmentsAreCheckedByNameAndByContent() throws Exception {
    String disguised = html(create("偽裝檔 " + UUID.randomUUID(), "內容",
        new MockMultipartFile("attachment", "手冊.pdf", "application/pdf", "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1))));
    assertThat(disguised).contains("附件內容與副檔名不符");
    String exe = html(create("執行檔 " + UUID.randomUUID(), "內容",
        new MockMultipartFile("attachment", "setup.exe", "application/octet-stream", new byte[] {1, 2, 3})));
    assertThat(exe).contains("附件只接受 PDF、PPT、PPTX、DOC、DOCX 或 ODT 檔案。");
    byte[] big = new byte[(int) AttachmentCheck.MAX_BYTES + 1];
    System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
    String tooBig = html(create("大檔 " + UUID.randomUUID(), "內容",
        new MockMultipartFile("attachment", "big.pdf", "application/pdf", big)));
    assertThat(tooBig).contains("附件超過 10 MB");
    String empty = html(create("", "", null));
    assertThat(empty).contains("請輸入標題。", "請輸入內容。");

    assertThat(AttachmentCheck.check("a.docx", zip("word/document.xml", "<w/>")).problem()).isNull();
    assertThat(AttachmentCheck.check("a.docx", zip("ppt/presentation.xml", "<p/>")).problem()).isEqualTo("notice.attachment.content");
    assertThat(AttachmentCheck.check("a.pptx", zip("ppt/presentation.xml", "<p/>")).problem()).isNull();
    assertThat(AttachmentCheck.check("a.odt", zip("mimetype", "application/vnd.oasis.opendocument.text")).problem()).isNull();
    assertThat(AttachmentCheck.check("a.odt", zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet")).problem())
        .isEqualTo("notice.attachment.content");
    byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};
    assertThat(AttachmentCheck.check("a.PPT", ole).problem()).isNull();
    assertThat(AttachmentCheck.check("a.doc", ole).attachment().contentType()).isEqualTo("application/msword");
    assertThat(AttachmentCheck.check("C:\\Users\\x\\報告.pdf", "%PDF-1.7".getBytes()).attachment().fileName()).isEqualTo("報告.pdf");
  }

  @Test
  void onlyMinistryAndAdministratorsManageAnnouncements() throws Exception {
    Authentication teacher = as("teacher1", StaffRole.HOMEROOM_TEACHER, "019901");
    assertThat(mvc.perform(get("/admin/announcements").with(authentication(teacher))).andReturn().getResponse().getStatus())
        .isEqualTo(403);
    assertThat(mvc.perform(get("/admin/announcements").with(authentication(as("admin", StaffRole.ADMIN, null))))
        .andReturn().getResponse().getStatus()).isEqualTo(200);
    assertThat(mvc.perform(get("/admin/announcements")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
  }
}
