package nl.dekking.index;

import java.util.Arrays;
import java.util.function.IntConsumer;
import org.locationtech.jts.algorithm.CGAlgorithmsDD;

/**
 * The fast {@link CoverageIndex.Locator}: an adaptive quadtree of square cells over the groups' edges, in the
 * spirit of S2's {@code S2ShapeIndex} and the Adaptive Cell Trie. Built by {@link CellTreeBuilder}.
 *
 * <p><b>Algorithm.</b> A leaf cell lists, for every group whose boundary crosses it, the group's edges that
 * touch the cell (grown by a small margin) and whether a reference point of the cell, chosen on no edge, lies in
 * the group's interior. Groups whose boundary does not touch the cell but whose interior holds it are listed as
 * <em>full</em>. Most points land in a leaf with no edges and one full group (or none): the answer is stored in
 * the tree slot itself, so the lookup is a table read plus a few child steps and no geometry test. In a boundary
 * leaf a point is on a group's boundary when it lies on one of its edges (exact orientation test and bounding
 * box); otherwise its side is the reference point's side flipped once per edge the segment from the reference
 * point to the point crosses. Vertices exactly on that segment are counted as if on its left (symbolic
 * perturbation), so touching vertices and collinear edges count consistently. Every predicate is JTS's
 * {@link CGAlgorithmsDD#orientationIndex(double, double, double, double, double, double)}, so answers equal
 * JTS's own point location, including points exactly on vertices and edges.
 *
 * <p><b>Layout.</b> A jump table indexes the cells of one tree level, so a lookup starts near its leaf; below it
 * the tree is an {@code int[]} of four-child blocks. A boundary leaf's record is a run of ints (full groups, then
 * per crossing group its ordinal, reference side and edge range) and a run of four-double slots (the reference
 * point, then copies of its edges' coordinates), so a lookup reads two contiguous runs. Memory grows with the
 * number of edges, not with the extent.
 *
 * <p><b>Complexity.</b> A lookup costs O(depth below the jump level) array reads plus, in a boundary leaf, a
 * few orientation tests per edge in it (at most about {@value CellTreeBuilder#LEAF_EDGES} unless many edges meet
 * in one vertex). Nothing is allocated per lookup.
 *
 * <p>Thread-safe and immutable.
 */
final class CellTreeLocator implements CoverageIndex.Locator {

  static final int EXTERIOR = 0;
  static final int INTERIOR = 1;
  static final int BOUNDARY = 2;

  /** Tree slot of a leaf that no group covers. */
  static final int EMPTY = ~0;

  private final double originX;
  private final double originY;
  private final double size;
  private final double scale;
  private final int maxCoordinate;
  private final int jumpLevel;
  private final int jumpShift;
  private final int[] jump;
  private final int[] tree;
  private final int[] leaves;
  private final double[] slots;

  CellTreeLocator(double originX, double originY, double size, int depth, int jumpLevel, int[] jump, int[] tree,
      int[] leaves, double[] slots) {
    this.originX = originX;
    this.originY = originY;
    this.size = size;
    this.scale = Math.scalb(1.0, depth) / size;
    this.maxCoordinate = (1 << depth) - 1;
    this.jumpLevel = jumpLevel;
    this.jumpShift = depth - jumpLevel;
    this.jump = jump;
    this.tree = tree;
    this.leaves = leaves;
    this.slots = slots;
  }

  /** A single-group leaf's tree slot. */
  static int singleLeaf(int ordinal) {
    return ~((ordinal + 1) << 1);
  }

  /** A general leaf's tree slot, pointing at its record in the leaves array. */
  static int generalLeaf(int offset) {
    return ~((offset << 1) | 1);
  }

  /** The tree slot of the leaf holding a point, {@link #EMPTY} outside the indexed square. */
  private int leafAt(double x, double y) {
    double dx = x - originX;
    double dy = y - originY;
    if (!(dx >= 0 && dx < size && dy >= 0 && dy < size)) {
      return EMPTY;
    }
    int ix = Math.min((int) (dx * scale), maxCoordinate);
    int iy = Math.min((int) (dy * scale), maxCoordinate);
    int shift = jumpShift;
    int node = jump[((iy >>> shift) << jumpLevel) | (ix >>> shift)];
    while (node >= 0) {
      shift--;
      node = tree[node + ((((iy >>> shift) & 1) << 1) | ((ix >>> shift) & 1))];
    }
    return node;
  }

