package nl.dekking.store;

import static java.util.Objects.requireNonNull;

import java.util.List;
import nl.dekking.analysis.QaFinding;

/**
 * What {@link CoverageStore#save} stored: how many households, and which address points it counted once because
 * they repeat an address key (postcode, number, letter, suffix), exactly as the analysis reports them
 * ({@link QaFinding.DuplicateAddress}: the kept household first, in the analysis's address order).
 *
 * @param municipality the municipality saved
 * @param households the households stored
 * @param duplicateAddresses each repeated address key with its households, the stored one first; in address order
 */
public record SaveResult(String municipality, int households, List<QaFinding.DuplicateAddress> duplicateAddresses) {

  public SaveResult {
    requireNonNull(municipality, "municipality");
    duplicateAddresses = List.copyOf(duplicateAddresses);
    if (households < 0) {
      throw new IllegalArgumentException("stored household count must be 0 or more, was " + households);
    }
  }

  /** How many households of the dataset were not stored because an earlier one has their address key. */
  public int droppedHouseholds() {
    int n = 0;
    for (QaFinding.DuplicateAddress d : duplicateAddresses) {
      n += d.households().size() - 1;
    }
    return n;
  }
}
