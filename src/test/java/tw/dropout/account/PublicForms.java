package tw.dropout.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Map;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Posts our public forms through MockMvc like a browser: one session, a captcha loaded first, a chosen client address. */
final class PublicForms {

  private final MockMvc mvc;
  private final MockHttpSession session = new MockHttpSession();
  private final String remoteAddr;

  PublicForms(MockMvc mvc, String remoteAddr) {
    this.mvc = mvc;
    this.remoteAddr = remoteAddr;
  }

  MvcResult get(String path) throws Exception {
    return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(java.net.URI.create(path)).session(session)
        .with(r -> { r.setRemoteAddr(remoteAddr); return r; })).andReturn();
  }

  /** Loads a captcha image (as the page would) and posts the form. */
  MvcResult post(String path, Map<String, String> fields) throws Exception {
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/captcha").session(session));
    var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).session(session)
        .with(csrf()).with(r -> { r.setRemoteAddr(remoteAddr); return r; });
    fields.forEach(request::param);
    return mvc.perform(request).andReturn();
  }

  static String html(MvcResult result) throws Exception {
    return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
  }

}
