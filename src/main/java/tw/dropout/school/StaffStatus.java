package tw.dropout.school;

/** PENDING: applied or created, no password set yet. DISABLED: switched off by an administrator. */
public enum StaffStatus {
  ACTIVE, PENDING, DISABLED
}
