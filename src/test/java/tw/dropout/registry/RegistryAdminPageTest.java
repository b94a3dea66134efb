package tw.dropout.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tw.dropout.account.StaffPrincipal;
import tw.dropout.school.StaffRole;
import tw.dropout.support.IntegrationTest;

@IntegrationTest
class RegistryAdminPageTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  StudentRegistry registry;

  private static RequestPostProcessor signedIn(String username, String schoolCode, StaffRole role) {
    return authentication(UsernamePasswordAuthenticationToken.authenticated(
        new StaffPrincipal(username, username, schoolCode, role), null,
        List.of(new SimpleGrantedAuthority(role.authority()))));
  }

  private static final RequestPostProcessor ADMIN = signedIn("admin", null, StaffRole.ADMIN);

  private static MockMultipartFile csv(String name, byte[] content) {
    return new MockMultipartFile("file", name, "text/csv", content);
  }

  @Test
  void theAdministratorSeesTheFormAndTheCounts() throws Exception {
    String page = mvc.perform(get("/admin/registry").with(ADMIN))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("學籍資料匯入", "新北市立青山高級中學", "name=\"_csrf\"", "enctype=\"multipart/form-data\"",
        "下載 CSV 範本", "national_id");
  }

  @Test
  void anUploadedFileIsImported() throws Exception {
    String id = TestStudents.newNationalId();
    String page = mvc.perform(multipart("/admin/registry")
            .file(csv("青山.csv", TestStudents.csv(TestStudents.row(id, "周書妤", "019901"))))
            .with(ADMIN).with(csrf()))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("「青山.csv」已匯入", "共 1 位學生：新增 1 位、更新 0 位。");
    assertThat(registry.find(id)).get().extracting(RegistryStudent::name).isEqualTo("周書妤");
  }

  @Test
  void aFileWithOneBadRowImportsNothing() throws Exception {
    String good = TestStudents.newNationalId();
    String page = mvc.perform(multipart("/admin/registry")
            .file(csv("mixed.csv", TestStudents.csv(
                TestStudents.row(good, "周書妤", "019901"),
                TestStudents.row("A123456788", "錯誤生", "019901"))))
            .with(ADMIN).with(csrf()))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("「mixed.csv」沒有匯入", "有 1 列資料有誤", "第 3 列", "檢查碼不符");
    assertThat(registry.find(good)).isEmpty();
  }

  @Test
  void theTemplateIsTheHeaderRow() throws Exception {
    byte[] body = mvc.perform(get("/admin/registry/template.csv").with(ADMIN))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition", "attachment; filename=\"registry-students-template.csv\""))
        .andExpect(content().contentType("text/csv;charset=UTF-8"))
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + RegistryColumn.headerLine() + "\r\n");
  }

  @Test
  void nobodyElseMayImport() throws Exception {
    byte[] file = TestStudents.csv(TestStudents.row(TestStudents.newNationalId(), "周書妤", "019901"));
    for (RequestPostProcessor other : List.of(signedIn("main1", "019901", StaffRole.MAIN_REPORTER),
        signedIn("teacher1", "019901", StaffRole.HOMEROOM_TEACHER), signedIn("ministry", null, StaffRole.MINISTRY))) {
      mvc.perform(get("/admin/registry").with(other)).andExpect(status().isForbidden());
      mvc.perform(get("/admin/registry/template.csv").with(other)).andExpect(status().isForbidden());
      mvc.perform(multipart("/admin/registry").file(csv("x.csv", file)).with(other).with(csrf()))
          .andExpect(status().isForbidden());
    }
    mvc.perform(get("/admin/registry")).andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrlPattern("**/login"));
  }

  @Test
  void anUploadWithoutTheCsrfTokenIsRefused() throws Exception {
    String id = TestStudents.newNationalId();
    mvc.perform(multipart("/admin/registry").file(csv("x.csv", TestStudents.csv(TestStudents.row(id, "周書妤", "019901"))))
            .with(ADMIN))
        .andExpect(status().isForbidden());
    assertThat(registry.find(id)).isEmpty();
  }
}
