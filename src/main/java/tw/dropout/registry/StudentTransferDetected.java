package tw.dropout.registry;

/**
 * An import or a lookup showed the student enrolled at another school than the registry said before.
 * Published inside the transaction that recorded it: listen with @TransactionalEventListener (after
 * commit), so a rolled-back import announces nothing.
 */
public record StudentTransferDetected(String nationalId, String previousSchoolCode, String newSchoolCode) {
}
