package tw.dropout.security;

import java.util.List;

import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The engine-side half of our security: bcrypt passwords, group-level task access, one school per instance. */
@Component
class EngineSecurityPlugin extends AbstractCamundaConfiguration {

  private final int bcryptStrength;

  EngineSecurityPlugin(@Value("${dropout.security.bcrypt-strength:10}") int bcryptStrength) {
    this.bcryptStrength = bcryptStrength;
  }

  @Override
  public void preInit(SpringProcessEngineConfiguration configuration) {
    configuration.setPasswordEncryptor(new BcryptPasswordEncryptor(bcryptStrength));
    configuration.setCustomPasswordChecker(List.of());
    configuration.setResourceAuthorizationProvider(new GroupLevelAuthorizationProvider());
    configuration.setTenantIdProvider(new SchoolTenantIdProvider());
  }
}
