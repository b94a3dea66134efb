package tw.dropout.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.transaction.event.TransactionalEventListener;

import tw.dropout.registry.StudentTransferDetected;

/**
 * Domain events as after-commit listeners receive them, for tests to assert on. One typed method per
 * event (append yours): a listener on Object would also record every engine event.
 */
public class RecordedEvents {

  private final List<Object> events = new CopyOnWriteArrayList<>();

  @TransactionalEventListener
  void on(StudentTransferDetected event) {
    events.add(event);
  }

  public <T> List<T> of(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  public void clear() {
    events.clear();
  }
}
