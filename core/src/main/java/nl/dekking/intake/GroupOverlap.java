package nl.dekking.intake;

import static java.util.Objects.requireNonNull;

/**
 * An existing group that a new group's area overlaps: the officer decides whether that is meant.
 *
 * @param id the existing group's id
 * @param name its name
 * @param areaM2 the shared area in square metres
 * @param households the new group's households the existing group also covers
 */
public record GroupOverlap(String id, String name, double areaM2, int households) {
  public GroupOverlap {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    if (households < 0 || !(areaM2 >= 0)) {
      throw new IllegalArgumentException("overlap with '" + id + "' must have 0 or more households and area, was "
          + households + ", " + areaM2);
    }
  }
}
