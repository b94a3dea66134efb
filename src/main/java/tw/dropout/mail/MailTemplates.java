package tw.dropout.mail;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import tw.dropout.system.DropoutProperties;

/**
 * Renders a mail from three parts named after the template: the subject {@code mail.<template>.subject}
 * in i18n/mail.properties (where {@code {key}} is replaced by the model's value), the plain text
 * {@code templates/mail/<template>.txt} (Thymeleaf TEXT mode) and the HTML
 * {@code templates/mail/<template>.html}. Every model also holds systemName, serviceContact and baseUrl.
 */
@Component
class MailTemplates {

  record Rendered(String subject, String text, String html) {
  }

  private static final Locale ZH_TW = Locale.TAIWAN;
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

  private final TemplateEngine engine;
  private final MessageSource messages;
  private final DropoutProperties properties;

  MailTemplates(MessageSource messages, DropoutProperties properties) {
    this.messages = messages;
    this.properties = properties;
    SpringTemplateEngine e = new SpringTemplateEngine();
    e.addTemplateResolver(resolver(".txt", TemplateMode.TEXT, 1));
    e.addTemplateResolver(resolver(".html", TemplateMode.HTML, 2));
    e.setTemplateEngineMessageSource(messages);
    this.engine = e;
  }

  private static ClassLoaderTemplateResolver resolver(String suffix, TemplateMode mode, int order) {
    ClassLoaderTemplateResolver r = new ClassLoaderTemplateResolver();
    r.setPrefix("templates/mail/");
    r.setTemplateMode(mode);
    r.setCharacterEncoding("UTF-8");
    r.setCheckExistence(true);
    r.setOrder(order);
    r.setResolvablePatterns(java.util.Set.of("*" + suffix));
    return r;
  }

  Rendered render(String template, Map<String, Object> model) {
    if (!template.matches("[A-Za-z][A-Za-z0-9-]{0,63}")) {
      throw new IllegalArgumentException("bad mail template name: " + template);
    }
    Map<String, Object> all = new HashMap<>(model);
    all.put("systemName", properties.systemName());
    all.put("serviceContact", properties.serviceContact());
    all.put("baseUrl", properties.publicBaseUrl().replaceAll("/+$", ""));
    Context context = new Context(ZH_TW, all);
    String subject = fill(messages.getMessage("mail." + template + ".subject", null, ZH_TW), all);
    String text = engine.process(template + ".txt", context);
    String html = engine.process(template + ".html", context);
    return new Rendered(subject, text, html);
  }

  private static String fill(String pattern, Map<String, Object> model) {
    Matcher m = PLACEHOLDER.matcher(pattern);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      Object value = model.get(m.group(1));
      m.appendReplacement(sb, Matcher.quoteReplacement(value == null ? m.group() : String.valueOf(value)));
    }
    m.appendTail(sb);
    return sb.toString().replaceAll("[\\r\\n]+", " ");
  }
}
