package nl.dekking.index;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import nl.dekking.model.Group;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * One analysed map: the groups, each group's area as analysed (repaired once, by {@link #analysedArea}), and the
 * {@link CoverageIndex} over those areas, built once and shared by the analysis, address lookups, the report
 * writers and the stores, so nothing downstream repairs or indexes the areas again.
 *
 * <pre>{@code
 * CoverageMap map = CoverageMap.of(dataset.groups());
 * int o = map.index().locate(x, y);                 // the hot path
 * Geometry area = map.area(o);                      // the area every output shows
 * }</pre>
 *
 * <p>Groups get ordinals 0..n−1 in the order of their ids, the same ordinals as the index. Building costs one
 * validity check per area, a repair of the invalid ones and the index build. Thread-safe and immutable.
 */
public final class CoverageMap {

  private final List<Group> groups;
  private final Geometry[] areas;
  private final boolean[] repaired;
  private volatile CoverageIndex index;

  /** A map; {@code edges} (each area's, as the index takes them) builds the index now, null leaves it to first use. */
  private CoverageMap(List<Group> groups, Geometry[] areas, boolean[] repaired, double[][] edges) {
    this.groups = groups;
    this.areas = areas;
    this.repaired = repaired;
    if (edges != null) {
      this.index = CoverageIndex.ofAnalysed(groups.stream().map(Group::id).toList(), edges);
    }
  }

