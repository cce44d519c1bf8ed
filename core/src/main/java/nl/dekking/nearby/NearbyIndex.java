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
 * <p><b>Algorithm.</b> Every ring edge of every area is bucketed into a uniform grid of square cells (cell side
 * chosen so a cell holds about eight edges on average); inside a cell the edges sit in runs per group. A query asks
 * the {@link CoverageIndex} which areas cover the point (distance 0), then visits the cells within R in rings of
 * growing distance from the point, skipping a group's run in a cell when that cell is no nearer than the group's
 * best distance so far; edge distances are computed with primitive arithmetic on packed {@code double} arrays.
 * Building is O(edges); a query is O(cells within R + edges near the nearest edges), allocation-free through
 * {@link #within(double, double, double, int[], double[])}. Thread-safe and immutable; per-thread scratch arrays.
 */
public final class NearbyIndex {

  private static final int TARGET_EDGES_PER_CELL = 8;
  private static final int MAX_CELLS = 1 << 22;

  private final CoverageMap map;
  /** Vertex coordinates; edge i runs from vertex i to i + 1. */
  private final double[] xs;
  private final double[] ys;
  private final double minX;
  private final double minY;
  private final double cell;
  private final int nx;
  private final int ny;
  /** For cell c, runs cellRuns[c] .. cellRuns[c + 1] − 1. */
  private final int[] cellRuns;
  private final int[] runGroup;
  /** For run r, edges runEdges[r] .. runEdges[r + 1] − 1 of {@link #edges}. */
  private final int[] runEdges;
  /** The first vertex of each edge. */
  private final int[] edges;
  private final ThreadLocal<Scratch> scratch;

  private static final class Scratch {
    final double[] best;
    final int[] stamp;
    final int[] touched;
    final int[] covering;
    int query;

    Scratch(int groups) {
      best = new double[groups];
      stamp = new int[groups];
      touched = new int[groups];
      covering = new int[groups];
    }
  }

  private NearbyIndex(CoverageMap map, double[] xs, double[] ys, double minX, double minY, double cell, int nx, int ny,
      int[] cellRuns, int[] runGroup, int[] runEdges, int[] edges) {
    this.map = map;
    this.xs = xs;
    this.ys = ys;
    this.minX = minX;
    this.minY = minY;
    this.cell = cell;
    this.nx = nx;
    this.ny = ny;
    this.cellRuns = cellRuns;
    this.runGroup = runGroup;
    this.runEdges = runEdges;
    this.edges = edges;
    int groups = map.size();
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(groups));
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
      return new NearbyIndex(map, xs, ys, 0, 0, 1, 1, 1, new int[2], new int[0], new int[1], new int[0]);
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
      int a = edgeStart[i];
      int cx0 = clamp((int) ((Math.min(xs[a], xs[a + 1]) - minX) / cell), nx);
      int cx1 = clamp((int) ((Math.max(xs[a], xs[a + 1]) - minX) / cell), nx);
      int cy0 = clamp((int) ((Math.min(ys[a], ys[a + 1]) - minY) / cell), ny);
      int cy1 = clamp((int) ((Math.max(ys[a], ys[a + 1]) - minY) / cell), ny);
      for (int cy = cy0; cy <= cy1; cy++) {
        for (int cx = cx0; cx <= cx1; cx++) {
          if (crosses(xs[a], ys[a], xs[a + 1], ys[a + 1], minX + cx * cell, minY + cy * cell, cell)) {
            counts[cy * nx + cx + 1]++;
          }
        }
      }
    }
    for (int c = 0; c < nx * ny; c++) {
      counts[c + 1] += counts[c];
    }
    int[] entries = new int[counts[nx * ny]];
    int[] fill = java.util.Arrays.copyOf(counts, nx * ny);
    for (int i = 0; i < e; i++) {
      int a = edgeStart[i];
      int cx0 = clamp((int) ((Math.min(xs[a], xs[a + 1]) - minX) / cell), nx);
      int cx1 = clamp((int) ((Math.max(xs[a], xs[a + 1]) - minX) / cell), nx);
      int cy0 = clamp((int) ((Math.min(ys[a], ys[a + 1]) - minY) / cell), ny);
      int cy1 = clamp((int) ((Math.max(ys[a], ys[a + 1]) - minY) / cell), ny);
      for (int cy = cy0; cy <= cy1; cy++) {
        for (int cx = cx0; cx <= cx1; cx++) {
          if (crosses(xs[a], ys[a], xs[a + 1], ys[a + 1], minX + cx * cell, minY + cy * cell, cell)) {
            entries[fill[cy * nx + cx]++] = i;
          }
        }
      }
    }
    // runs: consecutive entries of one group in one cell
    int[] cellRuns = new int[nx * ny + 1];
    int runs = 0;
    for (int c = 0; c < nx * ny; c++) {
      for (int k = counts[c]; k < counts[c + 1]; k++) {
        if (k == counts[c] || edgeGroup[entries[k]] != edgeGroup[entries[k - 1]]) {
          runs++;
        }
      }
    }
    int[] runGroup = new int[runs];
    int[] runEdges = new int[runs + 1];
    int[] edges = new int[entries.length];
    int r = 0;
    for (int c = 0; c < nx * ny; c++) {
      cellRuns[c] = r;
      for (int k = counts[c]; k < counts[c + 1]; k++) {
        if (k == counts[c] || edgeGroup[entries[k]] != edgeGroup[entries[k - 1]]) {
          runGroup[r] = edgeGroup[entries[k]];
          runEdges[r] = k;
          r++;
        }
        edges[k] = edgeStart[entries[k]];
      }
    }
    cellRuns[nx * ny] = r;
    runEdges[runs] = entries.length;
    return new NearbyIndex(map, xs, ys, minX, minY, cell, nx, ny, cellRuns, runGroup, runEdges, edges);
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
    double r2 = radius * radius;
    int cx = (int) Math.floor((x - minX) / cell);
    int cy = (int) Math.floor((y - minY) / cell);
    int cx0 = Math.max(0, (int) Math.floor((x - radius - minX) / cell));
    int cx1 = Math.min(nx - 1, (int) Math.floor((x + radius - minX) / cell));
    int cy0 = Math.max(0, (int) Math.floor((y - radius - minY) / cell));
    int cy1 = Math.min(ny - 1, (int) Math.floor((y + radius - minY) / cell));
    if (cx0 <= cx1 && cy0 <= cy1) {
      int rings = Math.max(Math.max(cx - cx0, cx1 - cx), Math.max(cy - cy0, cy1 - cy));
      for (int ring = 0; ring <= rings; ring++) {
        int yFrom = Math.max(cy0, cy - ring);
        int yTo = Math.min(cy1, cy + ring);
        for (int gy = yFrom; gy <= yTo; gy++) {
          boolean edgeRow = gy == cy - ring || gy == cy + ring;
          int step = edgeRow ? 1 : Math.max(1, 2 * ring);
          int xFrom = edgeRow ? Math.max(cx0, cx - ring) : cx - ring;
          for (int gx = xFrom; gx <= cx + ring && gx <= cx1; gx += step) {
            if (gx < cx0) {
              continue;
            }
            touched = visitCell(gy * nx + gx, gx, gy, x, y, r2, s, stamp, touched);
          }
        }
      }
    }
    int n = 0;
    for (int i = 0; i < touched; i++) {
      int g = s.touched[i];
      if (s.best[g] <= r2) {
        ordinals[n] = g;
        distances[n] = Math.sqrt(s.best[g]);
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
    int runFrom = cellRuns[c];
    int runTo = cellRuns[c + 1];
    if (runFrom == runTo) {
      return touched;
    }
    double left = minX + gx * cell;
    double bottom = minY + gy * cell;
    double dx = x < left ? left - x : x > left + cell ? x - left - cell : 0;
    double dy = y < bottom ? bottom - y : y > bottom + cell ? y - bottom - cell : 0;
    double cellD2 = dx * dx + dy * dy;
    if (cellD2 > r2) {
      return touched;
    }
    for (int r = runFrom; r < runTo; r++) {
      int g = runGroup[r];
      double best;
      if (s.stamp[g] == stamp) {
        best = s.best[g];
        if (best <= cellD2) {
          continue;
        }
      } else {
        best = Double.POSITIVE_INFINITY;
      }
      for (int k = runEdges[r]; k < runEdges[r + 1]; k++) {
        int a = edges[k];
        double d2 = segmentDistanceSquared(x, y, xs[a], ys[a], xs[a + 1], ys[a + 1]);
        if (d2 < best) {
          best = d2;
        }
      }
      if (s.stamp[g] != stamp) {
        s.stamp[g] = stamp;
        s.touched[touched++] = g;
      }
      s.best[g] = best;
    }
    return touched;
  }

  /** The squared distance from a point to a segment, as JTS {@code Distance.pointToSegment}. */
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
    return "NearbyIndex[" + map.size() + " groups, " + edges.length + " edge entries, cell " + Math.round(cell) + " m]";
  }
}
