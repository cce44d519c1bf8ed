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
import org.locationtech.jts.geom.Polygon;

/**
 * Groups uncovered households into gap clusters: single-linkage clustering with a link distance (the walking
 * distance, straight line), over a grid of cells a hair smaller than distance / √2 (the households sorted by cell,
 * no boxed map): households in one cell are always linked, and two cells at most two apart are linked at the first
 * pair of their households within the distance, unless already joined, with a union–find. Near-linear: the pairs
 * compared are a few per cell pair, except between cells whose households are all just out of reach. The
 * clusters are exactly those of comparing every pair.
 *
 * <p>The outline of a cluster is the JTS {@link ConcaveHull} of its households with edges up to the link
 * distance, buffered by {@value #OUTLINE_MARGIN_M} m: a polygon that holds every household with a margin, and a
 * small disc or capsule for one or two households. A cluster of more than {@value #LARGE_CLUSTER} households (a
 * city's uncovered districts, millions of households in a national run, where the hull's Delaunay triangulation
 * was a quarter of all the work) is outlined from a raster instead: the cells of half the link distance that hold
 * a household, closed (gaps of up to two cells, the link distance, filled; {@link CellGrid#closed}), their union
 * traced as polygons straight from the raster and buffered by the same margin, the traced rings offset directly
 * ({@link CellBoundaryTracer#buffer}: no overlay, and the same point set as JTS's buffer of the cells' union); it too
 * holds every household with the margin, only with square-cut edges. Not thread-safe; used once per analysis.
 */
final class GapClusterer {

  /** The margin around a cluster's households in its outline, m. */
  static final double OUTLINE_MARGIN_M = 10.0;

  /** Segments per quarter circle of the outline's rounded corners. */
  static final int QUADRANT_SEGMENTS = 4;

