package nl.dekking.store;

import static java.util.Objects.requireNonNull;

/**
 * Two groups that overlap: their (repaired) areas share interior, or both cover some household by the coverage
 * rule of {@link nl.dekking.index} (a household in another group's interior on both their boundaries). Groups that
 * only share an edge or a corner do not overlap. These are the pairs the analysis reports as
 * {@link nl.dekking.analysis.Overlap}s or, when the shared area is within its tolerances, as overlap errors
 * ({@link nl.dekking.analysis.QaFinding.OverlapError}); the store reports them all and leaves the tolerances to the
 * caller.
 *
 * @param groupA the id that sorts first ({@link String#compareTo})
 * @param groupB the other id
 * @param areaM2 the area both cover, m² (0 when they share households but no area)
 * @param households the households both cover
 */
public record GroupOverlap(String groupA, String groupB, double areaM2, int households) {

  public GroupOverlap {
    requireNonNull(groupA, "groupA");
    requireNonNull(groupB, "groupB");
    if (groupA.compareTo(groupB) >= 0) {
      throw new IllegalArgumentException("overlap groups must be given in id order, were '" + groupA + "', '"
          + groupB + "'");
    }
    if (!(areaM2 >= 0) || households < 0) {
      throw new IllegalArgumentException("overlap of '" + groupA + "' and '" + groupB + "' must have an area and"
          + " households of 0 or more, had " + areaM2 + " m² and " + households);
    }
  }
}