  /**
   * The analysed map of these groups.
   *
   * <p>An area that repairs to nothing (a ring of zero area, a hole equal to its shell) is analysed as empty: it
   * covers no household, and the analysis reports it.
   *
   * @throws IllegalArgumentException when two groups share an id
   */
  public static CoverageMap of(Collection<Group> groups) {
    requireNonNull(groups, "groups");
    List<Group> sorted = new ArrayList<>(groups);
    sorted.sort(Comparator.comparing(Group::id));
    Geometry[] areas = new Geometry[sorted.size()];
    boolean[] repaired = new boolean[sorted.size()];
    for (int i = 1; i < areas.length; i++) {
      if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
        throw new IllegalArgumentException("two groups have id '" + sorted.get(i).id() + "'");
      }
    }
    // validity checks and repairs are independent per group: on every core, each area's edges for the index
    // taken in the same pass
    double[][] edges = new double[areas.length][];
    IntStream.range(0, areas.length).parallel().forEach(i -> {
      Geometry drawn = sorted.get(i).area();
      areas[i] = analysedArea(drawn);
      repaired[i] = areas[i] != drawn; // analysedArea returns a valid area itself, so one validity check each
      edges[i] = CellTreeBuilder.edgesOf(areas[i]);
    });
    return new CoverageMap(List.copyOf(sorted), areas, repaired, edges);
  }

  /**
   * The map of some of this map's groups (a municipality's, of a national map): their areas as analysed here, not
   * checked or repaired again, ordinals 0..n−1 in id order. Its {@link #index()} is built on first use only, so a
   * part whose households are assigned with this map's index costs no second build.
   *
   * @throws IllegalArgumentException when a group is not one of this map's (by id and value), or is given twice
   */
  public CoverageMap part(Collection<Group> groups) {
    requireNonNull(groups, "groups");
    List<Group> sorted = new ArrayList<>(groups);
    sorted.sort(Comparator.comparing(Group::id));
    Geometry[] partAreas = new Geometry[sorted.size()];
    boolean[] partRepaired = new boolean[sorted.size()];
    for (int i = 0; i < partAreas.length; i++) {
      Group g = sorted.get(i);
      if (i > 0 && g.id().equals(sorted.get(i - 1).id())) {
        throw new IllegalArgumentException("two groups have id '" + g.id() + "'");
      }
      int o = index().ordinalOf(g.id());
      if (this.groups.get(o) != g && !this.groups.get(o).equals(g)) {
        throw new IllegalArgumentException("group '" + g.id() + "' differs from the map's group of that id");
      }
      partAreas[i] = areas[o];
      partRepaired[i] = repaired[o];
    }
    return new CoverageMap(List.copyOf(sorted), partAreas, partRepaired, null);
  }

  /**
   * The one rule by which a drawn area becomes the area Dekking analyses: a valid area as it is, an invalid one
   * (a bow-tie, a self-touching ring) as JTS {@link GeometryFixer} repairs it, keeping only its polygons. Every
   * part of Dekking that needs a group's area (index, analysis, report, stores) uses this rule. An area that
   * encloses nothing (zero area, a hole equal to its shell) repairs to an empty polygon.
   *
   * @throws IllegalArgumentException when the area is not polygonal
   */
  public static Geometry analysedArea(Geometry drawn) {
    requireNonNull(drawn, "drawn");
    if (!(drawn instanceof Polygon || drawn instanceof MultiPolygon)) {
      throw new IllegalArgumentException("area is not a polygon: " + drawn.getGeometryType());
    }
    if (drawn.isValid()) {
      return drawn; // itself, not a copy: CoverageMap tells repaired areas by this
    }
    Geometry fixed = GeometryFixer.fix(drawn);
    Geometry polygonal = polygonalPart(fixed);
    polygonal.setSRID(drawn.getSRID());
    return polygonal;
  }

  private static Geometry polygonalPart(Geometry g) {
    if (g instanceof Polygon || g instanceof MultiPolygon) {
      return g;
    }
    List<Polygon> polygons = new ArrayList<>();
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Geometry part = g.getGeometryN(i);
      if (part instanceof Polygon p && !p.isEmpty()) {
        polygons.add(p);
      } else if (part instanceof MultiPolygon mp) {
        for (int j = 0; j < mp.getNumGeometries(); j++) {
          polygons.add((Polygon) mp.getGeometryN(j));
        }
      }
    }
    return polygons.size() == 1 ? polygons.get(0)
        : g.getFactory().createMultiPolygon(polygons.toArray(Polygon[]::new));
  }

  /** The number of groups. */
  public int size() {
    return groups.size();
  }

  /** The groups in ordinal order (sorted by id). */
  public List<Group> groups() {
    return groups;
  }

  /** The group with this ordinal. */
  public Group group(int ordinal) {
    return groups.get(ordinal);
  }

  /**
   * The ordinal of the group with this id.
   *
   * @throws IllegalArgumentException when no group has this id
   */
  public int ordinalOf(String id) {
    return index().ordinalOf(id);
  }

  /** The area of the group with this ordinal as analysed (repaired where the drawn one is invalid); a copy. */
  public Geometry area(int ordinal) {
    return areas[ordinal].copy();
  }

  /** Whether the group's drawn area was invalid and is analysed as repaired. */
  public boolean isRepaired(int ordinal) {
    return repaired[ordinal];
  }

  /** The index over the analysed areas; its ordinals are this map's. */
  public CoverageIndex index() {
    CoverageIndex built = index;
    if (built == null) {
      synchronized (this) {
        built = index;
        if (built == null) {
          double[][] edges = new double[areas.length][];
          IntStream.range(0, areas.length).parallel().forEach(i -> edges[i] = CellTreeBuilder.edgesOf(areas[i]));
          built = CoverageIndex.ofAnalysed(groups.stream().map(Group::id).toList(), edges);
          index = built;
        }
      }
    }
    return built;
  }

  /** The groups covering a point (RD New), in ordinal order; empty when none does. */
  public List<Group> covering(double x, double y) {
    int[] out = new int[groups.size()];
    int n = index().locateAll(x, y, out);
    List<Group> result = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      result.add(groups.get(out[i]));
    }
    return result;
  }

  /** Two maps are equal when they hold equal groups; the areas and the index follow from the groups. */
  @Override
  public boolean equals(Object o) {
    return o instanceof CoverageMap other && groups.equals(other.groups);
  }

  @Override
  public int hashCode() {
    return groups.hashCode();
  }

  @Override
  public String toString() {
    int n = 0;
    for (boolean r : repaired) {
      n += r ? 1 : 0;
    }
    return "CoverageMap[" + groups.size() + " groups, " + n + " repaired]";
  }
}
