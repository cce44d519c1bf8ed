package nl.dekking.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import nl.dekking.crs.RdNew;
import nl.dekking.model.Household;
import nl.dekking.model.Street;
import org.locationtech.jts.algorithm.hull.ConcaveHull;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Groups uncovered households into gap clusters: single-linkage clustering with a link distance (the walking
 * distance, straight line), using a grid of cells as large as the distance (the households sorted by cell, each
 * cell a run found by binary search, no boxed map) so each household is compared only with those in its own and
 * the eight surrounding cells, and a union–find over the links. Near-linear for
 * spread-out households; O(n²) only when all households lie within one cell.
 *
 * <p>The outline of a cluster is the JTS {@link ConcaveHull} of its households with edges up to the link
 * distance, buffered by {@value #OUTLINE_MARGIN_M} m: a polygon that holds every household with a margin, and a
 * small disc or capsule for one or two households. Not thread-safe; used once per analysis.
 */
final class GapClusterer {

  /** The margin around a cluster's households in its outline, m. */
  static final double OUTLINE_MARGIN_M = 10.0;

  private static final int QUADRANT_SEGMENTS = 4;

  private final double distance;

  GapClusterer(double distance) {
    this.distance = distance;
  }

  /** The clusters of these households (given in address order), most households first. */
  List<GapCluster> cluster(List<Household> households) {
    int n = households.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = households.get(i).x();
      ys[i] = households.get(i).y();
    }
    // the households sorted by cell (then index): each cell is a run of this order, found by binary search
    long[] keyed = new long[n];
    long[] cellOf = new long[n];
    for (int i = 0; i < n; i++) {
      cellOf[i] = cell(cx(xs[i]), cy(ys[i]));
    }
    Integer[] byCell = new Integer[n];
    for (int i = 0; i < n; i++) {
      byCell[i] = i;
    }
    Arrays.sort(byCell, (a, b) -> {
      int c = Long.compare(cellOf[a], cellOf[b]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    int[] inCellOrder = new int[n];
    for (int k = 0; k < n; k++) {
      inCellOrder[k] = byCell[k];
      keyed[k] = cellOf[inCellOrder[k]];
    }
    // each cell's households against those of its own and the eight surrounding cells: the links do not depend on
    // the order they are found in, nor do the components (each one's root is its lowest index)
    double d2 = distance * distance;
    for (int run = 0; run < n; ) {
      int runEnd = run + 1;
      while (runEnd < n && keyed[runEnd] == keyed[run]) {
        runEnd++;
      }
      long x = cx(xs[inCellOrder[run]]);
      long y = cy(ys[inCellOrder[run]]);
      for (long dx = -1; dx <= 1; dx++) {
        for (long dy = -1; dy <= 1; dy++) {
          long key = cell(x + dx, y + dy);
          int from = dx == 0 && dy == 0 ? run : firstAtLeast(keyed, key);
          for (int k = from; k < n && keyed[k] == key; k++) {
            int j = inCellOrder[k];
            for (int r = run; r < runEnd; r++) {
              int i = inCellOrder[r];
              if (j > i) {
                double ex = xs[j] - xs[i];
                double ey = ys[j] - ys[i];
                if (ex * ex + ey * ey <= d2) {
                  union(parent, i, j);
                }
              }
            }
          }
        }
      }
      run = runEnd;
    }
    // members in address order, because households are given in address order
    int[] clusterOfRoot = new int[n];
    Arrays.fill(clusterOfRoot, -1);
    List<List<Household>> clusters = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int root = find(parent, i);
      if (clusterOfRoot[root] < 0) {
        clusterOfRoot[root] = clusters.size();
        clusters.add(new ArrayList<>());
      }
      clusters.get(clusterOfRoot[root]).add(households.get(i));
    }
    // clusters are in order of their first household; a stable sort by size keeps that as the tie-break
    clusters.sort(Comparator.comparingInt((List<Household> l) -> l.size()).reversed());
    List<GapCluster> out = new ArrayList<>(clusters.size());
    for (int c = 0; c < clusters.size(); c++) {
      List<Household> members = clusters.get(c);
      out.add(new GapCluster("gap-" + (c + 1), outline(members), members, streets(members)));
    }
    return out;
  }

  private Geometry outline(List<Household> members) {
    Coordinate[] pts = new Coordinate[members.size()];
    for (int i = 0; i < pts.length; i++) {
      pts[i] = new Coordinate(members.get(i).x(), members.get(i).y());
    }
    Geometry points = RdNew.GEOMETRY_FACTORY.createMultiPointFromCoords(pts);
    Geometry hull = members.size() < 3 ? points : ConcaveHull.concaveHullByLength(points, distance);
    return hull.buffer(OUTLINE_MARGIN_M, QUADRANT_SEGMENTS);
  }

  private static List<GapStreet> streets(List<Household> members) {
    TreeMap<Street.Key, List<Household>> byStreet = new TreeMap<>(
        Comparator.comparing(Street.Key::place).thenComparing(Street.Key::name));
    String lastStreet = null;
    String lastPlace = null;
    List<Household> last = null;
    for (Household h : members) {
      // members come in address order: the same spelling as the previous one's is not looked up again
      if (last == null || !h.address().street().equals(lastStreet) || !h.address().place().equals(lastPlace)) {
        last = byStreet.computeIfAbsent(Street.Key.of(h.address()), k -> new ArrayList<>());
        lastStreet = h.address().street();
        lastPlace = h.address().place();
      }
      last.add(h);
    }
    List<GapStreet> out = new ArrayList<>(byStreet.size());
    for (List<Household> hs : byStreet.values()) {
      out.add(new GapStreet(hs.get(0).address().street(), hs.get(0).address().place(), hs));
    }
    out.sort(Comparator.comparingInt((GapStreet s) -> s.households().size()).reversed());
    return out;
  }

  private long cx(double x) {
    return (long) Math.floor(x / distance);
  }

  private long cy(double y) {
    return (long) Math.floor(y / distance);
  }

  /** The first position in ascending {@code keys} holding {@code key} or more. */
  private static int firstAtLeast(long[] keys, long key) {
    int lo = 0;
    int hi = keys.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (keys[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static long cell(long x, long y) {
    return (x << 32) ^ (y & 0xffffffffL);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      // the smaller index becomes the root, so roots do not depend on the order links are found in
      if (ra < rb) {
        parent[rb] = ra;
      } else {
        parent[ra] = rb;
      }
    }
  }
}