  /**
   * A key along the Z-order (Morton) curve of the cells at a level no deeper than the jump table's,
   * {@code 0 .. 4^level - 1}; points outside the indexed square get 0.
   */
  int curveKey(double x, double y, int level) {
    double dx = x - originX;
    double dy = y - originY;
    if (!(dx >= 0 && dx < size && dy >= 0 && dy < size)) {
      return 0;
    }
    int shift = jumpShift + jumpLevel - level;
    int cx = Math.min((int) (dx * scale), maxCoordinate) >>> shift;
    int cy = Math.min((int) (dy * scale), maxCoordinate) >>> shift;
    return spread(cx) | (spread(cy) << 1);
  }

  /** The deepest level {@link #curveKey} supports: the jump table's. */
  int curveLevel() {
    return jumpLevel;
  }

  private static int spread(int v) {
    v = (v | (v << 8)) & 0x00FF00FF;
    v = (v | (v << 4)) & 0x0F0F0F0F;
    v = (v | (v << 2)) & 0x33333333;
    return (v | (v << 1)) & 0x55555555;
  }

  @Override
  public int first(double x, double y) {
    int v = ~leafAt(x, y);
    if ((v & 1) == 0) {
      return (v >>> 1) - 1; // a single group, or NONE for an empty leaf
    }
    // the lowest covering ordinal is the lowest group not outside the point, whichever rule applies: with some
    // group's interior holding it every closed area counts, without, the first boundary group is the answer
    int o = v >>> 1;
    int full = leaves[o + 1];
    int best = full > 0 ? leaves[o + 2] : CoverageIndex.NONE;
    int b = o + 2 + full;
    int crossing = leaves[b];
    double rx = slots[4 * leaves[o]];
    double ry = slots[4 * leaves[o] + 1];
    for (int j = 0, r = b + 1; j < crossing; j++, r += 4) {
      int ordinal = leaves[r];
      if (best != CoverageIndex.NONE && ordinal > best) {
        break; // boundary groups are sorted: none of the rest sorts before the full group
      }
      if (classify(x, y, rx, ry, leaves[r + 1] != 0, leaves[r + 2], leaves[r + 3]) != EXTERIOR) {
        return ordinal;
      }
    }
    return best;
  }

  @Override
  public int all(double x, double y, int[] out) {
    return allIn(leafAt(x, y), x, y, out);
  }

  /**
   * Finds the leaves of a block of points in stages, each a loop of independent memory reads (jump table and
   * tree, then the leaves' records, then their reference points), so the processor overlaps the cache misses of
   * many points instead of waiting for each in turn.
   */
  @Override
  public void resolve(double[] xs, double[] ys, int from, int to, int[] cells, double[] touched) {
    int n = to - from;
    for (int j = 0; j < n; j++) {
      cells[j] = leafAt(xs[from + j], ys[from + j]);
    }
    for (int j = 0; j < n; j++) {
      int v = ~cells[j];
      cells[n + j] = (v & 1) == 0 ? 0 : leaves[v >>> 1];
    }
    for (int j = 0; j < n; j++) {
      touched[j] = (~cells[j] & 1) == 0 ? 0 : slots[4 * cells[n + j]];
    }
  }

  @Override
  public int allIn(int cell, double x, double y, int[] out) {
    int v = ~cell;
    if ((v & 1) == 0) {
      if (v == 0) {
        return 0;
      }
      out[0] = (v >>> 1) - 1;
      return 1;
    }
    int o = v >>> 1;
    int full = leaves[o + 1];
    System.arraycopy(leaves, o + 2, out, 0, full);
    int n = full;
    boolean interior = full > 0;
    int b = o + 2 + full;
    int crossing = leaves[b];
    double rx = slots[4 * leaves[o]];
    double ry = slots[4 * leaves[o] + 1];
    for (int j = 0, r = b + 1; j < crossing; j++, r += 4) {
      int where = classify(x, y, rx, ry, leaves[r + 1] != 0, leaves[r + 2], leaves[r + 3]);
      if (where != EXTERIOR) {
        out[n++] = leaves[r];
        interior |= where == INTERIOR;
      }
    }
    if (!interior) {
      // on boundaries only: the group whose id sorts first; boundary groups were appended in ordinal order
      return n == 0 ? 0 : 1;
    }
    if (full > 0 && n > full) {
      Arrays.sort(out, 0, n); // two sorted runs of a few ordinals: insertion sort, no allocation
    }
    return n;
  }

