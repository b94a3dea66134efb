package tw.dropout.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import tw.dropout.support.MutableClock;
import tw.dropout.system.DropoutProperties;

class CaptchaServiceTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T08:00:00Z"), ZoneId.of("Asia/Taipei"));

  private CaptchaService service(String fixedAnswer) {
    DropoutProperties properties = new DropoutProperties("系統", "http://localhost", "電話",
        new DropoutProperties.Captcha(fixedAnswer, Duration.ofMinutes(5)),
        new DropoutProperties.Login(5, Duration.ofMinutes(15)), false);
    return new CaptchaService(properties, clock);
  }

  private static String answerIn(MockHttpSession session) {
    return ((CaptchaService.Challenge) session.getAttribute(CaptchaService.SESSION_KEY)).answer();
  }

  @Test
  void issuesARandomAnswerFromTheUnambiguousAlphabetAsAPngImage() throws IOException {
    CaptchaService captcha = service("");
    Set<String> answers = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      MockHttpSession session = new MockHttpSession();
      byte[] png = captcha.newChallenge(session);
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      assertThat(image.getWidth()).isEqualTo(CaptchaRenderer.WIDTH);
      assertThat(image.getHeight()).isEqualTo(CaptchaRenderer.HEIGHT);
      String answer = answerIn(session);
      assertThat(answer).hasSize(CaptchaService.LENGTH);
      assertThat(answer.chars()).allMatch(c -> CaptchaRenderer.ALPHABET.indexOf(c) >= 0);
      answers.add(answer);
    }
    assertThat(answers).as("answers vary").hasSizeGreaterThan(15);
  }

  @Test
  void rightAnswerIsAcceptedInAnyCaseAndWithSurroundingSpaces() {
    CaptchaService captcha = service("");
    MockHttpSession session = new MockHttpSession();
    captcha.newChallenge(session);
    String answer = answerIn(session);
    assertThat(captcha.verify(session, "  " + answer.toLowerCase() + " ")).isEqualTo(CaptchaService.Verdict.OK);
  }

  @Test
  void wrongAnswerIsRefusedAndUsesTheChallengeUp() {
    CaptchaService captcha = service("");
    MockHttpSession session = new MockHttpSession();
    captcha.newChallenge(session);
    String answer = answerIn(session);
    assertThat(captcha.verify(session, "XXXXX".equals(answer) ? "YYYYY" : "XXXXX"))
        .isEqualTo(CaptchaService.Verdict.WRONG);
    assertThat(captcha.verify(session, answer)).isEqualTo(CaptchaService.Verdict.MISSING);
  }

  @Test
  void aChallengeCanBeAnsweredOnlyOnce() {
    CaptchaService captcha = service("");
    MockHttpSession session = new MockHttpSession();
    captcha.newChallenge(session);
    String answer = answerIn(session);
    assertThat(captcha.verify(session, answer)).isEqualTo(CaptchaService.Verdict.OK);
    assertThat(captcha.verify(session, answer)).isEqualTo(CaptchaService.Verdict.MISSING);
  }

  @Test
  void aChallengeExpiresAfterFiveMinutes() {
    CaptchaService captcha = service("");
    MockHttpSession session = new MockHttpSession();
    captcha.newChallenge(session);
    String answer = answerIn(session);
    clock.advance(Duration.ofMinutes(5).plusSeconds(1));
    assertThat(captcha.verify(session, answer)).isEqualTo(CaptchaService.Verdict.EXPIRED);
  }

  @Test
  void aChallengeJustInsideFiveMinutesIsStillGood() {
    CaptchaService captcha = service("");
    MockHttpSession session = new MockHttpSession();
    captcha.newChallenge(session);
    clock.advance(Duration.ofMinutes(5));
    assertThat(captcha.verify(session, answerIn(session))).isEqualTo(CaptchaService.Verdict.OK);
  }

  @Test
  void noChallengeMeansNoLogin() {
    assertThat(service("").verify(new MockHttpSession(), "ABCDE")).isEqualTo(CaptchaService.Verdict.MISSING);
    assertThat(service("").verify(null, "ABCDE")).isEqualTo(CaptchaService.Verdict.MISSING);
  }

  @Test
  void aFixedAnswerForTestsIsStillSingleUse() {
    CaptchaService captcha = service("Kw7Hd");
    MockHttpSession session = new MockHttpSession();
    captcha.newChallenge(session);
    assertThat(captcha.verify(session, "KW7HD")).isEqualTo(CaptchaService.Verdict.OK);
    assertThat(captcha.verify(session, "KW7HD")).isEqualTo(CaptchaService.Verdict.MISSING);
  }

  @Test
  void rendersEveryCharacterOfTheAlphabet() throws IOException {
    byte[] png = CaptchaRenderer.renderPng(CaptchaRenderer.ALPHABET, new Random(1));
    assertThat(ImageIO.read(new ByteArrayInputStream(png))).isNotNull();
  }
}
