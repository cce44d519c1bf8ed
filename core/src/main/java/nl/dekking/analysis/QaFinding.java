package nl.dekking.analysis;

import static java.util.Objects.requireNonNull;

import java.util.List;
import nl.dekking.model.Address;
import nl.dekking.model.Household;
import org.locationtech.jts.geom.Geometry;

/**
 * A problem with the map or the address data, as opposed to a real gap or overlap: hand-drawn maps are messy.
 * Every finding has a {@link Kind}, the groups involved, a geometry in RD New (empty when it has none) and a
 * sentence for people.
 */
public sealed interface QaFinding {

  /** What kind of finding this is. */
  Kind kind();

  /** The ids of the groups involved, ascending; empty for a duplicate address. */
  List<String> groupIds();

  /** Where it is, RD New; empty when it has no place. A copy: JTS geometries are mutable. */
  Geometry geometry();

  /** A sentence for people: what, the observed values, which groups. */
  String message();

  /** The kinds of finding. */
  enum Kind {
    /** An invalid group area (self-intersection, bow-tie) was repaired with JTS {@code GeometryFixer}. */
    REPAIRED_AREA,
    /** An area between neighbouring groups narrower than the gap width: a drawing error, not a gap. */
    NARROW_GAP,
    /** Two groups share an area no larger than the overlap tolerance: a drawing error, not an overlap. */
    SMALL_OVERLAP,
    /**
     * Two groups share a larger area that is everywhere narrower than the gap width (a sliver along their common
     * edge): a drawing error, not an overlap.
     */
    SLIVER_OVERLAP,
    /** A group whose area covers no household. */
    NO_HOUSEHOLDS,
    /** Two or more address points with the same address key; they count as one household. */
    DUPLICATE_ADDRESS
  }

  /**
   * An invalid area repaired by JTS {@code GeometryFixer}.
   *
   * @param groupId the group
   * @param original the area as drawn
   * @param repaired the area as repaired and used by the analysis
   * @param areaBeforeM2 the area as drawn, m², as JTS computes it for the invalid rings (a symmetric bow-tie's
   *     lobes cancel out to 0)
   * @param areaAfterM2 the repaired area, m²
   */
  record RepairedArea(String groupId, Geometry original, Geometry repaired, double areaBeforeM2, double areaAfterM2)
      implements QaFinding {
    public RepairedArea {
      requireNonNull(groupId, "groupId");
      original = original.copy();
      repaired = repaired.copy();
    }

    @Override
    public Kind kind() {
      return Kind.REPAIRED_AREA;
    }

    @Override
    public List<String> groupIds() {
      return List.of(groupId);
    }

    @Override
    public Geometry geometry() {
      return repaired.copy();
    }

    @Override
    public Geometry original() {
      return original.copy();
    }

    @Override
    public Geometry repaired() {
      return repaired.copy();
    }

    @Override
    public String message() {
      return String.format(java.util.Locale.ROOT, "group %s area is invalid and was repaired: %.1f m² as drawn, %.1f m² repaired",
          groupId, areaBeforeM2, areaAfterM2);
    }
  }

  /**
   * An area between neighbouring groups (or a hole in the map) narrower than the gap width.
   *
   * @param groupIds the groups bordering it, ascending
   * @param area the narrow area, Polygon, RD New
   * @param areaM2 its area, m²
   * @param widthM its mean width, 2 × area / perimeter, m: for a long strip very nearly its width (a 5 m by 100 m
   *     strip: 4.76 m); cheap where the largest inscribed circle is not
   */
  record NarrowGap(List<String> groupIds, Geometry area, double areaM2, double widthM) implements QaFinding {
    public NarrowGap {
      groupIds = List.copyOf(groupIds);
      area = area.copy();
    }

    @Override
    public Kind kind() {
      return Kind.NARROW_GAP;
    }

    @Override
    public Geometry geometry() {
      return area.copy();
    }

    @Override
    public Geometry area() {
      return area.copy();
    }

