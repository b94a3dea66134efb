package tw.dropout.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tw.dropout.support.IntegrationTest;

/** The register page: every validation message next to its field, and a successful application. */
@IntegrationTest
class RegistrationWebTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  private static Map<String, String> valid(String username) {
    Map<String, String> f = new HashMap<>();
    f.put("county", "新北市");
    f.put("schoolCode", "019901");
    f.put("role", "COUNSELOR");
    f.put("name", "林佳蓉");
    f.put("title", "專任輔導教師");
    f.put("email", username + "@mail.example.edu.tw");
    f.put("phone", "(02)2345-6789轉12");
    f.put("username", username);
    f.put("captcha", "kw7hd");
    return f;
  }

  private String submit(Map<String, String> fields) throws Exception {
    MvcResult result = new PublicForms(mvc, "192.0.2.10").post("/register", fields);
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    return PublicForms.html(result);
  }

  /** The error text shown right after the field's input (its invalid-feedback element). */
  private static String errorOf(String html, String field) {
    int at = html.indexOf("id=\"" + field + "-error\"");
    assertThat(at).as("error element of " + field).isPositive();
    return html.substring(html.indexOf('>', at) + 1, html.indexOf("</div>", at));
  }

  @Test
  void thePageOffersCountiesSchoolsAndOnlyTheThreeSelfServiceRoles() throws Exception {
    String html = PublicForms.html(new PublicForms(mvc, "192.0.2.10").get("/register"));
    assertThat(html).contains("帳號註冊", "臺北市", "連江縣", "導師", "輔導人員", "一級主管", "驗證碼", "captcha-image")
        .doesNotContain("主要通報人員</label>");
    String json = PublicForms.html(new PublicForms(mvc, "192.0.2.10").get("/register/schools?county=%E6%96%B0%E5%8C%97%E5%B8%82"));
    assertThat(json).isEqualTo("[{\"code\":\"019901\",\"name\":\"新北市立青山高級中學\"}]");
    // Without JavaScript the county can be sent by GET and the page lists its schools.
    assertThat(PublicForms.html(new PublicForms(mvc, "192.0.2.10").get("/register?county=%E8%87%BA%E4%B8%AD%E5%B8%82")))
        .contains("<option value=\"069901\">臺中市立綠川高級中學</option>");
  }

  @Test
  void emptyFormGetsARequiredMessageAtEveryField() throws Exception {
    Map<String, String> empty = new HashMap<>();
    empty.put("captcha", "");
    String html = submit(empty);
    assertThat(html).contains("資料有誤，請依欄位旁的說明修正後再送出。");
    assertThat(errorOf(html, "county")).isEqualTo("請選擇縣市。");
    assertThat(errorOf(html, "schoolCode")).isEqualTo("請選擇學校。");
    assertThat(errorOf(html, "role")).isEqualTo("請選擇申請身分（導師、輔導人員或一級主管）。");
    assertThat(errorOf(html, "name")).isEqualTo("請輸入姓名。");
    assertThat(errorOf(html, "title")).isEqualTo("請輸入職稱。");
    assertThat(errorOf(html, "email")).isEqualTo("請輸入電子信箱。");
    assertThat(errorOf(html, "phone")).isEqualTo("請輸入聯絡電話。");
    assertThat(errorOf(html, "username")).isEqualTo("請輸入帳號。");
    assertThat(errorOf(html, "captcha")).isEqualTo("請輸入驗證碼。");
  }

  @Test
  void formatsAndLengthsAreChecked() throws Exception {
    Map<String, String> f = valid(Applicants.uniqueName("fmt"));
    f.put("email", "not-an-address");
    f.put("phone", "call me maybe");
    f.put("username", "9lives");
    f.put("name", "名".repeat(51));
    f.put("title", "職".repeat(51));
    f.put("captcha", "WRONG");
    String html = submit(f);
    assertThat(errorOf(html, "email")).isEqualTo("電子信箱格式不正確，例：name@school.edu.tw。");
    assertThat(errorOf(html, "phone")).isEqualTo("聯絡電話格式不正確，例：02-2345-6789#123 或 0912-345-678。");
    assertThat(errorOf(html, "username")).isEqualTo("帳號須以英文字母開頭，只能使用英文字母、數字及 . _ -。");
    assertThat(errorOf(html, "name")).isEqualTo("姓名最多 50 個字。");
    assertThat(errorOf(html, "title")).isEqualTo("職稱最多 50 個字。");
    assertThat(errorOf(html, "captcha")).isEqualTo("驗證碼錯誤，請看新的圖片重新輸入。");
    // What the applicant typed stays (except the captcha).
    assertThat(html).contains("value=\"call me maybe\"", "value=\"9lives\"");

    f = valid(Applicants.uniqueName("len"));
    f.put("username", "abc");
    f.put("email", "a".repeat(250) + "@x.tw");
    f.put("phone", "0".repeat(31));
    html = submit(f);
    assertThat(errorOf(html, "username")).isEqualTo("帳號長度須為 4 至 32 個字元。");
    assertThat(errorOf(html, "email")).isEqualTo("電子信箱最多 254 個字元。");
    assertThat(errorOf(html, "phone")).isEqualTo("聯絡電話最多 30 個字元。");

    f = valid(Applicants.uniqueName("sp"));
    f.put("username", "with space");
    f.put("name", "<script>");
    assertThat(errorOf(submit(f), "username")).isEqualTo("帳號須以英文字母開頭，只能使用英文字母、數字及 . _ -。");
    assertThat(errorOf(submit(f), "name")).isEqualTo("姓名含有不允許的字元。");
  }

  @Test
  void schoolMustBelongToTheCountyAndMainReporterCannotBeChosen() throws Exception {
    Map<String, String> f = valid(Applicants.uniqueName("sch"));
    f.put("schoolCode", "069901");
    f.put("role", "MAIN_REPORTER");
    String html = submit(f);
    assertThat(errorOf(html, "schoolCode")).isEqualTo("請從清單中選擇所在縣市的學校。");
    assertThat(errorOf(html, "role")).isEqualTo("請選擇申請身分（導師、輔導人員或一級主管）。");
  }

  @Test
  void accountNameAndEmailInUseAreRefused() throws Exception {
    Map<String, String> f = valid("Teacher1");
    f.put("email", "TEACHER1@example.org");
    String html = submit(f);
    assertThat(errorOf(html, "username")).isEqualTo("此帳號已有人使用或正在申請中，請換一個。");
    assertThat(errorOf(html, "email")).isEqualTo("此電子信箱已有帳號使用或正在申請中。");
  }

  @Test
  void aValidApplicationStartsTheReviewAndSaysWhatHappensNext() throws Exception {
    String username = Applicants.uniqueName("Ok");
    MvcResult result = new PublicForms(mvc, "192.0.2.10").post("/register", valid(username));
    assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/register/submitted");
    assertThat(PublicForms.html(new PublicForms(mvc, "192.0.2.10").get("/register/submitted")))
        .contains("申請已送出，請主動告知貴校主要通報人員，或靜待審核。");
    Map<String, Object> row = jdbc.sql("select status, school_code, role, remote_addr, process_instance_id"
        + " from account_application where username = ?").param(username.toLowerCase()).query().singleRow();
    assertThat(row).containsEntry("STATUS", "SUBMITTED").containsEntry("SCHOOL_CODE", "019901")
        .containsEntry("ROLE", "COUNSELOR").containsEntry("REMOTE_ADDR", "192.0.2.10");
    assertThat(row.get("PROCESS_INSTANCE_ID")).isNotNull();
    // The same name again is now taken (reserved by the pending application).
    assertThat(errorOf(submit(valid(username)), "username")).isEqualTo("此帳號已有人使用或正在申請中，請換一個。");
  }
}