  /** Clusters with more households than this are outlined from a raster, not a concave hull. */
  static final int LARGE_CLUSTER = 5_000;

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
    link(xs, ys, parent);
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
    if (members.size() > LARGE_CLUSTER) {
      return CellBoundaryTracer.buffer(CellGrid.closed(pts, distance / 2), OUTLINE_MARGIN_M, QUADRANT_SEGMENTS,
          RdNew.GEOMETRY_FACTORY);
    }
    if (atOnePlace(pts)) {
      return disc(pts[0]);
    }
    Geometry points = RdNew.GEOMETRY_FACTORY.createMultiPointFromCoords(pts);
    // households at one or two places (a block of flats shares one address point) have no triangulation, and
    // ConcaveHull then returns their convex hull: taken directly, without the attempt
    Geometry hull = members.size() < 3 ? points
        : atMostTwoPlaces(pts) ? points.convexHull() : concaveHull(points);
    return hull.buffer(OUTLINE_MARGIN_M, QUADRANT_SEGMENTS);
  }

  /**
   * The concave hull with edges up to the link distance. When every edge of the convex hull is shorter than that,
   * ConcaveHull removes no triangle and its hull is the convex one (the same area): taken directly, without the
   * triangulation, as for most small clusters.
   */
  private Geometry concaveHull(Geometry points) {
    Geometry convex = points.convexHull();
    if (convex instanceof Polygon p) {
      Coordinate[] ring = p.getExteriorRing().getCoordinates();
      boolean allShort = true;
      for (int i = 1; i < ring.length && allShort; i++) {
        allShort = ring[i - 1].distance(ring[i]) < distance;
      }
      if (allShort) {
        return convex;
      }
    }
    return ConcaveHull.concaveHullByLength(points, distance);
  }

  /** JTS's buffer of the point (0, 0): a lone household's outline is this disc moved to its place. */
  private static final Coordinate[] DISC = ((Polygon) RdNew.GEOMETRY_FACTORY
      .createPoint(new Coordinate(0, 0)).buffer(OUTLINE_MARGIN_M, QUADRANT_SEGMENTS)).getExteriorRing()
      .getCoordinates();

  /**
   * The outline of households at one place (most gap clusters in the countryside: a lone farm): the disc JTS's
   * buffer of the point gives, moved there, without the buffer's noding and polygon building.
   */
  private static Geometry disc(Coordinate at) {
    Coordinate[] ring = new Coordinate[DISC.length];
    for (int i = 0; i < ring.length; i++) {
      ring[i] = new Coordinate(at.x + DISC[i].x, at.y + DISC[i].y);
    }
    return RdNew.GEOMETRY_FACTORY.createPolygon(ring);
  }

  private static boolean atOnePlace(Coordinate[] pts) {
    for (Coordinate c : pts) {
      if (!c.equals2D(pts[0])) {
        return false;
      }
    }
    return true;
  }

  private static boolean atMostTwoPlaces(Coordinate[] pts) {
    Coordinate first = pts[0];
    Coordinate second = null;
    for (Coordinate c : pts) {
      if (c.equals2D(first) || c.equals2D(second == null ? first : second)) {
        continue;
      }
      if (second != null) {
        return false;
      }
      second = c;
    }
    return true;
  }

  private static List<GapStreet> streets(List<Household> members) {
    // most clusters lie on one street, spelt alike: no map of streets
    String street = members.get(0).address().street();
    String place = members.get(0).address().place();
    boolean oneStreet = true;
    for (int i = 1; i < members.size() && oneStreet; i++) {
      oneStreet = members.get(i).address().street().equals(street) && members.get(i).address().place().equals(place);
    }
    if (oneStreet) {
      return List.of(new GapStreet(street, place, members));
    }
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

  /**
   * Unions every two households at most the distance apart, as comparing every pair would, in near-linear time.
   * Cells are a hair smaller than distance / √2, so any two households in one cell are within the distance and
   * are joined without a test; two cells at most two apart (in x and in y) are joined at the first pair of their
   * households within the distance, and not compared at all when an earlier link already joined them. The
   * components are those of the pairwise links; each one's root is its lowest index, whatever order links are
   * found in.
   */
  private void link(double[] xs, double[] ys, int[] parent) {
    int n = xs.length;
    double side = distance / Math.sqrt(2) * (1 - 1e-9);
    long[] gx = new long[n];
    long[] gy = new long[n];
    for (int i = 0; i < n; i++) {
      gx[i] = (long) Math.floor(xs[i] / side);
      gy[i] = (long) Math.floor(ys[i] / side);
    }
    int[] order = byCell(gx, gy);
    // cells: runs of the order, with their grid coordinates ascending
    int[] cellStart = new int[n + 1];
    long[] cellX = new long[n];
    long[] cellY = new long[n];
    int cells = 0;
    for (int k = 0; k < n; k++) {
      int i = order[k];
      if (k == 0 || gx[i] != cellX[cells - 1] || gy[i] != cellY[cells - 1]) {
        cellStart[cells] = k;
        cellX[cells] = gx[i];
        cellY[cells] = gy[i];
        cells++;
      }
    }
    cellStart[cells] = n;
    for (int c = 0; c < cells; c++) {
      for (int k = cellStart[c] + 1; k < cellStart[c + 1]; k++) {
        union(parent, order[cellStart[c]], order[k]);
      }
    }
    double d2 = distance * distance;
    // each cell's households' bounding box: two cells whose boxes lie beyond the distance have no pair to compare
    double[] boxes = new double[4 * cells];
    for (int c = 0; c < cells; c++) {
      double minX = Double.POSITIVE_INFINITY;
      double minY = Double.POSITIVE_INFINITY;
      double maxX = Double.NEGATIVE_INFINITY;
      double maxY = Double.NEGATIVE_INFINITY;
      for (int k = cellStart[c]; k < cellStart[c + 1]; k++) {
        int i = order[k];
        minX = Math.min(minX, xs[i]);
        minY = Math.min(minY, ys[i]);
        maxX = Math.max(maxX, xs[i]);
        maxY = Math.max(maxY, ys[i]);
      }
      boxes[4 * c] = minX;
      boxes[4 * c + 1] = minY;
      boxes[4 * c + 2] = maxX;
      boxes[4 * c + 3] = maxY;
    }
    for (int c = 0; c < cells; c++) {
      // only the cells after this one (in x, then y): each pair of cells is looked at once
      for (long dx = 0; dx <= 2; dx++) {
        for (long dy = dx == 0 ? 1 : -2; dy <= 2; dy++) {
          int other = cellAt(cellX, cellY, cells, cellX[c] + dx, cellY[c] + dy);
          if (other < 0 || boxGap2(boxes, c, other) > d2
              || find(parent, order[cellStart[c]]) == find(parent, order[cellStart[other]])) {
            continue;
          }
          joinFirstPair(xs, ys, parent, order, cellStart[c], cellStart[c + 1], cellStart[other],
              cellStart[other + 1], d2);
        }
      }
    }
  }

  /**
   * The indices sorted by cell (x, then y), then by index: as primitive keys (cell rank in the high half, index in
   * the low) when the grid's cells can be ranked in 31 bits, as a national municipality's always can; boxed
   * otherwise.
   */
  private static int[] byCell(long[] gx, long[] gy) {
    int n = gx.length;
    int[] order = new int[n];
    if (n == 0) {
      return order;
    }
    long minX = Long.MAX_VALUE;
    long maxX = Long.MIN_VALUE;
    long minY = Long.MAX_VALUE;
    long maxY = Long.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      minX = Math.min(minX, gx[i]);
      maxX = Math.max(maxX, gx[i]);
      minY = Math.min(minY, gy[i]);
      maxY = Math.max(maxY, gy[i]);
    }
    double cellsInGrid = ((double) maxX - minX + 1) * ((double) maxY - minY + 1);
    if (cellsInGrid < Integer.MAX_VALUE) {
      long rows = maxY - minY + 1;
      long[] keys = new long[n];
      for (int i = 0; i < n; i++) {
        keys[i] = ((gx[i] - minX) * rows + (gy[i] - minY)) << 32 | i;
      }
      Arrays.sort(keys);
      for (int k = 0; k < n; k++) {
        order[k] = (int) keys[k];
      }
      return order;
    }
    Integer[] boxed = new Integer[n];
    for (int i = 0; i < n; i++) {
      boxed[i] = i;
    }
    Arrays.sort(boxed, (a, b) -> {
      int c = Long.compare(gx[a], gx[b]);
      if (c == 0) {
        c = Long.compare(gy[a], gy[b]);
      }
      return c != 0 ? c : Integer.compare(a, b);
    });
    for (int k = 0; k < n; k++) {
      order[k] = boxed[k];
    }
    return order;
  }

  /** The squared distance between the bounding boxes of two cells' households (0 when they meet). */
  private static double boxGap2(double[] boxes, int a, int b) {
    double gx = Math.max(0, Math.max(boxes[4 * a] - boxes[4 * b + 2], boxes[4 * b] - boxes[4 * a + 2]));
    double gy = Math.max(0, Math.max(boxes[4 * a + 1] - boxes[4 * b + 3], boxes[4 * b + 1] - boxes[4 * a + 3]));
    return gx * gx + gy * gy;
  }

  private static void joinFirstPair(double[] xs, double[] ys, int[] parent, int[] order, int from, int to,
      int otherFrom, int otherTo, double d2) {
    for (int k = from; k < to; k++) {
      int i = order[k];
      for (int m = otherFrom; m < otherTo; m++) {
        int j = order[m];
        double ex = xs[j] - xs[i];
        double ey = ys[j] - ys[i];
        if (ex * ex + ey * ey <= d2) {
          union(parent, i, j);
          return;
        }
      }
    }
  }

  /** The cell at grid coordinates (x, y), or −1: binary search in the cells ordered by x, then y. */
  private static int cellAt(long[] cellX, long[] cellY, int cells, long x, long y) {
    int lo = 0;
    int hi = cells - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = cellX[mid] != x ? Long.compare(cellX[mid], x) : Long.compare(cellY[mid], y);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
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
