package tw.dropout.casefile;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rows a repository has read in the current transaction, so that the listeners, expressions and
 * services of one case step (which each ask for the same case or record) reach the database once.
 * Held by a synchronization of the current transaction, so a nested REQUIRES_NEW transaction gets its
 * own; outside a transaction nothing is kept. Every write must {@link #forget} what it changed.
 */
final class ReadInThisTransaction<V> {

  private final String name;

  /** @param name tells this repository's rows from another's within one transaction */
  ReadInThisTransaction(String name) {
    this.name = name;
  }

  Optional<V> find(long id, Function<Long, Optional<V>> load) {
    Map<Long, V> read = rows();
    if (read != null && read.containsKey(id)) {
      return Optional.of(read.get(id));
    }
    Optional<V> found = load.apply(id);
    if (read != null) {
      found.ifPresent(row -> read.put(id, row));
    }
    return found;
  }

  V remember(long id, V row) {
    Map<Long, V> read = rows();
    if (read != null) {
      read.put(id, row);
    }
    return row;
  }

  void forget(long id) {
    Map<Long, V> read = rows();
    if (read != null) {
      read.remove(id);
    }
  }

  void forgetAll() {
    Map<Long, V> read = rows();
    if (read != null) {
      read.clear();
    }
  }

  @SuppressWarnings("unchecked")
  private Map<Long, V> rows() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
      if (s instanceof Rows rows && rows.name.equals(name)) {
        return (Map<Long, V>) rows.byId;
      }
    }
    Rows rows = new Rows(name);
    TransactionSynchronizationManager.registerSynchronization(rows);
    return (Map<Long, V>) rows.byId;
  }

  private static final class Rows implements TransactionSynchronization {
    final String name;
    final Map<Long, Object> byId = new HashMap<>();

    Rows(String name) {
      this.name = name;
    }
  }
}
