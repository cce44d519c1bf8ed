package nl.dekking.lookup;

/** The answer to "is there a group for this address?". */
public enum LookupStatus {
  /** The address is known and at least one group covers it. */
  FOUND,
  /** The address (or point) is known, but no group covers it yet: a resident could start one. */
  NO_GROUP,
  /** The address is not among the households the lookup was built on. */
  UNKNOWN_ADDRESS
}
