package nl.dekking.analysis;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One CBS neighbourhood's coverage.
 *
 * @param code the CBS code
 * @param name the name
 * @param households the households counted inside the neighbourhood's area
 * @param covered of those, the households some group covers
 * @param reportedHouseholds the households CBS reports, when known
 */
public record NeighbourhoodCoverage(String code, String name, int households, int covered,
    OptionalInt reportedHouseholds) {

  public NeighbourhoodCoverage {
    requireNonNull(code, "code");
    requireNonNull(name, "name");
    requireNonNull(reportedHouseholds, "reportedHouseholds");
    if (covered < 0 || covered > households) {
      throw new IllegalArgumentException("neighbourhood " + code + ": covered must be 0 to " + households
          + ", was " + covered);
    }
  }

  /** The households counted that no group covers. */
  public int uncovered() {
    return households - covered;
  }

  /** The covered share of the households counted, 0 to 1; empty when none were counted. */
  public OptionalDouble coveredShare() {
    return households == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) covered / households);
  }
}
