package nl.dekking.store;

import static java.util.Objects.requireNonNull;

import java.util.OptionalLong;

/**
 * A write named a group version that is no longer current: someone else changed or deleted the group since it was
 * read, or created it first. Nothing was written. Read the group again, reapply the change and retry.
 */
public final class ConcurrentUpdateException extends CoverageStoreException {

  private static final long serialVersionUID = 1L;

  private final String municipality;
  private final String groupId;
  private final long expectedVersion;
  private final long actualVersion;

  /**
   * @param municipality the municipality
   * @param groupId the group
   * @param expectedVersion the version the writer named ({@link CoverageStore#NEW} for a new group)
   * @param actualVersion the version in the store, or {@link CoverageStore#NEW} when the group does not exist
   */
  public ConcurrentUpdateException(String municipality, String groupId, long expectedVersion, long actualVersion) {
    super(message(municipality, groupId, expectedVersion, actualVersion), null, null);
    this.municipality = requireNonNull(municipality, "municipality");
    this.groupId = requireNonNull(groupId, "groupId");
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  public String municipality() {
    return municipality;
  }

  public String groupId() {
    return groupId;
  }

  /** The version the writer named; {@link CoverageStore#NEW} when it meant to create the group. */
  public long expectedVersion() {
    return expectedVersion;
  }

  /** The version in the store, or empty when the group does not exist (any more). */
  public OptionalLong actualVersion() {
    return actualVersion == CoverageStore.NEW ? OptionalLong.empty() : OptionalLong.of(actualVersion);
  }

  private static String message(String municipality, String groupId, long expected, long actual) {
    String wanted = expected == CoverageStore.NEW ? "to create it" : "version " + expected;
    String found = actual == CoverageStore.NEW ? "it does not exist" : "it is at version " + actual;
    return "group '" + groupId + "' of municipality " + municipality + " was changed concurrently: the write expected "
        + wanted + ", but " + found + "; read it again and retry";
  }
}
