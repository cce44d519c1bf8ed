package nl.dekking.nearby;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import nl.dekking.index.CoverageIndex;
import nl.dekking.index.CoverageMap;
import nl.dekking.model.Household;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Which groups lie within a radius of a point, with their distances: the incident query.
 *
 * <pre>{@code
 * NearbyIndex nearby = NearbyIndex.of(map);
 * for (NearbyGroup g : nearby.within(x, y, 500)) { ... }     // nearest first
 * }</pre>
 *
 * <p><b>Semantics.</b> The distance from a point to a group is 0 when the analysed area covers the point (inside
 * or on the edge, as {@link CoverageIndex}), else the least distance to any edge of its rings, holes included: as
 * PostGIS {@code ST_Distance}. A group is within radius R when that distance is at most R ({@code ST_DWithin}).
 *
 * <p><b>Algorithm.</b> Every ring edge of every area is bucketed into a uniform grid of square cells (the cell side
 * chosen so a cell holds about 64 edges on average: a query is bound by memory latency, so few, larger cells beat
 * many small ones); inside a cell the edges sit in runs per group, each run with its bounding box. A query asks the
 * {@link CoverageIndex} which areas cover the point (distance 0), then visits the point's cell and the other cells
 * within R row by row, skipping a run whose bounding box lies beyond R or no nearer than the group's best distance
 * so far, and computes the remaining edge distances with primitive arithmetic on packed {@code double} arrays. A quick
 * squared distance picks the edges that may be nearest (within {@value #SLACK} m of the best so far); those get JTS's
 * own {@code Distance.pointToSegment} formula, so a distance is the very double JTS {@code Geometry.distance} returns,
 * and a point picometres off an edge is out at radius 0 as it is for JTS. Building is O(edges); a query is O(cells
 * and runs within R + edges of the runs not skipped), allocation-free through {@link #within(double, double, double, int[], double[])}. Measured
 * by {@code NearbyBenchmark} (15,000 groups, 500 m). Thread-safe and immutable; per-thread scratch arrays.
 */
public final class NearbyIndex {

  private static final int TARGET_EDGES_PER_CELL = 64;
  /**
   * Metres by which the quick squared distances (another formula than JTS's, so other roundings) may lie beyond the
   * exact one and still be computed exactly: far more than their rounding error at RD New's coordinates (nanometres).
   */
  private static final double SLACK = 1e-6;
  private static final int MAX_CELLS = 1 << 22;

  private final CoverageMap map;
  /** Per run (one group's edges in one cell), {@value #RUN} doubles: group, first edge, end edge, and bounding box. */
  private final double[] runs;
  /** Per edge entry, in cell and run order: x1, y1, x2, y2. */
  private final double[] data;
  private static final int RUN = 7;
  private final double minX;
  private final double minY;
  private final double cell;
  private final int nx;
  private final int ny;
  /** For cell c, its runs are cellStart[c] .. cellStart[c + 1] − 1. */
  private final int[] cellStart;
  private final ThreadLocal<Scratch> scratch;

  private static final class Scratch {
    final double[] best;
    final int[] stamp;
    final int[] touched;
    final int[] covering;
    /** The quick squared distances of one run's edges. */
    final double[] quick;
    int query;

    Scratch(int groups, int longestRun) {
      quick = new double[longestRun];
      best = new double[groups];
      stamp = new int[groups];
      touched = new int[groups];
      covering = new int[groups];
    }
  }

  private NearbyIndex(CoverageMap map, double[] runs, double[] data, double minX, double minY, double cell, int nx, int ny,
      int[] cellStart) {
    this.map = map;
    this.runs = runs;
    this.data = data;
    this.minX = minX;
    this.minY = minY;
    this.cell = cell;
    this.nx = nx;
    this.ny = ny;
    this.cellStart = cellStart;
    int groups = map.size();
    int longest = 1;
    for (int r = 0; r < runs.length; r += RUN) {
      longest = Math.max(longest, (int) (runs[r + 2] - runs[r + 1]) / 4);
    }
    int longestRun = longest;
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(groups, longestRun));
  }

  /** The incident index over an analysed map. O(edges). */
  public static NearbyIndex of(CoverageMap map) {
    requireNonNull(map, "map");
    // pack every ring's vertices; remember which vertex starts an edge and of which group
    int vertexCount = 0;
    for (int o = 0; o < map.size(); o++) {
      vertexCount += map.area(o).getNumPoints();
    }
    double[] xs = new double[vertexCount];
    double[] ys = new double[vertexCount];
    int[] edgeStart = new int[vertexCount];
    int[] edgeGroup = new int[vertexCount];
    int v = 0;
    int e = 0;
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (int o = 0; o < map.size(); o++) {
      Geometry area = map.area(o);
      for (int p = 0; p < area.getNumGeometries(); p++) {
        Polygon polygon = (Polygon) area.getGeometryN(p);
        if (polygon.isEmpty()) {
          continue;
        }
        for (int r = -1; r < polygon.getNumInteriorRing(); r++) {
          LineString ring = r < 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r);
          Coordinate[] cs = ring.getCoordinates();
          for (int i = 0; i < cs.length; i++) {
            xs[v] = cs[i].x;
            ys[v] = cs[i].y;
            minX = Math.min(minX, cs[i].x);
            minY = Math.min(minY, cs[i].y);
            maxX = Math.max(maxX, cs[i].x);
            maxY = Math.max(maxY, cs[i].y);
            if (i + 1 < cs.length) {
              edgeStart[e] = v;
              edgeGroup[e] = o;
              e++;
            }
            v++;
          }
        }
      }
    }
    if (e == 0) {
      return new NearbyIndex(map, new double[0], new double[0], 0, 0, 1, 1, 1, new int[2]);
    }
    double width = Math.max(maxX - minX, 1);
    double height = Math.max(maxY - minY, 1);
    double cell = Math.sqrt(width * height * TARGET_EDGES_PER_CELL / e);
    cell = Math.max(cell, Math.sqrt(width * height / MAX_CELLS) * 1.01);
    cell = Math.max(cell, 1);
    int nx = (int) (width / cell) + 1;
    int ny = (int) (height / cell) + 1;
    // counting sort of (cell, edge) entries, edges in group order so each cell holds runs per group
    int[] counts = new int[nx * ny + 1];
    for (int i = 0; i < e; i++) {
      forEachCell(xs, ys, edgeStart[i], minX, minY, cell, nx, ny, c -> counts[c + 1]++);
    }
    for (int c = 0; c < nx * ny; c++) {
      counts[c + 1] += counts[c];
    }
    int[] entries = new int[counts[nx * ny]];
    int[] fill = java.util.Arrays.copyOf(counts, nx * ny);
    for (int i = 0; i < e; i++) {
      int edge = i;
      forEachCell(xs, ys, edgeStart[i], minX, minY, cell, nx, ny, c -> entries[fill[c]++] = edge);
    }
    // runs: consecutive entries of one group in one cell, laid out as group, count, edges
    int runs = 0;
    for (int c = 0; c < nx * ny; c++) {
      for (int k = counts[c]; k < counts[c + 1]; k++) {
        if (k == counts[c] || edgeGroup[entries[k]] != edgeGroup[entries[k - 1]]) {
          runs++;
        }
      }
    }
    double[] runInfo = new double[RUN * runs];
    double[] data = new double[4 * entries.length];
    int[] cellStart = new int[nx * ny + 1];
    int r = -1;
    for (int c = 0; c < nx * ny; c++) {
      cellStart[c] = r + 1;
      for (int k = counts[c]; k < counts[c + 1]; k++) {
        int a = edgeStart[entries[k]];
        if (k == counts[c] || edgeGroup[entries[k]] != edgeGroup[entries[k - 1]]) {
          r++;
          runInfo[RUN * r] = edgeGroup[entries[k]];
          runInfo[RUN * r + 1] = 4 * k;
          runInfo[RUN * r + 3] = Double.POSITIVE_INFINITY;
          runInfo[RUN * r + 4] = Double.POSITIVE_INFINITY;
          runInfo[RUN * r + 5] = Double.NEGATIVE_INFINITY;
          runInfo[RUN * r + 6] = Double.NEGATIVE_INFINITY;
        }
        runInfo[RUN * r + 2] = 4 * k + 4;
        runInfo[RUN * r + 3] = Math.min(runInfo[RUN * r + 3], Math.min(xs[a], xs[a + 1]));
        runInfo[RUN * r + 4] = Math.min(runInfo[RUN * r + 4], Math.min(ys[a], ys[a + 1]));
        runInfo[RUN * r + 5] = Math.max(runInfo[RUN * r + 5], Math.max(xs[a], xs[a + 1]));
        runInfo[RUN * r + 6] = Math.max(runInfo[RUN * r + 6], Math.max(ys[a], ys[a + 1]));
        data[4 * k] = xs[a];
        data[4 * k + 1] = ys[a];
        data[4 * k + 2] = xs[a + 1];
        data[4 * k + 3] = ys[a + 1];
      }
    }
    cellStart[nx * ny] = r + 1;
    return new NearbyIndex(map, runInfo, data, minX, minY, cell, nx, ny, cellStart);
  }

  /** Calls {@code visit} with every grid cell the edge from vertex {@code a} to {@code a + 1} meets. */
  private static void forEachCell(double[] xs, double[] ys, int a, double minX, double minY, double cell, int nx, int ny,
      java.util.function.IntConsumer visit) {
    int cx0 = clamp((int) ((Math.min(xs[a], xs[a + 1]) - minX) / cell), nx);
    int cx1 = clamp((int) ((Math.max(xs[a], xs[a + 1]) - minX) / cell), nx);
    int cy0 = clamp((int) ((Math.min(ys[a], ys[a + 1]) - minY) / cell), ny);
    int cy1 = clamp((int) ((Math.max(ys[a], ys[a + 1]) - minY) / cell), ny);
    for (int cy = cy0; cy <= cy1; cy++) {
      for (int cx = cx0; cx <= cx1; cx++) {
        if (crosses(xs[a], ys[a], xs[a + 1], ys[a + 1], minX + cx * cell, minY + cy * cell, cell)) {
          visit.accept(cy * nx + cx);
        }
      }
    }
  }

  private static int clamp(int c, int n) {
    return c < 0 ? 0 : Math.min(c, n - 1);
  }

  /** Whether the segment meets the closed square cell (conservative: may say yes for a near miss at a corner). */
  private static boolean crosses(double x1, double y1, double x2, double y2, double cx, double cy, double size) {
    // the segment's line against the square's corners: if all corners lie strictly on one side, it misses
    double dx = x2 - x1;
    double dy = y2 - y1;
    double s1 = dx * (cy - y1) - dy * (cx - x1);
    double s2 = dx * (cy - y1) - dy * (cx + size - x1);
    double s3 = dx * (cy + size - y1) - dy * (cx - x1);
    double s4 = dx * (cy + size - y1) - dy * (cx + size - x1);
    double slack = 1e-9 * (Math.abs(dx) + Math.abs(dy)) * size;
    return !(s1 > slack && s2 > slack && s3 > slack && s4 > slack) && !(s1 < -slack && s2 < -slack && s3 < -slack && s4 < -slack);
  }

  /** The grid, for tests: {minX, minY, cell side}. */
  double[] grid() {
    return new double[] {minX, minY, cell};
  }

  /** The analysed map this index answers for. */
  public CoverageMap map() {
    return map;
  }

  /**
   * The groups within {@code radius} metres of a point, nearest first (equal distances in id order).
   *
   * @param x RD New easting
   * @param y RD New northing
   * @param radius metres, 0 or more
   */
  public List<NearbyGroup> within(double x, double y, double radius) {
    return within(x, y, radius, List.of());
  }

  /**
   * The groups within {@code radius} metres of a point, nearest first, each with its households (of those given)
   * that lie within the radius of the point and that its area covers.
   */
  public List<NearbyGroup> within(double x, double y, double radius, Collection<Household> households) {
    requireNonNull(households, "households");
    int[] ordinals = new int[map.size()];
    double[] distances = new double[map.size()];
    int n = within(x, y, radius, ordinals, distances);
    int[] slot = new int[map.size()];
    java.util.Arrays.fill(slot, -1);
    List<List<Household>> near = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      slot[ordinals[i]] = i;
      near.add(new ArrayList<>());
    }
    if (n > 0 && !households.isEmpty()) {
      int[] out = new int[map.size()];
      double r2 = radius * radius;
      for (Household h : households) {
        double dx = h.x() - x;
        double dy = h.y() - y;
        if (dx * dx + dy * dy <= r2) {
          int k = map.index().locateAll(h.x(), h.y(), out);
          for (int j = 0; j < k; j++) {
            if (slot[out[j]] >= 0) {
              near.get(slot[out[j]]).add(h);
            }
          }
        }
      }
    }
    List<NearbyGroup> result = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      result.add(new NearbyGroup(map.group(ordinals[i]), distances[i], near.get(i)));
    }
    return result;
  }

  /**
   * The hot path: writes the ordinals of the groups within {@code radius} of the point and their distances into the
   * arrays, nearest first (equal distances in ordinal order), and returns how many. Allocates nothing.
   *
   * @param ordinals at least {@code map().size()} long
   * @param distances at least {@code map().size()} long
   * @throws IllegalArgumentException when the radius is negative or not finite, or the point not finite
   */
  public int within(double x, double y, double radius, int[] ordinals, double[] distances) {
    if (!(radius >= 0) || Double.isInfinite(radius)) {
      throw new IllegalArgumentException("radius must be 0 or more metres, was " + radius);
    }
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      throw new IllegalArgumentException("point must be finite, was " + x + ", " + y);
    }
    Scratch s = scratch.get();
    int stamp = ++s.query;
    if (stamp == Integer.MAX_VALUE) {
      java.util.Arrays.fill(s.stamp, 0);
      s.query = 1;
      stamp = 1;
    }
    int touched = 0;
    int covering = map.index().locateAll(x, y, s.covering);
    for (int i = 0; i < covering; i++) {
      int g = s.covering[i];
      s.stamp[g] = stamp;
      s.best[g] = 0;
      s.touched[touched++] = g;
    }
    // a little beyond the radius, so no edge at the radius is missed; membership is decided on the exact distance
    double reach = radius + SLACK;
    double r2 = reach * reach;
    int cx = (int) Math.floor((x - minX) / cell);
    int cy = (int) Math.floor((y - minY) / cell);
    int cx0 = Math.max(0, (int) Math.floor((x - reach - minX) / cell));
    int cx1 = Math.min(nx - 1, (int) Math.floor((x + reach - minX) / cell));
    int cy0 = Math.max(0, (int) Math.floor((y - reach - minY) / cell));
    int cy1 = Math.min(ny - 1, (int) Math.floor((y + reach - minY) / cell));
    if (cx0 <= cx1 && cy0 <= cy1) {
      // the point's own cell first (its groups give early bounds), then row by row: each row's cells lie
      // one after another in memory, which the processor's prefetcher streams
      if (cx >= cx0 && cx <= cx1 && cy >= cy0 && cy <= cy1) {
        touched = visitCell(cy * nx + cx, cx, cy, x, y, r2, s, stamp, touched);
      }
      for (int gy = cy0; gy <= cy1; gy++) {
        for (int gx = cx0; gx <= cx1; gx++) {
          if (gx != cx || gy != cy) {
            touched = visitCell(gy * nx + gx, gx, gy, x, y, r2, s, stamp, touched);
          }
        }
      }
    }
    int n = 0;
    for (int i = 0; i < touched; i++) {
      int g = s.touched[i];
      if (s.best[g] <= radius) {
        ordinals[n] = g;
        distances[n] = s.best[g];
        n++;
      }
    }
    // insertion sort: few results
    for (int i = 1; i < n; i++) {
      int o = ordinals[i];
      double d = distances[i];
      int j = i - 1;
      while (j >= 0 && (distances[j] > d || distances[j] == d && ordinals[j] > o)) {
        ordinals[j + 1] = ordinals[j];
        distances[j + 1] = distances[j];
        j--;
      }
      ordinals[j + 1] = o;
      distances[j + 1] = d;
    }
    return n;
  }

  private int visitCell(int c, int gx, int gy, double x, double y, double r2, Scratch s, int stamp, int touched) {
    double left = minX + gx * cell;
    double bottom = minY + gy * cell;
    double dx = x < left ? left - x : x > left + cell ? x - left - cell : 0;
    double dy = y < bottom ? bottom - y : y > bottom + cell ? y - bottom - cell : 0;
    double cellD2 = dx * dx + dy * dy;
    if (cellD2 > r2) {
      return touched;
    }
    for (int r = cellStart[c], to = cellStart[c + 1]; r < to; r++) {
      int info = RUN * r;
      double bx = x < runs[info + 3] ? runs[info + 3] - x : x > runs[info + 5] ? x - runs[info + 5] : 0;
      double by = y < runs[info + 4] ? runs[info + 4] - y : y > runs[info + 6] ? y - runs[info + 6] : 0;
      double boxD2 = bx * bx + by * by;
      if (boxD2 > r2) {
        continue;
      }
      int g = (int) runs[info];
      double best;
      if (s.stamp[g] == stamp) {
        best = s.best[g];
        // a covering group (0) is done; another is when the run's box lies beyond its distance so far
        if (best == 0 || (best + SLACK) * (best + SLACK) < boxD2) {
          continue;
        }
      } else {
        best = Double.POSITIVE_INFINITY;
        s.stamp[g] = stamp;
        s.touched[touched++] = g;
      }
      // the quick squared distance finds the edges that may be nearest; those get JTS's own formula, so the least
      // of them is the double JTS Geometry.distance returns
      int first = (int) runs[info + 1];
      int end = (int) runs[info + 2];
      double[] quick = s.quick;
      double least2 = Double.POSITIVE_INFINITY;
      for (int k = first, j = 0; k < end; k += 4, j++) {
        double d2 = segmentDistanceSquared(x, y, data[k], data[k + 1], data[k + 2], data[k + 3]);
        quick[j] = d2;
        least2 = Math.min(least2, d2);
      }
      double bound = Math.min(best, Math.sqrt(least2)) + SLACK;
      double bound2 = bound * bound;
      for (int k = first, j = 0; k < end; k += 4, j++) {
        if (quick[j] <= bound2) {
          double d = pointToSegment(x, y, data[k], data[k + 1], data[k + 2], data[k + 3]);
          if (d < best) {
            best = d;
          }
        }
      }
      s.best[g] = best;
    }
    return touched;
  }

  /**
   * The distance from a point to a segment exactly as JTS {@code Distance.pointToSegment} computes it (the same
   * operations in the same order, so the same double), which {@code Geometry.distance} takes the least of.
   */
  static double pointToSegment(double px, double py, double ax, double ay, double bx, double by) {
    if (ax == bx && ay == by) {
      return Math.hypot(px - ax, py - ay);
    }
    double len2 = (bx - ax) * (bx - ax) + (by - ay) * (by - ay);
    double r = ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / len2;
    if (r <= 0.0) {
      return Math.hypot(px - ax, py - ay);
    }
    if (r >= 1.0) {
      return Math.hypot(px - bx, py - by);
    }
    double s = ((ay - py) * (bx - ax) - (ax - px) * (by - ay)) / len2;
    return Math.abs(s) * Math.sqrt(len2);
  }

  /** The squared distance from a point to a segment, quickly: within nanometres of JTS's distance, squared. */
  static double segmentDistanceSquared(double px, double py, double ax, double ay, double bx, double by) {
    double dx = bx - ax;
    double dy = by - ay;
    double len2 = dx * dx + dy * dy;
    double ex;
    double ey;
    if (len2 == 0) {
      ex = px - ax;
      ey = py - ay;
    } else {
      double t = ((px - ax) * dx + (py - ay) * dy) / len2;
      if (t <= 0) {
        ex = px - ax;
        ey = py - ay;
      } else if (t >= 1) {
        ex = px - bx;
        ey = py - by;
      } else {
        ex = px - (ax + t * dx);
        ey = py - (ay + t * dy);
      }
    }
    return ex * ex + ey * ey;
  }

  @Override
  public String toString() {
    return "NearbyIndex[" + map.size() + " groups, " + runs.length / RUN + " runs, " + data.length / 4 + " edge entries, cell " + Math.round(cell) + " m]";
  }
}
