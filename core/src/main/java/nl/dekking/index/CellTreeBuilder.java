package nl.dekking.index;

import java.util.Arrays;
import java.util.Random;
import org.locationtech.jts.algorithm.CGAlgorithmsDD;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Builds a {@link CellTreeLocator} from valid (repaired) group areas.
 *
 * <p><b>Algorithm.</b> The root is a power-of-two square around every edge. A cell holds, per group, the edges
 * that touch it grown by {@link #margin} (more than the rounding error of placing a point in a cell, so a point
 * is never tested against a cell whose edge lists miss an edge it needs). A cell with more than
 * {@value #LEAF_EDGES} edges, or with any edge and wider than {@value #BOUNDARY_CELL} m, is split into four, down
 * to cells of about 1.5 cm. When a group keeps no edge in a
 * child, the whole child lies inside or outside the group; JTS {@link IndexedPointInAreaLocator} decides which at
 * the child's centre. A boundary leaf gets a reference point on none of its edges (its centre, or a seeded
 * pseudo-random point of the cell when the centre is on an edge) and, per group, whether JTS finds that point in
 * the interior. A jump table over one level lets lookups skip the top of the tree.
 *
 * <p><b>Complexity.</b> O(E · depth) time and memory for E edges, plus one JTS point location per group per cell
 * where the group's boundary leaves the cell. Single-threaded; the result is immutable.
 */
final class CellTreeBuilder {

  /** A cell with more edges than this is split, unless it is at the deepest level. */
  static final int LEAF_EDGES = 8;

  /**
   * A cell that any edge crosses is split until it is no wider than this, in metres, so that few points land
   * in boundary cells: with the synthetic 2,000-group coverage of the benchmarks, 12 % of uniform points instead
   * of 37 % without this rule, for 20 % more memory (29 MB instead of 24 MB).
   */
  static final double BOUNDARY_CELL = 64;

  /**
   * The deepest level the jump table indexes: at most 4^10 entries (4 MiB); a 16 MiB table (level 11) made
   * lookups slower in the benchmarks' 2,000-group coverage (single-group cells took twice as long), not faster.
   */
  private static final int MAX_JUMP_LEVEL = 10;

  /** Cells stop splitting at about this size in metres. */
  private static final double MIN_CELL = 1.0 / 64;

  private final double[] edges;
  private final IndexedPointInAreaLocator[] locators;
  private final double originX;
  private final double originY;
  private final double size;
  private final int depth;
  private final double margin;
  private final GrowingArray.Ints tree = new GrowingArray.Ints();
  private final GrowingArray.Longs records = new GrowingArray.Longs();
  private int leafCount;
  private final Random candidates = new Random(0x5EED);

  private CellTreeBuilder(double[] edges, IndexedPointInAreaLocator[] locators, double minX, double minY,
      double maxX, double maxY) {
    this.edges = edges;
    this.locators = locators;
    this.originX = Math.floor(minX) - 1;
    this.originY = Math.floor(minY) - 1;
    double extent = Math.max(maxX - originX, maxY - originY) + 1;
    this.size = Math.scalb(1.0, Math.getExponent(extent) + 1);
    this.depth = Math.max(1, Math.min(30, Math.getExponent(size / MIN_CELL)));
    double largest = Math.max(Math.max(Math.abs(originX), Math.abs(originY)), Math.abs(originX) + size);
    this.margin = Math.max(1e-6, Math.ulp(largest) * 1024);
  }

