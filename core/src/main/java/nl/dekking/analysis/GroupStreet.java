package nl.dekking.analysis;

import static java.util.Objects.requireNonNull;

/**
 * A street a group covers, fully or partly; see {@link CoverageAnalysis} for the rule.
 *
 * @param name the street name
 * @param place the place
 * @param households the street's households this group covers
 * @param streetHouseholds all households of the street
 */
public record GroupStreet(String name, String place, int households, int streetHouseholds) {

  public GroupStreet {
    requireNonNull(name, "name");
    requireNonNull(place, "place");
    if (households < 0 || households > streetHouseholds) {
      throw new IllegalArgumentException("street " + name + ", " + place + ": households must be 0 to "
          + streetHouseholds + ", was " + households);
    }
  }

  /** Fully when the group covers every household of the street; partly otherwise (some, or only the centre line). */
  public Extent extent() {
    return streetHouseholds > 0 && households == streetHouseholds ? Extent.FULL : Extent.PARTIAL;
  }

  /** How much of a street a group covers. */
  public enum Extent {
    /** Every household of the street is covered by the group. */
    FULL,
    /** Some households of the street, or only its centre line, are covered by the group. */
    PARTIAL
  }
}
