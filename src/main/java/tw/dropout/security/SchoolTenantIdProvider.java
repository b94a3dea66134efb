package tw.dropout.security;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * Puts every process instance into one school. The starter either passes the school explicitly
 * ({@value #SCHOOL_VARIABLE}, used by our own services and public pages) or is a staff member of
 * exactly one school (Tasklist's start form).
 */
class SchoolTenantIdProvider implements TenantIdProvider {

  static final String SCHOOL_VARIABLE = "schoolId";

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    Object school = ctx.getVariables() == null ? null : ctx.getVariables().get(SCHOOL_VARIABLE);
    if (school instanceof String s && !s.isBlank()) {
      return s;
    }
    if (ctx.getSuperExecution() != null) {
      return ctx.getSuperExecution().getTenantId();
    }
    Authentication auth = Context.getCommandContext() == null ? null
        : Context.getCommandContext().getAuthentication();
    List<String> tenants = auth == null ? null : auth.getTenantIds();
    if (tenants != null && tenants.size() == 1) {
      return tenants.get(0);
    }
    throw new ProcessEngineException("無法判斷案件所屬學校：請由學校人員帳號啟動流程。");
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    if (ctx.getExecution() != null) {
      return ctx.getExecution().getTenantId();
    }
    return null;
  }
}