  /** Builds the locator for areas indexed by ordinal; every area must be valid (possibly empty). */
  static CellTreeLocator build(Geometry[] areas) {
    int groups = areas.length;
    GrowingArray.Doubles coords = new GrowingArray.Doubles();
    int[][] groupEdges = new int[groups][];
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (int g = 0; g < groups; g++) {
      int first = coords.size() / 4;
      for (int p = 0; p < areas[g].getNumGeometries(); p++) {
        Polygon polygon = (Polygon) areas[g].getGeometryN(p);
        if (polygon.isEmpty()) {
          continue;
        }
        addRing(polygon.getExteriorRing(), coords);
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
          addRing(polygon.getInteriorRingN(h), coords);
        }
      }
      int end = coords.size() / 4;
      groupEdges[g] = new int[end - first];
      for (int k = first; k < end; k++) {
        groupEdges[g][k - first] = k;
      }
    }
    double[] edges = coords.toArray();
    for (int i = 0; i < edges.length; i += 2) {
      minX = Math.min(minX, edges[i]);
      maxX = Math.max(maxX, edges[i]);
      minY = Math.min(minY, edges[i + 1]);
      maxY = Math.max(maxY, edges[i + 1]);
    }
    if (edges.length == 0) {
      return new CellTreeLocator(0, 0, 1, 1, 0, new int[] {CellTreeLocator.EMPTY}, new int[0], new long[0]);
    }
    IndexedPointInAreaLocator[] locators = new IndexedPointInAreaLocator[groups];
    for (int g = 0; g < groups; g++) {
      locators[g] = new IndexedPointInAreaLocator(areas[g]);
    }
    return new CellTreeBuilder(edges, locators, minX, minY, maxX, maxY).build(groupEdges);
  }

  private static void addRing(LinearRing ring, GrowingArray.Doubles coords) {
    Coordinate[] cs = ring.getCoordinates();
    for (int i = 0; i + 1 < cs.length; i++) {
      if (cs[i].x != cs[i + 1].x || cs[i].y != cs[i + 1].y) {
        coords.add(cs[i].x);
        coords.add(cs[i].y);
        coords.add(cs[i + 1].x);
        coords.add(cs[i + 1].y);
      }
    }
  }

  private CellTreeLocator build(int[][] groupEdges) {
    int count = 0;
    for (int[] e : groupEdges) {
      count += e.length > 0 ? 1 : 0;
    }
    int[] ordinals = new int[count];
    int[][] crossing = new int[count][];
    for (int g = 0, i = 0; g < groupEdges.length; g++) {
      if (groupEdges[g].length > 0) {
        ordinals[i] = g;
        crossing[i++] = groupEdges[g];
      }
    }
    int root = cell(0, 0, 0, ordinals, crossing, new int[0]);
    int leafBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, leafCount));
    int jumpLevel = Math.min(depth, Math.min(MAX_JUMP_LEVEL, leafBits / 2 + 1));
    int[] jump = new int[1 << (2 * jumpLevel)];
    fillJump(jump, jumpLevel, root, 0, 0, 0);
    return new CellTreeLocator(originX, originY, size, depth, jumpLevel, jump, tree.toArray(), records.toArray());
  }

  /** Builds the cell at this level and position; returns its tree slot. */
  private int cell(int level, int cx, int cy, int[] ordinals, int[][] crossing, int[] full) {
    int edgeCount = 0;
    for (int[] e : crossing) {
      edgeCount += e.length;
    }
    double width = size / (1L << level);
    if ((edgeCount <= LEAF_EDGES && (edgeCount == 0 || width <= BOUNDARY_CELL)) || level == depth) {
      return leaf(level, cx, cy, ordinals, crossing, full);
    }
    int slot = tree.size();
    tree.add(0);
    tree.add(0);
    tree.add(0);
    tree.add(0);
    double w = size / (1L << (level + 1));
    for (int q = 0; q < 4; q++) {
      int x = 2 * cx + (q & 1);
      int y = 2 * cy + (q >> 1);
      double x0 = originX + x * w - margin;
      double y0 = originY + y * w - margin;
      double x1 = originX + (x + 1) * w + margin;
      double y1 = originY + (y + 1) * w + margin;
      int[] childOrdinals = new int[ordinals.length];
      int[][] childCrossing = new int[ordinals.length][];
      int[] newlyFull = new int[ordinals.length];
      int kept = 0;
      int fulls = 0;
      for (int i = 0; i < ordinals.length; i++) {
        int[] inside = touching(crossing[i], x0, y0, x1, y1);
        if (inside.length > 0) {
          childOrdinals[kept] = ordinals[i];
          childCrossing[kept++] = inside;
        } else if (locate(ordinals[i], originX + (x + 0.5) * w, originY + (y + 0.5) * w) == Location.INTERIOR) {
          newlyFull[fulls++] = ordinals[i];
        }
      }
      int child = cell(level + 1, x, y, Arrays.copyOf(childOrdinals, kept), Arrays.copyOf(childCrossing, kept),
          merge(full, newlyFull, fulls));
      tree.set(slot + q, child);
    }
    return slot;
  }

  private int leaf(int level, int cx, int cy, int[] ordinals, int[][] crossing, int[] full) {
    leafCount++;
    if (ordinals.length == 0) {
      if (full.length == 0) {
        return CellTreeLocator.EMPTY;
      }
      if (full.length == 1) {
        return CellTreeLocator.singleLeaf(full[0]);
      }
    }
    double w = size / (1L << level);
    double x0 = originX + cx * w;
    double y0 = originY + cy * w;
    double rx = x0 + w / 2;
    double ry = y0 + w / 2;
    for (int attempt = 0; onAnyEdge(rx, ry, crossing); attempt++) {
      if (attempt == 10_000) {
        throw new IllegalStateException("no reference point off the edges in cell " + cx + ", " + cy + " at level "
            + level + " with " + ordinals.length + " groups");
      }
      rx = x0 + w * (0.05 + 0.9 * candidates.nextDouble());
      ry = y0 + w * (0.05 + 0.9 * candidates.nextDouble());
    }
    int offset = records.size();
    records.add(Double.doubleToRawLongBits(rx));
    records.add(Double.doubleToRawLongBits(ry));
    records.add(full.length);
    for (int f : full) {
      records.add(f);
    }
    records.add(ordinals.length);
    int groupsAt = records.size();
    for (int i = 0; i < 4 * ordinals.length; i++) {
      records.add(0); // filled below, once the edges' positions are known
    }
    for (int i = 0; i < ordinals.length; i++) {
      int where = locate(ordinals[i], rx, ry);
      if (where == Location.BOUNDARY) {
        throw new IllegalStateException("reference point " + rx + ", " + ry + " lies on the boundary of group "
            + ordinals[i] + " but on none of its edges in the cell");
      }
      int r = groupsAt + 4 * i;
      records.set(r, ordinals[i]);
      records.set(r + 1, where == Location.INTERIOR ? 1 : 0);
      records.set(r + 2, records.size());
      for (int e : crossing[i]) {
        for (int k = 4 * e; k < 4 * e + 4; k++) {
          records.add(Double.doubleToRawLongBits(edges[k]));
        }
      }
      records.set(r + 3, records.size());
    }
    if (records.size() >= 1 << 30) {
      throw new IllegalStateException("cell tree records exceed 2^30 words: too many edges for one index");
    }
    return CellTreeLocator.generalLeaf(offset);
  }

  private boolean onAnyEdge(double px, double py, int[][] crossing) {
    for (int[] list : crossing) {
      for (int e : list) {
        int i = e << 2;
        double ax = edges[i];
        double ay = edges[i + 1];
        double bx = edges[i + 2];
        double by = edges[i + 3];
        if (px >= Math.min(ax, bx) && px <= Math.max(ax, bx) && py >= Math.min(ay, by) && py <= Math.max(ay, by)
            && CGAlgorithmsDD.orientationIndex(ax, ay, bx, by, px, py) == 0) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The edges of a list that may touch the rectangle: a conservative test (bounding boxes, then all four corners
   * strictly on one side of the edge's line), never dropping an edge that touches it.
   */
  private int[] touching(int[] list, double x0, double y0, double x1, double y1) {
    int[] kept = new int[list.length];
    int n = 0;
    for (int e : list) {
      int i = e << 2;
      double ax = edges[i];
      double ay = edges[i + 1];
      double bx = edges[i + 2];
      double by = edges[i + 3];
      if (Math.max(ax, bx) < x0 || Math.min(ax, bx) > x1 || Math.max(ay, by) < y0 || Math.min(ay, by) > y1) {
        continue;
      }
      double dx = bx - ax;
      double dy = by - ay;
      double c00 = dx * (y0 - ay) - dy * (x0 - ax);
      double c10 = dx * (y0 - ay) - dy * (x1 - ax);
      double c01 = dx * (y1 - ay) - dy * (x0 - ax);
      double c11 = dx * (y1 - ay) - dy * (x1 - ax);
      if ((c00 > 0 && c10 > 0 && c01 > 0 && c11 > 0) || (c00 < 0 && c10 < 0 && c01 < 0 && c11 < 0)) {
        continue;
      }
      kept[n++] = e;
    }
    return n == list.length ? list : Arrays.copyOf(kept, n);
  }

  private int locate(int ordinal, double x, double y) {
    return locators[ordinal].locate(new Coordinate(x, y));
  }

  private static int[] merge(int[] a, int[] b, int bLength) {
    if (bLength == 0) {
      return a;
    }
    int[] out = new int[a.length + bLength];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < a.length || j < bLength) {
      out[k++] = j >= bLength || (i < a.length && a[i] < b[j]) ? a[i++] : b[j++];
    }
    return out;
  }

  private void fillJump(int[] jump, int jumpLevel, int slot, int level, int cx, int cy) {
    if (level == jumpLevel) {
      jump[(cy << jumpLevel) | cx] = slot;
    } else if (slot < 0) {
      int span = 1 << (jumpLevel - level);
      for (int y = cy * span; y < (cy + 1) * span; y++) {
        Arrays.fill(jump, (y << jumpLevel) + cx * span, (y << jumpLevel) + (cx + 1) * span, slot);
      }
    } else {
      for (int q = 0; q < 4; q++) {
        fillJump(jump, jumpLevel, tree.get(slot + q), level + 1, 2 * cx + (q & 1), 2 * cy + (q >> 1));
      }
    }
  }
}