  @Override
  public void forEach(double x, double y, IntConsumer visitor) {
    int v = ~leafAt(x, y);
    if ((v & 1) == 0) {
      if (v != 0) {
        visitor.accept((v >>> 1) - 1);
      }
      return;
    }
    int o = v >>> 1;
    int full = leaves[o + 1];
    int b = o + 2 + full;
    int crossing = leaves[b];
    double rx = slots[4 * leaves[o]];
    double ry = slots[4 * leaves[o] + 1];
    boolean interior = full > 0;
    int onBoundary = CoverageIndex.NONE;
    for (int j = 0, r = b + 1; j < crossing && !interior; j++, r += 4) {
      int where = classify(x, y, rx, ry, leaves[r + 1] != 0, leaves[r + 2], leaves[r + 3]);
      interior = where == INTERIOR;
      if (where == BOUNDARY && onBoundary == CoverageIndex.NONE) {
        onBoundary = leaves[r];
      }
    }
    if (!interior) {
      if (onBoundary != CoverageIndex.NONE) {
        visitor.accept(onBoundary);
      }
      return;
    }
    // merge the sorted full groups with the covering boundary groups, ascending
    int f = o + 2;
    int fEnd = f + full;
    int r = b + 1;
    int rEnd = r + 4 * crossing;
    while (f < fEnd || r < rEnd) {
      if (r >= rEnd || (f < fEnd && leaves[f] < leaves[r])) {
        visitor.accept(leaves[f++]);
      } else {
        if (classify(x, y, rx, ry, leaves[r + 1] != 0, leaves[r + 2], leaves[r + 3]) != EXTERIOR) {
          visitor.accept(leaves[r]);
        }
        r += 4;
      }
    }
  }

  @Override
  public CurveOrder visitOrder(double[] xs, double[] ys) {
    return CurveOrder.of(this, xs, ys);
  }

  /**
   * Where a point lies relative to one group in a boundary leaf: on one of the group's edges in the leaf, or on
   * the reference point's side flipped once per edge crossing the segment from the reference point to the point.
   */
  private int classify(double px, double py, double rx, double ry, boolean refInside, int from, int to) {
    boolean inside = refInside;
    double[] e = slots;
    double minX = Math.min(px, rx);
    double maxX = Math.max(px, rx);
    double minY = Math.min(py, ry);
    double maxY = Math.max(py, ry);
    for (int i = from << 2, end = to << 2; i < end; i += 4) {
      double ax = e[i];
      double ay = e[i + 1];
      double bx = e[i + 2];
      double by = e[i + 3];
      double eMinX = Math.min(ax, bx);
      double eMaxX = Math.max(ax, bx);
      double eMinY = Math.min(ay, by);
      double eMaxY = Math.max(ay, by);
      if (eMaxX < minX || eMinX > maxX || eMaxY < minY || eMinY > maxY) {
        continue; // the edge misses the box around the segment, and so the point too
      }
      if (px >= eMinX && px <= eMaxX && py >= eMinY && py <= eMaxY
          && CGAlgorithmsDD.orientationIndex(ax, ay, bx, by, px, py) == 0) {
        return BOUNDARY;
      }
      boolean aLeft = CGAlgorithmsDD.orientationIndex(rx, ry, px, py, ax, ay) >= 0;
      boolean bLeft = CGAlgorithmsDD.orientationIndex(rx, ry, px, py, bx, by) >= 0;
      if (aLeft != bLeft) {
        int sideOfRef = CGAlgorithmsDD.orientationIndex(ax, ay, bx, by, rx, ry);
        int sideOfPoint = CGAlgorithmsDD.orientationIndex(ax, ay, bx, by, px, py);
        if (sideOfRef * sideOfPoint < 0) {
          inside = !inside;
        }
      }
    }
    return inside ? INTERIOR : EXTERIOR;
  }

  /** Approximate heap bytes held by this locator's arrays. */
  long bytes() {
    return 4L * (jump.length + tree.length + leaves.length) + 8L * slots.length;
  }

  @Override
  public String toString() {
    return "CellTreeLocator[" + tree.length / 4 + " inner cells, jump level " + jumpLevel + ", " + slots.length / 4
        + " reference points and edge copies, " + bytes() / 1024 + " KiB]";
  }
}
