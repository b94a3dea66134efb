package tw.dropout.account;

import jakarta.servlet.http.HttpSession;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class CaptchaController {

  private final CaptchaService captcha;

  CaptchaController(CaptchaService captcha) {
    this.captcha = captcha;
  }

  @GetMapping("/captcha")
  ResponseEntity<byte[]> image(HttpSession session) {
    return ResponseEntity.ok()
        .contentType(MediaType.IMAGE_PNG)
        .cacheControl(CacheControl.noStore())
        .body(captcha.newChallenge(session));
  }
}
