package nl.dekking.analysis;

import static java.util.Objects.requireNonNull;

/**
 * A street a group covers, fully or partly; see {@link CoverageAnalysis} for the rule.
 *
 * @param name the street name
 * @param place the place
 * @param extent fully or partly
 * @param households the street's households this group covers
 * @param streetHouseholds all households of the street
 */
public record GroupStreet(String name, String place, Extent extent, int households, int streetHouseholds) {

  public GroupStreet {
    requireNonNull(name, "name");
    requireNonNull(place, "place");
    requireNonNull(extent, "extent");
    if (households < 0 || households > streetHouseholds) {
      throw new IllegalArgumentException("street " + name + ", " + place + ": households must be 0 to "
          + streetHouseholds + ", was " + households);
    }
  }

  /** How much of a street a group covers. */
  public enum Extent {
    /** Every household of the street is covered by the group. */
    FULL,
    /** Some households of the street, or only its centre line, are covered by the group. */
    PARTIAL
  }
}
