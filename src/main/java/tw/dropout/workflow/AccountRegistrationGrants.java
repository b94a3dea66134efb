package tw.dropout.workflow;

import java.util.List;

import org.springframework.stereotype.Component;

import tw.dropout.account.AccountApplications;
import tw.dropout.school.StaffRole;
import tw.dropout.security.AccessGrant;
import tw.dropout.security.AccessPolicy;

/** Main reporters review their school's account applications in Tasklist (the tenant check keeps schools apart). */
@Component
class AccountRegistrationGrants implements AccessGrant.AccessGrants {

  @Override
  public List<AccessGrant> grants() {
    return AccessPolicy.taskWorker(StaffRole.MAIN_REPORTER.groupId(), AccountApplications.PROCESS_KEY);
  }
}
