package nl.dekking.index;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
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

  private final List<Group> groups;
  private final Map<String, Integer> ordinals;
  private final Locator locator;

  private CoverageIndex(List<Group> groups, Locator locator) {
    this.groups = groups;
    this.locator = locator;
    Map<String, Integer> byId = new HashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      byId.put(groups.get(i).id(), i);
    }
    this.ordinals = Map.copyOf(byId);
  }

  /**
   * Builds an index over groups with distinct ids.
   *
   * @throws IllegalArgumentException when two groups share an id
   */
  public static CoverageIndex build(Collection<Group> groups) {
    requireNonNull(groups, "groups");
    List<Group> sorted = new ArrayList<>(groups);
    sorted.sort(Comparator.comparing(Group::id));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
        throw new IllegalArgumentException("two groups have id '" + sorted.get(i).id() + "'");
      }
    }
    Geometry[] areas = new Geometry[sorted.size()];
    IntStream.range(0, areas.length).parallel().forEach(i -> {
      Geometry area = sorted.get(i).area();
      areas[i] = area.isValid() ? area : GeometryFixer.fix(area);
    });
    return new CoverageIndex(List.copyOf(sorted), CellTreeBuilder.build(areas));
  }

  /** Builds an index over the groups of a dataset. */
  public static CoverageIndex build(Dataset dataset) {
    return build(dataset.groups());
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
    Integer o = ordinals.get(id);
    if (o == null) {
      throw new IllegalArgumentException("no group with id '" + id + "' in this index of " + groups.size() + " groups");
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
    if (out.length < groups.size()) {
      throw new IllegalArgumentException("out must hold " + groups.size() + " ordinals, has room for " + out.length);
    }
    return locator.all(x, y, out);
  }

  /** Calls the visitor with the ordinal of every group covering a point, ascending. Allocates nothing. */
  public void forEachCovering(double x, double y, IntConsumer visitor) {
    requireNonNull(visitor, "visitor");
    locator.forEach(x, y, visitor);
  }

  /** The groups covering a point, in ordinal order; empty when none does. */
  public List<Group> covering(double x, double y) {
    int[] out = new int[groups.size()];
    int n = locator.all(x, y, out);
    List<Group> result = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      result.add(groups.get(out[i]));
    }
    return result;
  }

  /** Assigns every household to the groups covering it; see {@link Assignment}. Uses every core. */
  public Assignment assign(List<Household> households) {
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
    return "CoverageIndex[" + groups.size() + " groups]";
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
