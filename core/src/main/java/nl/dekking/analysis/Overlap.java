package nl.dekking.analysis;

import static java.util.Objects.requireNonNull;

import java.util.List;
import nl.dekking.model.Household;
import org.locationtech.jts.geom.Geometry;

/**
 * Two groups whose areas share more than the overlap tolerance.
 *
 * @param groupA the id that sorts first
 * @param groupB the other id
 * @param shared the shared area, Polygon or MultiPolygon, RD New
 * @param areaM2 its area, m²
 * @param households the households both groups cover (by the coverage index), in address order
 */
public record Overlap(String groupA, String groupB, Geometry shared, double areaM2, List<Household> households) {

  public Overlap {
    requireNonNull(groupA, "groupA");
    requireNonNull(groupB, "groupB");
    requireNonNull(shared, "shared");
    if (groupA.compareTo(groupB) >= 0) {
      throw new IllegalArgumentException("overlap groups must be given in id order, were " + groupA + ", " + groupB);
    }
    shared = shared.copy();
    households = List.copyOf(households);
  }

  /** A copy of the shared area. */
  @Override
  public Geometry shared() {
    return shared.copy();
  }
}
