package nl.dekking.store;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How a municipality's households fall over its groups, by the coverage rule of {@link nl.dekking.index}: the
 * figures of {@link nl.dekking.analysis.CoverageReport} and its {@link nl.dekking.analysis.GroupCoverage}s, answered
 * by a store ({@link CoverageStore#householdCounts}) without loading the households.
 *
 * <p>Every household is counted exactly once in {@code uncovered}, {@code coveredByOne} or {@code coveredByMultiple}.
 *
 * @param households the stored households (each address key once)
 * @param uncovered the households no group covers
 * @param coveredByOne the households exactly one group covers
 * @param coveredByMultiple the households two or more groups cover (an overlap; never a mere shared edge)
 * @param groups per group id, every group of the municipality (zero counts included), sorted by id
 *     ({@link String#compareTo})
 */
public record CoverageCounts(int households, int uncovered, int coveredByOne, int coveredByMultiple,
    SortedMap<String, GroupCount> groups) {

  public CoverageCounts {
    requireNonNull(groups, "groups");
    if (uncovered < 0 || coveredByOne < 0 || coveredByMultiple < 0
        || (long) uncovered + coveredByOne + coveredByMultiple != households) {
      throw new IllegalArgumentException("households " + households + " must be uncovered " + uncovered
          + " + covered by one " + coveredByOne + " + covered by several " + coveredByMultiple
          + ", each 0 or more");
    }
    TreeMap<String, GroupCount> copy = new TreeMap<>();
    for (Map.Entry<String, GroupCount> e : groups.entrySet()) {
      copy.put(requireNonNull(e.getKey(), "group id"), requireNonNull(e.getValue(), () -> "count of " + e.getKey()));
    }
    groups = Collections.unmodifiableSortedMap(copy);
  }

  /** The counts of a municipality with no saved dataset: all zero, no groups. */
  public static CoverageCounts empty() {
    return new CoverageCounts(0, 0, 0, 0, new TreeMap<>());
  }

  /** The households some group covers. */
  public int covered() {
    return coveredByOne + coveredByMultiple;
  }

  /**
   * One group's households.
   *
   * @param households the households the group covers, including those it shares
   *     ({@link nl.dekking.analysis.GroupCoverage#households})
   * @param sharedHouseholds of those, the households another group also covers
   *     ({@link nl.dekking.analysis.GroupCoverage#sharedHouseholds})
   */
  public record GroupCount(int households, int sharedHouseholds) {

    public GroupCount {
      if (households < 0 || sharedHouseholds < 0 || sharedHouseholds > households) {
        throw new IllegalArgumentException("households " + households + " and shared households " + sharedHouseholds
            + " must satisfy 0 <= shared <= households");
      }
    }
  }
}