    @Override
    public String message() {
      return String.format(java.util.Locale.ROOT, "narrow gap of %.1f m² and %.1f m wide between groups %s",
          areaM2, widthM, String.join(", ", groupIds));
    }
  }

  /**
   * Two groups sharing an area that is a drawing error rather than an overlap: no larger than the overlap
   * tolerance ({@link Kind#SMALL_OVERLAP}), or larger but narrower than the gap width in every piece
   * ({@link Kind#SLIVER_OVERLAP}).
   *
   * @param kind {@link Kind#SMALL_OVERLAP} or {@link Kind#SLIVER_OVERLAP}
   * @param groupA the id that sorts first
   * @param groupB the other id
   * @param shared the shared area, RD New
   * @param areaM2 its area, m²
   * @param widthM the mean width (2 × area / perimeter) of its widest piece, m
   * @param households the households both cover, in address order (still counted as covered by several)
   */
  record OverlapError(Kind kind, String groupA, String groupB, Geometry shared, double areaM2, double widthM,
      List<Household> households) implements QaFinding {
    public OverlapError {
      requireNonNull(kind, "kind");
      requireNonNull(groupA, "groupA");
      requireNonNull(groupB, "groupB");
      if (kind != Kind.SMALL_OVERLAP && kind != Kind.SLIVER_OVERLAP) {
        throw new IllegalArgumentException("an overlap error is SMALL_OVERLAP or SLIVER_OVERLAP, was " + kind);
      }
      shared = shared.copy();
      households = List.copyOf(households);
    }

    @Override
    public List<String> groupIds() {
      return List.of(groupA, groupB);
    }

    @Override
    public Geometry geometry() {
      return shared.copy();
    }

    @Override
    public Geometry shared() {
      return shared.copy();
    }

    @Override
    public String message() {
      return kind == Kind.SMALL_OVERLAP
          ? String.format(java.util.Locale.ROOT,
              "groups %s and %s overlap by %.1f m², under the overlap tolerance: a drawing error", groupA, groupB, areaM2)
          : String.format(java.util.Locale.ROOT,
              "groups %s and %s overlap by %.1f m² in a sliver %.1f m wide, under the gap width: a drawing error",
              groupA, groupB, areaM2, widthM);
    }
  }

  /**
   * A group whose area covers no household.
   *
   * @param groupId the group
   * @param area its (repaired) area
   */
  record NoHouseholds(String groupId, Geometry area) implements QaFinding {
    public NoHouseholds {
      requireNonNull(groupId, "groupId");
      area = area.copy();
    }

    @Override
    public Kind kind() {
      return Kind.NO_HOUSEHOLDS;
    }

    @Override
    public List<String> groupIds() {
      return List.of(groupId);
    }

    @Override
    public Geometry geometry() {
      return area.copy();
    }

    @Override
    public Geometry area() {
      return area.copy();
    }

    @Override
    public String message() {
      return "group " + groupId + " covers no household";
    }
  }

  /**
   * Address points sharing one address key; the first (in address order, then id) is the household counted.
   *
   * @param key the shared key
   * @param households every address point with the key, the counted one first
   */
  record DuplicateAddress(Address.Key key, List<Household> households) implements QaFinding {
    public DuplicateAddress {
      requireNonNull(key, "key");
      households = List.copyOf(households);
      if (households.size() < 2) {
        throw new IllegalArgumentException("a duplicate address has at least two households, was " + households.size());
      }
    }

    @Override
    public Kind kind() {
      return Kind.DUPLICATE_ADDRESS;
    }

    @Override
    public List<String> groupIds() {
      return List.of();
    }

    @Override
    public Geometry geometry() {
      Household h = households.get(0);
      return nl.dekking.crs.RdNew.GEOMETRY_FACTORY.createPoint(new org.locationtech.jts.geom.Coordinate(h.x(), h.y()));
    }

    @Override
    public String message() {
      return "address " + households.get(0).address().display() + " (" + key + ") appears " + households.size()
          + " times; counted once";
    }
  }
}
