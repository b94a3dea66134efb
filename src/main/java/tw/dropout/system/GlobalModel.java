package tw.dropout.system;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Values every page template shows: system name and the service contact line. */
@ControllerAdvice
class GlobalModel {

  private final DropoutProperties properties;

  GlobalModel(DropoutProperties properties) {
    this.properties = properties;
  }

  @ModelAttribute("systemName")
  String systemName() {
    return properties.systemName();
  }

  @ModelAttribute("serviceContact")
  String serviceContact() {
    return properties.serviceContact();
  }
}
