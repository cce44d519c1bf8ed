package nl.dekking.index;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.model.HouseholdList;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * An immutable index from a point in RD New to the groups whose areas cover it: the lookup Dekking runs for every
 * household.
 *
 * <p>Groups get <em>ordinals</em> 0..n−1 in the order of their ids, so ordinals, answers and assignments do not
 * depend on the order groups were given in. Coverage follows the rule of the {@linkplain nl.dekking.index package
 * documentation}: closed areas, and a point on a shared boundary in no group's interior goes to the group whose id
 * sorts first. An invalid area (a bow-tie, a self-touching ring) is used as JTS {@link GeometryFixer} repairs it;
 * the analysis reports such repairs.
 *
 * <p>Lookups run on an adaptive cell tree: most points are answered by a few array reads with
 * no geometry test, the rest by exact orientation tests against the few edges near them. The answers equal JTS
 * point location exactly (checked against brute force in the tests). {@link #locate}, {@link #locateAll} and
 * {@link #forEachCovering} allocate nothing; {@link #assign} uses every core, answers most points of a batch in
 * one pass in the order given and orders the rest along a space-filling curve before looking them up.
 *
 * <p>Lookups on one index may run concurrently: thread-safe and immutable.
 */
public final class CoverageIndex {

  /** The answer of {@link #locate(double, double)} for a point that no group covers. */
  public static final int NONE = -1;

  private final List<String> ids;
  private final Map<String, Integer> ordinals;
  private final Locator locator;

  private CoverageIndex(List<String> ids, Locator locator) {
    this.ids = ids;
    this.locator = locator;
    Map<String, Integer> byId = new HashMap<>(ids.size() * 4 / 3 + 1);
    for (int i = 0; i < ids.size(); i++) {
      byId.put(ids.get(i), i);
    }
    this.ordinals = byId; // never changed after this, nor let out: no immutable copy needed
  }

  /**
   * Builds an index over areas named by distinct ids: groups, neighbourhoods, municipalities, anything polygonal
   * in RD New. Ordinals follow the ids in {@link String#compareTo} order. Each area is used as
   * {@link CoverageMap#analysedArea} makes it (an invalid area as JTS {@link GeometryFixer} repairs it).
   *
   * @param ids the areas' ids, distinct, in the same order as {@code areas}
   * @param areas Polygons or MultiPolygons in RD New
   * @throws IllegalArgumentException when the lists differ in length, two ids are equal, or an area is not
   *     polygonal
   */
  public static CoverageIndex of(List<String> ids, List<? extends Geometry> areas) {
    requireNonNull(ids, "ids");
    requireNonNull(areas, "areas");
    if (ids.size() != areas.size()) {
      throw new IllegalArgumentException("ids and areas differ in length: " + ids.size() + " and " + areas.size());
    }
    Integer[] order = new Integer[ids.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparing(ids::get));
    List<String> sortedIds = new ArrayList<>(order.length);
    for (int i = 0; i < order.length; i++) {
      String id = requireNonNull(ids.get(order[i]), "id");
      if (i > 0 && id.equals(sortedIds.get(i - 1))) {
        throw new IllegalArgumentException("two areas have id '" + id + "'");
      }
      requireNonNull(areas.get(order[i]), () -> "area of '" + id + "'");
      sortedIds.add(id);
    }
    // validity checks and repairs are independent per area: on every core, as the tree build is, each area's
    // edges taken in the same pass
    double[][] edges = new double[order.length][];
    IntStream.range(0, order.length).parallel()
        .forEach(i -> edges[i] = CellTreeBuilder.edgesOf(CoverageMap.analysedArea(areas.get(order[i]))));
    return new CoverageIndex(List.copyOf(sortedIds), CellTreeBuilder.build(edges));
  }

  /**
   * Builds an index over groups with distinct ids: {@code of(ids, areas)} with each group's id and area.
   *
   * @throws IllegalArgumentException when two groups share an id
   */
  public static CoverageIndex build(Collection<Group> groups) {
    requireNonNull(groups, "groups");
    return of(groups.stream().map(Group::id).toList(), groups.stream().map(Group::area).toList());
  }

  /** Builds an index over the groups of a dataset. */
  public static CoverageIndex build(Dataset dataset) {
    return build(dataset.groups());
  }

  /**
   * Builds an index over areas whose analysed form is already known (ids distinct and sorted), given by their
   * edges ({@link CellTreeBuilder#edgesOf}).
   */
  static CoverageIndex ofAnalysed(List<String> sortedIds, double[][] analysedEdges) {
    return new CoverageIndex(List.copyOf(sortedIds), CellTreeBuilder.build(analysedEdges));
  }

  /** The number of areas. */
  public int size() {
    return ids.size();
  }

  /** The ids in ordinal order (sorted). */
  public List<String> ids() {
    return ids;
  }

  /** The id of the area with this ordinal. */
  public String id(int ordinal) {
    return ids.get(ordinal);
  }

  /**
   * The ordinal of the area with this id.
   *
   * @throws IllegalArgumentException when no area has this id
   */
  public int ordinalOf(String id) {
    Integer o = ordinals.get(id);
    if (o == null) {
      throw new IllegalArgumentException("no area with id '" + id + "' in this index of " + ids.size() + " areas");
    }
    return o;
  }

  /**
   * The group covering a point, or {@link #NONE}. Where several groups cover the point (an overlap), the lowest
   * ordinal; use {@link #locateAll} or {@link #forEachCovering} to see them all.
   */
  public int locate(double x, double y) {
    return locator.first(x, y);
  }

  /**
   * Writes the ordinals of every group covering a point into {@code out}, ascending, and returns how many there
   * are. {@code out} must have room for {@link #size()} ordinals.
   *
   * @throws IllegalArgumentException when {@code out} is shorter than {@link #size()}
   */
  public int locateAll(double x, double y, int[] out) {
    if (out.length < ids.size()) {
      throw new IllegalArgumentException("out must hold " + ids.size() + " ordinals, has room for " + out.length);
    }
    return locator.all(x, y, out);
  }

  /** Calls the visitor with the ordinal of every group covering a point, ascending. Allocates nothing. */
  public void forEachCovering(double x, double y, IntConsumer visitor) {
    requireNonNull(visitor, "visitor");
    locator.forEach(x, y, visitor);
  }

  /** The ids of the areas covering a point, in ordinal order; empty when none does. */
  public List<String> coveringIds(double x, double y) {
    int[] out = new int[ids.size()];
    int n = locator.all(x, y, out);
    List<String> result = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      result.add(ids.get(out[i]));
    }
    return result;
  }

  /** Assigns every household to the groups covering it; see {@link Assignment}. Uses every core. */
  public Assignment assign(List<Household> households) {
    if (households instanceof HouseholdList columns) { // the points straight from the columns, no records made
      return assign(columns.xs(), columns.ys());
    }
    int n = households.size();
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      Household h = households.get(i);
      xs[i] = h.x();
      ys[i] = h.y();
    }
    return assign(xs, ys);
  }

  /**
   * Assigns every point {@code (xs[i], ys[i])} to the groups covering it. Uses every core.
   *
   * @throws IllegalArgumentException when the arrays differ in length
   */
  public Assignment assign(double[] xs, double[] ys) {
    if (xs.length != ys.length) {
      throw new IllegalArgumentException("xs and ys differ in length: " + xs.length + " and " + ys.length);
    }
    return Assignment.compute(this, xs, ys);
  }

  /** The locator behind this index, for tests and diagnostics. */
  Locator locator() {
    return locator;
  }

  @Override
  public String toString() {
    return "CoverageIndex[" + ids.size() + " areas]";
  }

  /** How a point is found in the groups' areas; the implementation behind the public API. */
  interface Locator {

    /** The lowest covering ordinal, or NONE. */
    int first(double x, double y);

    /** Every covering ordinal, ascending, into out; returns the count. */
    int all(double x, double y, int[] out);

    /** Calls the visitor with every covering ordinal, ascending. */
    void forEach(double x, double y, IntConsumer visitor);

    /**
     * Answers the points of {@code from .. to - 1} that need no geometry test, writing {@code firsts[i]} (the
     * lowest covering ordinal or NONE), and lists the rest, ascending, in {@code deferred}; returns how many.
     */
    default int answerShallow(double[] xs, double[] ys, int from, int to, int[] firsts, int[] deferred) {
      for (int i = from; i < to; i++) {
        deferred[i - from] = i;
      }
      return to - from;
    }

    /** The order in which looking the points (with these ids) up is fastest. */
    default CurveOrder visitOrder(double[] xs, double[] ys, int[] ids) {
      return CurveOrder.identity(xs, ys, ids);
    }
  }

}
