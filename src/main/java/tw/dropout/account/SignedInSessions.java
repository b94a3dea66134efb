package tw.dropout.account;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends every session of an account (when an administrator disables it): marks them expired in Spring
 * Security's session registry and invalidates the HTTP sessions themselves, so the Camunda webapps and
 * /engine-rest lose them too.
 */
@Component
public class SignedInSessions implements HttpSessionListener {

  private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();
  private final SessionRegistry registry;

  SignedInSessions(SessionRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void sessionCreated(HttpSessionEvent event) {
    sessions.put(event.getSession().getId(), event.getSession());
  }

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    sessions.remove(event.getSession().getId());
  }

  /** @return how many sessions were ended */
  public int endAll(String username) {
    int ended = 0;
    for (Object principal : registry.getAllPrincipals()) {
      if (!(principal instanceof StaffPrincipal p) || !p.username().equals(username)) {
        continue;
      }
      for (SessionInformation info : registry.getAllSessions(principal, false)) {
        info.expireNow();
        HttpSession session = sessions.remove(info.getSessionId());
        if (session != null) {
          try {
            session.invalidate();
          } catch (IllegalStateException alreadyGone) {
            // ended meanwhile
          }
        }
        ended++;
      }
    }
    return ended;
  }
}
