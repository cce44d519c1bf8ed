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
 * the tree is an {@code int[]} of four-child blocks. A boundary leaf's record is one run of a {@code long[]}:
 * the reference point's coordinates (as double bits), the full groups, per crossing group its ordinal, reference
 * side and edge range, then copies of those edges' coordinates, so a lookup reads one contiguous run of memory.
 * Memory grows with the number of edges, not with the extent. Beside the jump table, a two-byte copy of its
 * answers (a group, none, or "look deeper") lets a batch answer most points with one read from a table half the
 * size ({@link #answerShallow}).
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
  private final char[] shallow; // per jump cell: 0 none, ordinal + 1, or DEEPER
  private final int[] tree;
  private final long[] records;

  CellTreeLocator(double originX, double originY, double size, int depth, int jumpLevel, int[] jump, int[] tree,
      long[] records) {
    this.originX = originX;
    this.originY = originY;
    this.size = size;
    this.scale = Math.scalb(1.0, depth) / size;
    this.maxCoordinate = (1 << depth) - 1;
    this.jumpLevel = jumpLevel;
    this.jumpShift = depth - jumpLevel;
    this.jump = jump;
    this.shallow = shallowAnswers(jump);
    this.tree = tree;
    this.records = records;
  }

  /** A single-group leaf's tree slot. */
  static int singleLeaf(int ordinal) {
    return ~((ordinal + 1) << 1);
  }

  /** A general leaf's tree slot, pointing at its record in the records array. */
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

  /** Whether looking this point up needs an orientation test: it lies in a leaf that edges cross. */
  boolean needsGeometryTest(double x, double y) {
    return (~leafAt(x, y) & 1) != 0;
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
    long[] rec = records;
    int full = (int) rec[o + 2];
    int best = full > 0 ? (int) rec[o + 3] : CoverageIndex.NONE;
    int b = o + 3 + full;
    int crossing = (int) rec[b];
    double rx = Double.longBitsToDouble(rec[o]);
    double ry = Double.longBitsToDouble(rec[o + 1]);
    for (int j = 0, r = b + 1; j < crossing; j++, r += 4) {
      int ordinal = (int) rec[r];
      if (best != CoverageIndex.NONE && ordinal > best) {
        break; // boundary groups are sorted: none of the rest sorts before the full group
      }
      if (classify(x, y, rx, ry, rec[r + 1] != 0, (int) rec[r + 2], (int) rec[r + 3]) != EXTERIOR) {
        return ordinal;
      }
    }
    return best;
  }

  /** {@link #shallow}'s entry for a jump cell that needs the full lookup. */
  private static final char DEEPER = Character.MAX_VALUE;

  /**
   * The jump table reduced to what a batch's first stage needs, two bytes per cell instead of four, so that it
   * stays in a core's cache beside the points streaming through. A cell of a group whose ordinal + 1 does not fit
   * in two bytes (beyond 65,534 groups) is marked {@link #DEEPER} too: its points take the full lookup.
   */
  private static char[] shallowAnswers(int[] jump) {
    char[] answers = new char[jump.length];
    for (int c = 0; c < jump.length; c++) {
      int v = ~jump[c];
      boolean answered = v >= 0 && (v & 1) == 0 && (v >>> 1) < DEEPER; // an empty or single-group leaf
      answers[c] = answered ? (char) (v >>> 1) : DEEPER; // ordinal + 1, or 0 for an empty leaf
    }
    return answers;
  }

  /**
   * The first stage of a batch lookup: answers every point of {@code from .. to - 1} whose jump-table cell is a
   * leaf holding no edge (one group or none), writing {@code firsts[i]}, and lists the others in
   * {@code deferred}, returning how many. Branch-free per point: a table read and two stores.
   */
  @Override
  public int answerShallow(double[] xs, double[] ys, int from, int to, int[] firsts, int[] deferred) {
    char[] table = shallow;
    double ox = originX;
    double oy = originY;
    double sz = size;
    double sc = scale;
    int max = maxCoordinate;
    int shift = jumpShift;
    int level = jumpLevel;
    int d = 0;
    for (int i = from; i < to; i++) {
      double dx = xs[i] - ox;
      double dy = ys[i] - oy;
      int ix = Math.max(0, Math.min((int) (dx * sc), max));
      int iy = Math.max(0, Math.min((int) (dy * sc), max));
      int a = table[((iy >>> shift) << level) | (ix >>> shift)];
      a = dx >= 0 && dx < sz && dy >= 0 && dy < sz ? a : 0;
      firsts[i] = a - 1;
      deferred[d] = i;
      d += (a + 1) >>> 16; // 1 for DEEPER only
    }
    return d;
  }

  @Override
  public int all(double x, double y, int[] out) {
    return allIn(leafAt(x, y), x, y, out);
  }

  private int allIn(int cell, double x, double y, int[] out) {
    int v = ~cell;
    if ((v & 1) == 0) {
      if (v == 0) {
        return 0;
      }
      out[0] = (v >>> 1) - 1;
      return 1;
    }
    int o = v >>> 1;
    long[] rec = records;
    int full = (int) rec[o + 2];
    for (int f = 0; f < full; f++) {
      out[f] = (int) rec[o + 3 + f];
    }
    int n = full;
    boolean interior = full > 0;
    int b = o + 3 + full;
    int crossing = (int) rec[b];
    double rx = Double.longBitsToDouble(rec[o]);
    double ry = Double.longBitsToDouble(rec[o + 1]);
    for (int j = 0, r = b + 1; j < crossing; j++, r += 4) {
      int where = classify(x, y, rx, ry, rec[r + 1] != 0, (int) rec[r + 2], (int) rec[r + 3]);
      if (where != EXTERIOR) {
        out[n++] = (int) rec[r];
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
    long[] rec = records;
    int full = (int) rec[o + 2];
    int b = o + 3 + full;
    int crossing = (int) rec[b];
    double rx = Double.longBitsToDouble(rec[o]);
    double ry = Double.longBitsToDouble(rec[o + 1]);
    boolean interior = full > 0;
    int onBoundary = CoverageIndex.NONE;
    for (int j = 0, r = b + 1; j < crossing && !interior; j++, r += 4) {
      int where = classify(x, y, rx, ry, rec[r + 1] != 0, (int) rec[r + 2], (int) rec[r + 3]);
      interior = where == INTERIOR;
      if (where == BOUNDARY && onBoundary == CoverageIndex.NONE) {
        onBoundary = (int) rec[r];
      }
    }
    if (!interior) {
      if (onBoundary != CoverageIndex.NONE) {
        visitor.accept(onBoundary);
      }
      return;
    }
    // merge the sorted full groups with the covering boundary groups, ascending
    int f = o + 3;
    int fEnd = f + full;
    int r = b + 1;
    int rEnd = r + 4 * crossing;
    while (f < fEnd || r < rEnd) {
      if (r >= rEnd || (f < fEnd && rec[f] < rec[r])) {
        visitor.accept((int) rec[f++]);
      } else {
        if (classify(x, y, rx, ry, rec[r + 1] != 0, (int) rec[r + 2], (int) rec[r + 3]) != EXTERIOR) {
          visitor.accept((int) rec[r]);
        }
        r += 4;
      }
    }
  }

  @Override
  public CurveOrder visitOrder(double[] xs, double[] ys, int[] ids) {
    return CurveOrder.of(this, xs, ys, ids);
  }

  /**
   * Where a point lies relative to one group in a boundary leaf: on one of the group's edges in the leaf, or on
   * the reference point's side flipped once per edge crossing the segment from the reference point to the point.
   */
  private int classify(double px, double py, double rx, double ry, boolean refInside, int from, int to) {
    boolean inside = refInside;
    long[] e = records;
    double minX = Math.min(px, rx);
    double maxX = Math.max(px, rx);
    double minY = Math.min(py, ry);
    double maxY = Math.max(py, ry);
    for (int i = from; i < to; i += 4) {
      double ax = Double.longBitsToDouble(e[i]);
      double ay = Double.longBitsToDouble(e[i + 1]);
      double bx = Double.longBitsToDouble(e[i + 2]);
      double by = Double.longBitsToDouble(e[i + 3]);
      double eMinX = Math.min(ax, bx);
      double eMaxX = Math.max(ax, bx);
      double eMinY = Math.min(ay, by);
      double eMaxY = Math.max(ay, by);
      if (eMaxX < minX || eMinX > maxX || eMaxY < minY || eMinY > maxY) {
        continue; // the edge misses the box around the segment, and so the point too
      }
      if (px >= eMinX && px <= eMaxX && py >= eMinY && py <= eMaxY
          && orientation(ax, ay, bx, by, px, py) == 0) {
        return BOUNDARY;
      }
      boolean aLeft = orientation(rx, ry, px, py, ax, ay) >= 0;
      boolean bLeft = orientation(rx, ry, px, py, bx, by) >= 0;
      if (aLeft != bLeft) {
        int sideOfRef = orientation(ax, ay, bx, by, rx, ry);
        int sideOfPoint = orientation(ax, ay, bx, by, px, py);
        if (sideOfRef * sideOfPoint < 0) {
          inside = !inside;
        }
      }
    }
    return inside ? INTERIOR : EXTERIOR;
  }

  /**
   * The orientation of point c relative to the directed line a→b (1 left, −1 right, 0 collinear), exactly as
   * {@link CGAlgorithmsDD#orientationIndex(double, double, double, double, double, double)} decides it: the same
   * floating-point filter, written here so it inlines into the edge loop, and JTS's double-double arithmetic
   * when the filter cannot decide.
   */
  static int orientation(double ax, double ay, double bx, double by, double cx, double cy) {
    double detLeft = (ax - cx) * (by - cy);
    double detRight = (ay - cy) * (bx - cx);
    double det = detLeft - detRight;
    double detSum;
    if (detLeft > 0.0) {
      if (detRight <= 0.0) {
        return signum(det);
      }
      detSum = detLeft + detRight;
    } else if (detLeft < 0.0) {
      if (detRight >= 0.0) {
        return signum(det);
      }
      detSum = -detLeft - detRight;
    } else {
      return signum(det);
    }
    double errorBound = DP_SAFE_EPSILON * detSum;
    if (det >= errorBound || -det >= errorBound) {
      return signum(det);
    }
    return CGAlgorithmsDD.orientationIndex(ax, ay, bx, by, cx, cy);
  }

  /** JTS's error bound factor of the orientation filter ({@code CGAlgorithmsDD.DP_SAFE_EPSILON}). */
  private static final double DP_SAFE_EPSILON = 1e-15;

  private static int signum(double x) {
    return x > 0 ? 1 : x < 0 ? -1 : 0;
  }

  /** Approximate heap bytes held by this locator's arrays. */
  long bytes() {
    return 4L * (jump.length + tree.length) + 2L * shallow.length + 8L * records.length;
  }

  @Override
  public String toString() {
    return "CellTreeLocator[" + tree.length / 4 + " inner cells, jump level " + jumpLevel + ", " + records.length
        + " record words, " + bytes() / 1024 + " KiB]";
  }
}
