package nl.dekking.index;

import java.util.Arrays;
import java.util.function.IntConsumer;
import org.locationtech.jts.algorithm.CGAlgorithmsDD;

/**
 * The fast {@link CoverageIndex.Locator}: an adaptive quadtree of square cells over the groups' edges, in the
 * spirit of S2's {@code S2ShapeIndex} and the Adaptive Cell Trie. Built by {@link CellTreeBuilder}.
 *
 * <p><b>Algorithm.</b> A leaf cell lists the groups whose boundary crosses it (its <em>local</em> groups), the
 * distinct edges of theirs that touch the cell (grown by a small margin), each with a mask of the local groups it
 * belongs to (a shared edge is stored once), and which of them hold a reference point of the cell, chosen on no
 * edge, in their interior. Groups whose boundary does not touch the cell but whose interior holds it are listed
 * as <em>full</em>. Most points land in a leaf with no edges and one full group (or none): the answer is stored
 * in the tree slot itself, so the lookup is a table read plus a few child steps and no geometry test. A boundary
 * leaf is cut into 8 × 8 sub-cells, and each sub-cell that no edge touches carries which local groups cover it,
 * so a point there needs no geometry test either. Otherwise a point is on a group's boundary when it lies on one
 * of the group's edges (exact orientation test and bounding box), and its sides are the reference point's
 * flipped, for the groups of an edge's mask, once per edge the segment from the reference point to the point
 * crosses: one pass over the leaf's edges classifies every local group at once. Vertices exactly on that segment
 * are counted as if on its left (symbolic perturbation), so touching vertices and collinear edges count
 * consistently. Every predicate is JTS's
 * {@link CGAlgorithmsDD#orientationIndex(double, double, double, double, double, double)}, so answers equal
 * JTS's own point location, including points exactly on vertices and edges.
 *
 * <p><b>Layout.</b> A jump table indexes the cells of one tree level, so a lookup starts near its leaf; below it
 * the tree is an {@code int[]} of 16-way nodes, each a 4 × 4 block of slots two levels down (64 bytes, a cache
 * line), so a walk takes one read per two levels. A boundary leaf's record has a hot part, read by every
 * lookup in the leaf, and a cold part, read only by the geometry test, in two {@code long[]}s, so the memory
 * most lookups touch is a fraction of the index. Hot: 8 words of sub-cell answers (a byte each: a mask of up to
 * {@value CellTreeBuilder#GRID_GROUPS} local groups, or {@link CellTreeBuilder#TEST}); the counts of local and
 * full groups and the leaf's level; where its cold part starts; the local then full ordinals, two to a word.
 * Cold: the reference point's coordinates (as double bits); then per pass of up to
 * {@value CellTreeBuilder#PASS_GROUPS} local groups its edge count, the reference point's interior mask and
 * its edges as (ax, ay, bx, by, mask). Memory grows with the
 * number of edges, not with the extent. Beside the jump table, a two-byte copy of its answers (a group, none, or
 * "look deeper") lets a batch answer the points of cells far from any edge with one read from a table half the
 * size; it walks the tree for the others in the order given and defers only the points that need a geometry
 * test or lie in an overlap ({@link #answerShallow}).
 *
 * <p><b>Complexity.</b> A lookup costs O(depth below the jump level) array reads plus, for a point in a sub-cell
 * that edges touch, a few orientation tests per edge in its leaf (at most about
 * {@value CellTreeBuilder#LEAF_EDGES} unless many edges meet in one vertex). Nothing is allocated per lookup.
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
  private final long[] records; // the hot part of boundary leaves' records: what most lookups read
  private final long[] edges; // the cold part: reference points and edges, read by geometry tests only

  CellTreeLocator(double originX, double originY, double size, int depth, int jumpLevel, int[] jump, int[] tree,
      long[] records, long[] edges) {
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
    this.edges = edges;
  }

  /** A single-group leaf's tree slot. */
  static int singleLeaf(int ordinal) {
    return ~((ordinal + 1) << 1);
  }

  /**
   * A general leaf's tree slot, pointing at its record in the records array: {@code ~(offset << 3 | up << 1 | 1)},
   * where {@code up} is how many levels above the walk's last step the leaf is (a leaf one level below a 16-way
   * node fills a 2 × 2 block of it), or {@link #UP_IN_RECORD} when the record has to tell (a leaf above the jump
   * level, repeated in the jump table). Knowing the leaf's level from the slot lets a lookup read the sub-cell
   * answer and the record's counts at once.
   */
  static int generalLeaf(int offset, int up) {
    return ~((offset << 3) | (up << 1) | 1);
  }

  /** The {@code up} of a general leaf whose level only its record holds. */
  static final int UP_IN_RECORD = 3;

  /** A general leaf's slot with another {@code up}. */
  static int withUp(int slot, int up) {
    return ~((~slot & ~6) | (up << 1));
  }

  /** The record offset of a general leaf's slot value {@code v = ~slot}. */
  static int recordOf(int v) {
    return v >>> 3;
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

  /** Eight sub-cell answers of {@link CellTreeBuilder#TEST}: a record whose points all need the test. */
  static final long TESTS = 0x8080808080808080L;

  @Override
  public int first(double x, double y) {
    double dx = x - originX;
    double dy = y - originY;
    if (!(dx >= 0 && dx < size && dy >= 0 && dy < size)) {
      return CoverageIndex.NONE;
    }
    int ix = Math.min((int) (dx * scale), maxCoordinate);
    int iy = Math.min((int) (dy * scale), maxCoordinate);
    int shift = jumpShift;
    int node = jump[((iy >>> shift) << jumpLevel) | (ix >>> shift)];
    while (node >= 0) {
      shift -= 2;
      node = tree[node + ((((iy >>> shift) & 3) << 2) | ((ix >>> shift) & 3))];
    }
    int v = ~node;
    if ((v & 1) == 0) {
      return (v >>> 1) - 1; // a single group, or NONE for an empty leaf
    }
    int o = v >>> 3;
    long[] rec = records;
    int up = (v >>> 1) & 3;
    int answer = subCellAnswer(rec, o, ix, iy, up == UP_IN_RECORD ? (int) (rec[o + 8] >>> 56) : shift + up);
    long counts = rec[o + 8];
    int locals = locals(counts);
    int fulls = fulls(counts);
    // the lowest covering ordinal is the lowest group not outside the point, whichever rule applies: with some
    // group's interior holding it every closed area counts, without, the first boundary group is the answer
    int best = fulls > 0 ? ordinal(rec, o, locals) : CoverageIndex.NONE;
    int nonExterior;
    int pass = 0;
    if (answer != CellTreeBuilder.TEST) {
      nonExterior = answer;
    } else {
      long[] cold = edges;
      int at = (int) rec[o + 9];
      double rx = Double.longBitsToDouble(cold[at]);
      double ry = Double.longBitsToDouble(cold[at + 1]);
      at += 2;
      nonExterior = 0;
      for (; pass * CellTreeBuilder.PASS_GROUPS < locals; pass++) {
        int count = (int) cold[at];
        long sides = classifyPass(cold, at + 2, count, x, y, rx, ry, cold[at + 1]);
        nonExterior = (int) sides | (int) (sides >>> 32);
        if (nonExterior != 0) {
          break;
        }
        at += 2 + 5 * count;
      }
    }
    if (nonExterior != 0) {
      int local = ordinal(rec, o, pass * CellTreeBuilder.PASS_GROUPS + Integer.numberOfTrailingZeros(nonExterior));
      return best == CoverageIndex.NONE ? local : Math.min(local, best);
    }
    return best;
  }

  /** A record's counts word: its local groups, full groups and the leaf's level below the deepest. */
  static long counts(int locals, int fulls, int shift) {
    return ((long) shift << 56) | ((long) fulls << 28) | locals;
  }

  private static int locals(long counts) {
    return (int) counts & ((1 << 28) - 1);
  }

  private static int fulls(long counts) {
    return (int) (counts >>> 28) & ((1 << 28) - 1);
  }

  /** The sub-cell answer byte of a point with cell coordinates ix, iy in the record at o of a leaf at shift. */
  private static int subCellAnswer(long[] rec, int o, int ix, int iy, int shift) {
    int bits = Math.min(CellTreeBuilder.GRID_BITS, shift);
    int below = shift - bits;
    int mask = (1 << bits) - 1;
    int k = (((iy >>> below) & mask) << CellTreeBuilder.GRID_BITS) | ((ix >>> below) & mask);
    return (int) (rec[o + (k >>> 3)] >>> ((k & 7) << 3)) & 0xFF;
  }

  /** The i-th ordinal of a record at o (local groups first, then full ones), stored two to a word. */
  private static int ordinal(long[] rec, int o, int i) {
    return (int) (rec[o + 10 + (i >>> 1)] >>> ((i & 1) << 5));
  }

  /** {@link #shallow}'s entry for a jump cell that needs more than the table. */
  private static final char DEEPER = Character.MAX_VALUE;

  /**
   * The jump table reduced to the answers of its cells that are one leaf in one group or none, two bytes per cell
   * instead of four, so that it stays in a core's cache beside the points streaming through a batch. A cell of a
   * group whose ordinal + 1 does not fit in two bytes (beyond 65,534 groups) is marked {@link #DEEPER} too.
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
   * The first stage of a batch lookup, for every point of {@code from .. to - 1} in the order given: reads the
   * two-byte answer of its jump cell and, where that does not settle it, walks the tree; answers each point that
   * needs no geometry test and that at most one group covers (an empty or single-group leaf, or a sub-cell
   * answer naming at most one group), writing {@code firsts[i]}; lists the others (points next to edges, in
   * overlaps) in {@code deferred} and returns how many.
   */
  @Override
  public int answerShallow(double[] xs, double[] ys, int from, int to, int[] firsts, int[] deferred) {
    int d = 0;
    long[] rec = records;
    char[] table = shallow;
    for (int i = from; i < to; i++) {
      double dx = xs[i] - originX;
      double dy = ys[i] - originY;
      if (!(dx >= 0 && dx < size && dy >= 0 && dy < size)) {
        firsts[i] = CoverageIndex.NONE;
        continue;
      }
      int ix = Math.min((int) (dx * scale), maxCoordinate);
      int iy = Math.min((int) (dy * scale), maxCoordinate);
      int shift = jumpShift;
      int cell = ((iy >>> shift) << jumpLevel) | (ix >>> shift);
      int a = table[cell];
      if (a != DEEPER) {
        firsts[i] = a - 1; // the jump cell is one leaf in one group or none: the half-size table tells
        continue;
      }
      int node = jump[cell];
      while (node >= 0) {
        shift -= 2;
        node = tree[node + ((((iy >>> shift) & 3) << 2) | ((ix >>> shift) & 3))];
      }
      int v = ~node;
      if ((v & 1) == 0) {
        firsts[i] = (v >>> 1) - 1; // a single group, or NONE for an empty leaf
        continue;
      }
      int o = v >>> 3;
      int up = (v >>> 1) & 3;
      int answer = subCellAnswer(rec, o, ix, iy, up == UP_IN_RECORD ? (int) (rec[o + 8] >>> 56) : shift + up);
      long counts = rec[o + 8];
      int fulls = fulls(counts);
      if (answer == CellTreeBuilder.TEST || Integer.bitCount(answer) + fulls > 1) {
        deferred[d++] = i;
      } else {
        firsts[i] = answer != 0 ? ordinal(rec, o, Integer.numberOfTrailingZeros(answer))
            : fulls > 0 ? ordinal(rec, o, locals(counts)) : CoverageIndex.NONE;
      }
    }
    return d;
  }

  /**
   * The leaf of a point: its record offset and sub-cell answer packed as {@code offset << 8 | answer}, or, for
   * a leaf without a record, {@code ~slot} as negative number ({@code -1 - (~slot)}).
   */
  private long leafOf(double x, double y) {
    double dx = x - originX;
    double dy = y - originY;
    if (!(dx >= 0 && dx < size && dy >= 0 && dy < size)) {
      return -1 - (long) ~EMPTY;
    }
    int ix = Math.min((int) (dx * scale), maxCoordinate);
    int iy = Math.min((int) (dy * scale), maxCoordinate);
    int shift = jumpShift;
    int node = jump[((iy >>> shift) << jumpLevel) | (ix >>> shift)];
    while (node >= 0) {
      shift -= 2;
      node = tree[node + ((((iy >>> shift) & 3) << 2) | ((ix >>> shift) & 3))];
    }
    int v = ~node;
    if ((v & 1) == 0) {
      return -1 - (long) v;
    }
    int o = v >>> 3;
    int up = (v >>> 1) & 3;
    int leafShift = up == UP_IN_RECORD ? (int) (records[o + 8] >>> 56) : shift + up;
    return ((long) o << 8) | subCellAnswer(records, o, ix, iy, leafShift);
  }

  @Override
  public int all(double x, double y, int[] out) {
    long leaf = leafOf(x, y);
    if (leaf < 0) {
      int v = (int) (-1 - leaf);
      if (v == 0) {
        return 0;
      }
      out[0] = (v >>> 1) - 1;
      return 1;
    }
    int o = (int) (leaf >>> 8);
    int answer = (int) leaf & 0xFF;
    long[] rec = records;
    long counts = rec[o + 8];
    int locals = locals(counts);
    int fulls = fulls(counts);
    int n = 0;
    boolean interior = fulls > 0;
    if (answer != CellTreeBuilder.TEST) {
      for (int m = answer; m != 0; m &= m - 1) {
        out[n++] = ordinal(rec, o, Integer.numberOfTrailingZeros(m));
      }
      interior |= n > 0;
    } else {
      long[] cold = edges;
      int at = (int) rec[o + 9];
      double rx = Double.longBitsToDouble(cold[at]);
      double ry = Double.longBitsToDouble(cold[at + 1]);
      at += 2;
      for (int pass = 0; pass * CellTreeBuilder.PASS_GROUPS < locals; pass++) {
        int count = (int) cold[at];
        long sides = classifyPass(cold, at + 2, count, x, y, rx, ry, cold[at + 1]);
        interior |= (int) sides != 0;
        for (int m = (int) sides | (int) (sides >>> 32); m != 0; m &= m - 1) {
          out[n++] = ordinal(rec, o, pass * CellTreeBuilder.PASS_GROUPS + Integer.numberOfTrailingZeros(m));
        }
        at += 2 + 5 * count;
      }
    }
    if (!interior) {
      // on boundaries only: the group whose id sorts first; local groups come in ordinal order
      return n == 0 ? 0 : 1;
    }
    int locallyCovering = n;
    for (int f = 0; f < fulls; f++) {
      out[n++] = ordinal(rec, o, locals + f);
    }
    if (fulls > 0 && locallyCovering > 0) {
      Arrays.sort(out, 0, n); // two sorted runs of a few ordinals: insertion sort, no allocation
    }
    return n;
  }

  @Override
  public void forEach(double x, double y, IntConsumer visitor) {
    long leaf = leafOf(x, y);
    if (leaf < 0) {
      int v = (int) (-1 - leaf);
      if (v != 0) {
        visitor.accept((v >>> 1) - 1);
      }
      return;
    }
    int o = (int) (leaf >>> 8);
    int answer = (int) leaf & 0xFF;
    long[] rec = records;
    long counts = rec[o + 8];
    int locals = locals(counts);
    int fulls = fulls(counts);
    int passes = (locals + CellTreeBuilder.PASS_GROUPS - 1) / CellTreeBuilder.PASS_GROUPS;
    long[] cold = edges;
    int first = (int) rec[o + 9] + 2;
    double rx = Double.longBitsToDouble(cold[first - 2]);
    double ry = Double.longBitsToDouble(cold[first - 1]);
    boolean interior = fulls > 0;
    int lowest = -1;
    if (answer != CellTreeBuilder.TEST) {
      interior |= answer != 0;
    } else {
      for (int pass = 0, at = first; pass < passes; pass++) {
        int count = (int) cold[at];
        long sides = classifyPass(cold, at + 2, count, x, y, rx, ry, cold[at + 1]);
        interior |= (int) sides != 0;
        int m = (int) sides | (int) (sides >>> 32);
        if (lowest < 0 && m != 0) {
          lowest = pass * CellTreeBuilder.PASS_GROUPS + Integer.numberOfTrailingZeros(m);
        }
        at += 2 + 5 * count;
      }
    }
    if (!interior) {
      if (lowest >= 0) {
        visitor.accept(ordinal(rec, o, lowest)); // on boundaries only: the group whose id sorts first
      }
      return;
    }
    // merge the sorted full groups with the covering local groups, ascending, pass by pass
    int f = 0;
    for (int pass = 0, at = first; pass < Math.max(1, passes); pass++) {
      int m;
      int count = 0;
      if (answer != CellTreeBuilder.TEST) {
        m = pass == 0 ? answer : 0;
      } else if (pass < passes) {
        count = (int) cold[at];
        long sides = classifyPass(cold, at + 2, count, x, y, rx, ry, cold[at + 1]);
        m = (int) sides | (int) (sides >>> 32);
      } else {
        m = 0;
      }
      for (; m != 0; m &= m - 1) {
        int local = ordinal(rec, o, pass * CellTreeBuilder.PASS_GROUPS + Integer.numberOfTrailingZeros(m));
        while (f < fulls && ordinal(rec, o, locals + f) < local) {
          visitor.accept(ordinal(rec, o, locals + f++));
        }
        visitor.accept(local);
      }
      at += 2 + 5 * count;
    }
    while (f < fulls) {
      visitor.accept(ordinal(rec, o, locals + f++));
    }
  }

  /** Whether looking this point up needs an orientation test: its sub-cell of a boundary leaf has edges. */
  boolean needsGeometryTest(double x, double y) {
    long leaf = leafOf(x, y);
    return leaf >= 0 && ((int) leaf & 0xFF) == CellTreeBuilder.TEST;
  }

  @Override
  public CurveOrder visitOrder(double[] xs, double[] ys, int[] ids) {
    return CurveOrder.of(this, xs, ys, ids);
  }

  /**
   * Where a point lies relative to the local groups of one pass of a boundary leaf, whose edges are the
   * {@code count} runs (ax, ay, bx, by, mask) from {@code from}: on an edge (the groups of its mask are on their
   * boundary), or on the reference point's sides ({@code refMask}) flipped, for the groups of an edge's mask,
   * once per edge crossing the segment from the reference point to the point. Returns the boundary groups in the
   * high 32 bits and the groups holding the point in their interior in the low 32 bits.
   */
  static long classifyPass(long[] e, int from, int count, double px, double py, double rx, double ry,
      long refMask) {
    long inside = refMask;
    long boundary = 0;
    double minX = Math.min(px, rx);
    double maxX = Math.max(px, rx);
    double minY = Math.min(py, ry);
    double maxY = Math.max(py, ry);
    for (int i = from, end = from + 5 * count; i < end; i += 5) {
      double ax = Double.longBitsToDouble(e[i]); // the lesser end: ax <= bx
      double ay = Double.longBitsToDouble(e[i + 1]);
      double bx = Double.longBitsToDouble(e[i + 2]);
      double by = Double.longBitsToDouble(e[i + 3]);
      double eMinY = Math.min(ay, by);
      double eMaxY = Math.max(ay, by);
      if (bx < minX || ax > maxX || eMaxY < minY || eMinY > maxY) {
        continue; // the edge misses the box around the segment, and so the point too
      }
      if (px >= ax && px <= bx && py >= eMinY && py <= eMaxY && orientation(ax, ay, bx, by, px, py) == 0) {
        boundary |= e[i + 4];
        continue;
      }
      boolean aLeft = orientation(rx, ry, px, py, ax, ay) >= 0;
      boolean bLeft = orientation(rx, ry, px, py, bx, by) >= 0;
      if (aLeft != bLeft) {
        int sideOfRef = orientation(ax, ay, bx, by, rx, ry);
        int sideOfPoint = orientation(ax, ay, bx, by, px, py);
        if (sideOfRef * sideOfPoint < 0) {
          inside ^= e[i + 4];
        }
      }
    }
    return (boundary << 32) | (inside & ~boundary & 0xFFFFFFFFL);
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
    return 4L * (jump.length + tree.length) + 2L * shallow.length + 8L * (records.length + edges.length);
  }

  @Override
  public String toString() {
    return "CellTreeLocator[" + tree.length / 16 + " 16-way nodes, jump level " + jumpLevel + ", " + records.length
        + " + " + edges.length + " record words (hot + cold), " + bytes() / 1024 + " KiB]";
  }
}
