package nl.dekking.analysis;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.locationtech.jts.geom.Geometry;

/**
 * One CBS neighbourhood's coverage.
 *
 * @param code the CBS code
 * @param name the name
 * @param households the households counted inside the neighbourhood's area
 * @param covered of those, the households some group covers
 * @param reportedHouseholds the households CBS reports, when known
 * @param area the neighbourhood's area (RD New), for maps
 */
public record NeighbourhoodCoverage(String code, String name, int households, int covered,
    OptionalInt reportedHouseholds, Geometry area) {

  public NeighbourhoodCoverage {
    requireNonNull(code, "code");
    requireNonNull(name, "name");
    requireNonNull(reportedHouseholds, "reportedHouseholds");
    requireNonNull(area, "area");
    if (covered < 0 || covered > households) {
      throw new IllegalArgumentException("neighbourhood " + code + ": covered must be 0 to " + households
          + ", was " + covered);
    }
  }

  /** Whether this is a CBS wijk (code {@code WK...}) rather than a buurt ({@code BU...}). */
  public boolean isWijk() {
    return code.regionMatches(true, 0, "WK", 0, 2);
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
