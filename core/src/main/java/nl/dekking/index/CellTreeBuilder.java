package nl.dekking.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Builds a {@link CellTreeLocator} from valid (repaired) group areas, on every core.
 *
 * <p><b>Algorithm.</b> The root is a power-of-two square around every edge. A cell holds, per group, the edges
 * that touch it grown by {@link #margin} (more than the rounding error of placing a point in a cell, so a point
 * is never tested against a cell whose edge lists miss an edge it needs). A cell with more than
 * {@value #LEAF_EDGES} edges, or with any edge and wider than {@value #BOUNDARY_CELL} m, is split into four, down
 * to cells of about 1.5 cm. Every cell has a reference point on none of its edges (its centre, or a seeded
 * pseudo-random point of the cell when the centre is on an edge) and knows, for each group crossing it, whether
 * that point is in the group's interior. A child learns the same for its own reference point from its parent's:
 * the side flips once per parent edge that the segment between the two points crosses ({@link #classify}, the
 * exact test the lookups use; when the parent's point is a corner of the child, as its centre is, only the
 * child's own edges can cross), and a group that keeps no edge in the child covers the whole child or none of it;
 * a group whose envelope misses the child, or misses the box around that segment, is passed over without looking
 * at its edges. One pass over a cell's edges finds the children each may touch (a group inside one child's box
 * goes there whole), and a cell's edges are one {@code int[]} in runs by group, which a child keeping them all
 * shares. The root's reference point is its corner, outside every group. So no point-in-polygon index is built.
 *
 * <p>A boundary leaf's record ({@link CellTreeLocator}) holds its edges once each (an edge two groups share is
 * stored once, with both groups in its mask), and an 8 × 8 grid of sub-cells that answers, for each sub-cell no
 * edge touches, which of the leaf's groups cover it, so most points in a boundary leaf need no geometry test; the
 * run of such sub-cells around the reference point takes its answer without a test.
 * Once built, the binary tree below the jump table is copied into 16-way nodes, two levels each.
 *
 * <p><b>Parallelism.</b> The top of the tree is split (a large cell's groups sorted into its children and the four
 * children made in parallel) until cells hold at most 1/32 of the edges ({@value #TASK_EDGES} at most, 128 at
 * least), so even a small map makes tens of tasks and every core works from the start; those subtrees are built
 * in parallel into their own arrays, then copied after the top with their pointers moved. The result does not
 * depend on the number of cores. A jump table over one level
 * lets lookups skip the top of the tree.
 *
 * <p><b>Complexity.</b> O(E · depth) time and memory for E edges. The result is immutable.
 */
final class CellTreeBuilder {

  /**
   * A cell with more edges than this is split, unless it is at the deepest level. With sub-cell answers few
   * lookups test edges at all, so larger leaves (a smaller index, shorter walks) pay: on the street-shaped
   * benchmark layout of 2,000 groups, 32 instead of 8 (with {@link #BOUNDARY_CELL} 128 instead of 64 m) took the
   * index from 15.8 to 5.6 MiB and a lookup from about 56 to 40 ns, with 1.5 % instead of 0.3 % of the lookups
   * testing edges.
   */
  static final int LEAF_EDGES = 32;

  /**
   * A cell that any edge crosses is split until it is no wider than this, in metres; its 8 × 8 sub-cells are
   * then at most 16 m wide.
   */
  static final double BOUNDARY_CELL = 128;

  /** Sub-cells per side of a boundary leaf, as a power of two. */
  static final int GRID_BITS = 3;

  /** A sub-cell answer: the point needs the geometry test. */
  static final int TEST = 0x80;

  /** Local groups a sub-cell answer can name (one bit each). */
  static final int GRID_GROUPS = 7;

  /** Local groups per pass of the geometry test (one bit each for interior and boundary in a long). */
  static final int PASS_GROUPS = 32;

  /**
   * The deepest level the jump table indexes: at most 4^10 entries (4 MiB); a 16 MiB table (level 11) made
   * lookups slower in the benchmarks' 2,000-group coverage (single-group cells took twice as long), not faster.
   */
  private static final int MAX_JUMP_LEVEL = 10;

  /** Cells stop splitting at about this size in metres. */
  private static final double MIN_CELL = 1.0 / 64;

  /** Subtrees with at most this many edges are built as one parallel task (fewer where there are few edges). */
  static final int TASK_EDGES = 1 << 13;

  /**
   * A cell of the top with more edges than this (and than two tasks) sorts them and makes its children on every
   * core.
   */
  private static final int PARALLEL_EDGES = 1 << 12;

  private final double[] edges;
  private final double[] envelopes; // per group: minX, minY, maxX, maxY of its edges
  private final double originX;
  private final double originY;
  private final double size;
  private final int depth;
  private final double margin;
  private final int taskEdges; // subtrees with at most this many edges are built as one parallel task

  private CellTreeBuilder(double[] edges, double[] envelopes, double minX, double minY, double maxX, double maxY) {
    this.edges = edges;
    // tens of tasks however few the edges, so every core has work from the start and they end close together
    this.taskEdges = Math.max(4 * LEAF_EDGES, Math.min(TASK_EDGES, edges.length / 4 / 32));
    this.envelopes = envelopes;
    this.originX = Math.floor(minX) - 1;
    this.originY = Math.floor(minY) - 1;
    double extent = Math.max(maxX - originX, maxY - originY) + 1;
    this.size = Math.scalb(1.0, Math.getExponent(extent) + 1);
    int finest = Math.max(2, Math.min(30, Math.getExponent(size / MIN_CELL)));
    this.depth = finest + (finest & 1); // even, as the jump level: 16-way nodes span two levels each
    double largest = Math.max(Math.max(Math.abs(originX), Math.abs(originY)), Math.abs(originX) + size);
    this.margin = Math.max(1e-6, Math.ulp(largest) * 1024);
  }

  /** Builds the locator for areas indexed by ordinal; every area must be valid (possibly empty). */
  static CellTreeLocator build(Geometry[] areas) {
    double[][] ringsOf = new double[areas.length][];
    IntStream.range(0, areas.length).parallel().forEach(g -> ringsOf[g] = edgesOf(areas[g]));
    return build(ringsOf);
  }

  /**
   * Builds the locator for areas indexed by ordinal from their {@link #edgesOf edges}, as a caller that has just
   * checked or repaired the areas on every core can extract them in the same pass.
   */
  static CellTreeLocator build(double[][] ringsOf) {
    int groups = ringsOf.length;
    int[] first = new int[groups + 1];
    for (int g = 0; g < groups; g++) {
      first[g + 1] = first[g] + ringsOf[g].length / 4;
    }
    double[] edges = new double[4 * first[groups]];
    if (edges.length == 0) {
      return new CellTreeLocator(0, 0, 1, 2, 0, new int[] {CellTreeLocator.EMPTY}, new int[0], new long[0],
          new long[0]);
    }
    double[] envelopes = new double[4 * groups]; // per group: minX, minY, maxX, maxY of its edges
    IntStream.range(0, groups).parallel().forEach(g -> {
      double[] e = ringsOf[g];
      System.arraycopy(e, 0, edges, 4 * first[g], e.length);
      double minX = Double.POSITIVE_INFINITY;
      double minY = Double.POSITIVE_INFINITY;
      double maxX = Double.NEGATIVE_INFINITY;
      double maxY = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < e.length; i += 2) {
        minX = Math.min(minX, e[i]);
        minY = Math.min(minY, e[i + 1]);
        maxX = Math.max(maxX, e[i]);
        maxY = Math.max(maxY, e[i + 1]);
      }
      envelopes[4 * g] = minX;
      envelopes[4 * g + 1] = minY;
      envelopes[4 * g + 2] = maxX;
      envelopes[4 * g + 3] = maxY;
    });
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (int g = 0; g < groups; g++) { // a group without edges has an empty (infinite, inverted) envelope
      minX = Math.min(minX, envelopes[4 * g]);
      minY = Math.min(minY, envelopes[4 * g + 1]);
      maxX = Math.max(maxX, envelopes[4 * g + 2]);
      maxY = Math.max(maxY, envelopes[4 * g + 3]);
    }
    return new CellTreeBuilder(edges, envelopes, minX, minY, maxX, maxY).build(first);
  }

  /** The edges of a valid area's rings as (ax, ay, bx, by) runs, zero-length edges left out. */
  static double[] edgesOf(Geometry area) {
    double[] out = new double[4 * area.getNumPoints()];
    int n = 0;
    for (int p = 0; p < area.getNumGeometries(); p++) {
      Polygon polygon = (Polygon) area.getGeometryN(p);
      if (polygon.isEmpty()) {
        continue;
      }
      n = addRing(polygon.getExteriorRing(), out, n);
      for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
        n = addRing(polygon.getInteriorRingN(h), out, n);
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  private static int addRing(LinearRing ring, double[] out, int n) {
    CoordinateSequence cs = ring.getCoordinateSequence();
    int size = cs.size();
    double x = size > 0 ? cs.getX(0) : 0;
    double y = size > 0 ? cs.getY(0) : 0;
    for (int i = 0; i + 1 < size; i++) {
      double nx = cs.getX(i + 1);
      double ny = cs.getY(i + 1);
      if (x != nx || y != ny) {
        out[n++] = x;
        out[n++] = y;
        out[n++] = nx;
        out[n++] = ny;
      }
      x = nx;
      y = ny;
    }
    return n;
  }

  /**
   * A cell under construction: its local groups (those with edges in it), their edges in one array, in runs by
   * local group ({@code edgeIds[starts[i] .. starts[i + 1] - 1]} are local group i's), whether the reference
   * point is in each local group's interior, and the groups covering the whole cell. Children that keep all of a
   * cell's edges share its arrays.
   */
  private record Cell(int level, int cx, int cy, double rx, double ry, int[] ordinals, int[] starts, int[] edgeIds,
      boolean[] inside, int[] full) {

    int edgeCount() {
      return edgeIds.length;
    }
  }

  /** Where a subtree built as a task goes: the tree slot of the top part that points at it. */
  private record Task(Cell cell, int slot) {
  }

  /** The arrays one thread appends a (sub)tree to, and its scratch space for making leaves. */
  private static final class Part {
    final GrowingArray.Ints tree = new GrowingArray.Ints();
    final GrowingArray.Longs records = new GrowingArray.Longs();
    final GrowingArray.Longs cold = new GrowingArray.Longs();
    private long[] keys = new long[64];
    private long[] edgeCopy = new long[5 * 64];
    int leaves;
    int root;

    long[] keys(int n) {
      keys = keys.length >= n ? keys : new long[Math.max(n, 2 * keys.length)];
      return keys;
    }

    long[] edgeCopy(int n) {
      edgeCopy = edgeCopy.length >= n ? edgeCopy : new long[Math.max(n, 2 * edgeCopy.length)];
      return edgeCopy;
    }
  }

  /** Builds the tree over the edges; group g's edges are {@code first[g] .. first[g + 1] - 1}. */
  private CellTreeLocator build(int[] first) {
    int groups = first.length - 1;
    int count = 0;
    for (int g = 0; g < groups; g++) {
      count += first[g + 1] > first[g] ? 1 : 0;
    }
    int[] ordinals = new int[count];
    int[] starts = new int[count + 1];
    for (int g = 0, i = 0; g < groups; g++) {
      if (first[g + 1] > first[g]) {
        ordinals[i++] = g;
        starts[i] = first[g + 1];
      }
    }
    int[] edgeIds = new int[first[groups]];
    Arrays.setAll(edgeIds, e -> e);
    // the root's corner lies below and left of every edge: outside every group
    Cell root = new Cell(0, 0, 0, originX, originY, ordinals, starts, edgeIds, new boolean[count], new int[0]);
    Part top = new Part();
    List<Task> tasks = new ArrayList<>();
    top.root = cell(top, root, tasks);
    Part[] parts = new Part[tasks.size()];
    IntStream.range(0, parts.length).parallel().forEach(t -> {
      Part part = new Part();
      part.root = cell(part, tasks.get(t).cell(), null);
      parts[t] = part;
    });
    // the top part first, then each task's part with its pointers moved past what precedes it
    int treeSize = top.tree.size();
    int recordSize = top.records.size();
    long coldSize = top.cold.size();
    int leaves = top.leaves;
    for (Part p : parts) {
      treeSize += p.tree.size();
      recordSize += p.records.size();
      coldSize += p.cold.size();
      leaves += p.leaves;
    }
    if (coldSize >= Integer.MAX_VALUE - 64) {
      throw new IllegalStateException("cell tree edges exceed 2^31 words: too many edges for one index");
    }
    if (recordSize >= 1 << 30) {
      throw new IllegalStateException("cell tree records exceed 2^30 words: too many edges for one index");
    }
    int[] tree = Arrays.copyOf(top.tree.toArray(), treeSize);
    long[] records = Arrays.copyOf(top.records.toArray(), recordSize);
    long[] cold = Arrays.copyOf(top.cold.toArray(), (int) coldSize);
    int[] treeBase = new int[parts.length];
    int[] recordBase = new int[parts.length];
    int[] coldBase = new int[parts.length];
    for (int t = 0, tb = top.tree.size(), rb = top.records.size(), cb = top.cold.size(); t < parts.length; t++) {
      treeBase[t] = tb;
      recordBase[t] = rb;
      coldBase[t] = cb;
      tb += parts[t].tree.size();
      rb += parts[t].records.size();
      cb += parts[t].cold.size();
    }
    IntStream.range(0, parts.length).parallel().forEach(t -> {
      Part p = parts[t];
      long[] rec = p.records.toArray();
      System.arraycopy(rec, 0, records, recordBase[t], rec.length);
      long[] edgesOfPart = p.cold.toArray();
      System.arraycopy(edgesOfPart, 0, cold, coldBase[t], edgesOfPart.length);
      int[] sub = p.tree.toArray();
      for (int i = 0; i < sub.length; i++) {
        tree[treeBase[t] + i] = moved(sub[i], treeBase[t], recordBase[t]);
        int v = ~sub[i];
        if (sub[i] < 0 && (v & 1) != 0) {
          // where the leaf's cold part now starts
          records[recordBase[t] + CellTreeLocator.recordOf(v) + 9] += coldBase[t];
        }
      }
      tree[tasks.get(t).slot()] = moved(p.root, treeBase[t], recordBase[t]);
    });
    int leafBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, leaves));
    int jumpLevel = Math.min(depth, Math.min(MAX_JUMP_LEVEL, leafBits / 2 + 1));
    jumpLevel += jumpLevel & 1; // even, as the depth: nodes below span two levels each
    int[] jump = new int[1 << (2 * jumpLevel)];
    fillJump(jump, tree, jumpLevel, top.root, 0, 0, 0);
    GrowingArray.Ints wide = new GrowingArray.Ints();
    for (int i = 0; i < NODE_PAD; i++) {
      wide.add(0);
    }
    for (int c = 0; c < jump.length; c++) {
      jump[c] = widen(tree, jump[c], wide);
    }
    return new CellTreeLocator(originX, originY, size, depth, jumpLevel, jump, wide.toArray(), records, cold);
  }

  /**
   * Leading ints of the lookup tree before its first node: an {@code int[]} large enough to matter starts 16
   * bytes into a heap region, so with 12 ints before them the 64-byte nodes start on cache lines.
   */
  static final int NODE_PAD = 12;

  /**
   * Copies a binary subtree into 16-way nodes (a 4 × 4 block of slots two levels down; a leaf one level down
   * fills its 2 × 2 quarter), depth first, and returns the subtree's slot in the wide tree.
   */
  private static int widen(int[] tree, int slot, GrowingArray.Ints wide) {
    if (slot < 0) {
      return slot;
    }
    int node = wide.size();
    for (int i = 0; i < 16; i++) {
      wide.add(0);
    }
    for (int q = 0; q < 4; q++) {
      int child = tree[slot + q];
      for (int r = 0; r < 4; r++) {
        int x = 2 * (q & 1) + (r & 1);
        int y = 2 * (q >> 1) + (r >> 1);
        int value = child >= 0 ? widen(tree, tree[child + r], wide)
            : (~child & 1) != 0 ? CellTreeLocator.withUp(child, 1) : child;
        wide.set(node + (y << 2) + x, value);
      }
    }
    return node;
  }

  /** A tree slot of a part, moved to where the part's tree and records start in the whole. */
  private static int moved(int slot, int treeBase, int recordBase) {
    if (slot >= 0) {
      return slot + treeBase;
    }
    int v = ~slot;
    return (v & 1) == 0 ? slot : CellTreeLocator.generalLeaf(CellTreeLocator.recordOf(v) + recordBase, 0);
  }

  /**
   * Builds a cell into a part and returns its tree slot. With {@code tasks}, children small enough become tasks
   * (their slot is filled in later) and large cells' children are made on every core; without, the whole subtree
   * is built here.
   */
  private int cell(Part part, Cell cell, List<Task> tasks) {
    if (isLeaf(cell)) {
      return leaf(part, cell);
    }
    int slot = part.tree.size();
    for (int q = 0; q < 4; q++) {
      part.tree.add(0);
    }
    Cell[] children = children(cell, tasks != null);
    for (int q = 0; q < 4; q++) {
      Cell child = children[q];
      children[q] = null; // built children are garbage
      if (tasks != null && child.edgeCount() <= taskEdges && !isLeaf(child)) {
        tasks.add(new Task(child, slot + q));
      } else {
        int c = cell(part, child, tasks);
        part.tree.set(slot + q, c);
      }
    }
    return slot;
  }

  private boolean isLeaf(Cell cell) {
    int edgeCount = cell.edgeCount();
    double width = size / (1L << cell.level());
    return (edgeCount <= LEAF_EDGES && (edgeCount == 0 || width <= BOUNDARY_CELL)) || cell.level() == depth;
  }

  /**
   * The four children of a cell (child q: x bit 0, y bit 1), each with its edges, reference point and sides. One
   * pass over the cell's edges finds the children each may touch; with {@code parallel}, a large cell's groups
   * are sorted and its children made on every core.
   */
  private Cell[] children(Cell cell, boolean parallel) {
    int level = cell.level() + 1;
    double w = size / (1L << level);
    double[] boxes = new double[16]; // per child: its square grown by the margin, x0, y0, x1, y1
    for (int q = 0; q < 4; q++) {
      int x = 2 * cell.cx() + (q & 1);
      int y = 2 * cell.cy() + (q >> 1);
      boxes[4 * q] = originX + x * w - margin;
      boxes[4 * q + 1] = originY + y * w - margin;
      boxes[4 * q + 2] = originX + (x + 1) * w + margin;
      boxes[4 * q + 3] = originY + (y + 1) * w + margin;
    }
    int locals = cell.ordinals().length;
    byte[] touches = new byte[cell.edgeCount()]; // per edge: the children it may touch, a bit each
    byte[] near = new byte[locals]; // per local group: the children its envelope meets, a bit each
    int[] kept = new int[4 * locals]; // per local group and child: how many of its edges may touch the child
    Cell[] children = new Cell[4];
    if (parallel && cell.edgeCount() > Math.max(PARALLEL_EDGES, 2 * taskEdges)) {
      IntStream.range(0, locals).parallel().forEach(i -> sortEdges(cell, i, boxes, touches, near, kept));
      IntStream.range(0, 4).parallel().forEach(q -> children[q] = child(cell, q, w, boxes, touches, near, kept));
    } else {
      for (int i = 0; i < locals; i++) {
        sortEdges(cell, i, boxes, touches, near, kept);
      }
      for (int q = 0; q < 4; q++) {
        children[q] = child(cell, q, w, boxes, touches, near, kept);
      }
    }
    return children;
  }

  /**
   * For local group {@code i} of a cell: which children its envelope meets ({@code near}) and, for each of its
   * edges, which of those children the edge may touch ({@link #mayTouch}, edge box first), with the counts per
   * child ({@code kept}). A group whose envelope misses a child has no edge in it and does not cover it.
   */
  private void sortEdges(Cell cell, int i, double[] boxes, byte[] touches, byte[] near, int[] kept) {
    int g = 4 * cell.ordinals()[i];
    int nearMask = 0;
    for (int q = 0; q < 4; q++) {
      if (!(envelopes[g + 2] < boxes[4 * q] || envelopes[g] > boxes[4 * q + 2] || envelopes[g + 3] < boxes[4 * q + 1]
          || envelopes[g + 1] > boxes[4 * q + 3])) {
        nearMask |= 1 << q;
      }
    }
    near[i] = (byte) nearMask;
    int from = cell.starts()[i];
    int to = cell.starts()[i + 1];
    if (Integer.bitCount(nearMask) == 1) {
      int q = Integer.numberOfTrailingZeros(nearMask);
      if (envelopes[g] >= boxes[4 * q] && envelopes[g + 2] <= boxes[4 * q + 2] && envelopes[g + 1] >= boxes[4 * q + 1]
          && envelopes[g + 3] <= boxes[4 * q + 3]) {
        // the group lies in one child's box and meets no other: each of its edges touches that child (an edge
        // inside a rectangle has corners on both sides of its line) and no other
        Arrays.fill(touches, from, to, (byte) nearMask);
        kept[4 * i] = 0;
        kept[4 * i + 1] = 0;
        kept[4 * i + 2] = 0;
        kept[4 * i + 3] = 0;
        kept[4 * i + q] = to - from;
        return;
      }
    }
    int[] ids = cell.edgeIds();
    int k0 = 0;
    int k1 = 0;
    int k2 = 0;
    int k3 = 0;
    for (int j = from; j < to; j++) {
      int e = ids[j] << 2;
      double ax = edges[e];
      double ay = edges[e + 1];
      double bx = edges[e + 2];
      double by = edges[e + 3];
      double minX = Math.min(ax, bx);
      double maxX = Math.max(ax, bx);
      double minY = Math.min(ay, by);
      double maxY = Math.max(ay, by);
      int m = 0;
      for (int q = 0; q < 4; q++) {
        double x0 = boxes[4 * q];
        double y0 = boxes[4 * q + 1];
        double x1 = boxes[4 * q + 2];
        double y1 = boxes[4 * q + 3];
        // an edge inside the box touches it (corners on both sides of its line); else the line test decides
        if ((nearMask & (1 << q)) != 0 && !(maxX < x0 || minX > x1 || maxY < y0 || minY > y1)
            && ((minX >= x0 && maxX <= x1 && minY >= y0 && maxY <= y1) || mayCross(ax, ay, bx, by, x0, y0, x1, y1))) {
          m |= 1 << q;
        }
      }
      touches[j] = (byte) m;
      k0 += m & 1;
      k1 += (m >> 1) & 1;
      k2 += (m >> 2) & 1;
      k3 += m >> 3;
    }
    kept[4 * i] = k0;
    kept[4 * i + 1] = k1;
    kept[4 * i + 2] = k2;
    kept[4 * i + 3] = k3;
  }

  /** Child {@code q} of a cell from the edges {@link #sortEdges} found for it: its edges, reference point, sides. */
  private Cell child(Cell cell, int q, double w, double[] boxes, byte[] touches, byte[] near, int[] kept) {
    int level = cell.level() + 1;
    int x = 2 * cell.cx() + (q & 1);
    int y = 2 * cell.cy() + (q >> 1);
    double x0 = boxes[4 * q];
    double y0 = boxes[4 * q + 1];
    double x1 = boxes[4 * q + 2];
    double y1 = boxes[4 * q + 3];
    int[] ordinals = cell.ordinals();
    int[] starts = cell.starts();
    int[] ids = cell.edgeIds();
    int locals = ordinals.length;
    int keptGroups = 0;
    int keptEdges = 0;
    for (int i = 0; i < locals; i++) {
      int n = kept[4 * i + q];
      keptGroups += n > 0 ? 1 : 0;
      keptEdges += n;
    }
    int[] childOrdinals = ordinals;
    int[] childStarts = starts;
    int[] childIds = ids;
    if (keptEdges < ids.length) { // else the child keeps every edge (and group): the cell's arrays serve
      childOrdinals = new int[keptGroups];
      childStarts = new int[keptGroups + 1];
      childIds = new int[keptEdges];
      int bit = 1 << q;
      for (int i = 0, k = 0, n = 0; i < locals; i++) {
        if (kept[4 * i + q] > 0) {
          childOrdinals[k++] = ordinals[i];
          for (int j = starts[i], end = starts[i + 1]; j < end; j++) {
            if ((touches[j] & bit) != 0) {
              childIds[n++] = ids[j];
            }
          }
          childStarts[k] = n;
        }
      }
    }
    double rx = originX + (x + 0.5) * w;
    double ry = originY + (y + 0.5) * w;
    int[] sides = new int[locals];
    // the parent's reference point is usually its centre, a corner of every child: then the segment to the
    // child's reference point lies in the child, only the child's edges can cross it, and a group with none
    // keeps the parent's side
    double px = cell.rx();
    double py = cell.ry();
    boolean refInChild = px >= x0 && px <= x1 && py >= y0 && py <= y1;
    SplittableRandom random = null;
    for (int attempt = 0; ; attempt++) {
      boolean onEdge = false;
      double segMinX = Math.min(rx, px);
      double segMaxX = Math.max(rx, px);
      double segMinY = Math.min(ry, py);
      double segMaxY = Math.max(ry, py);
      for (int i = 0, k = 0; i < locals && !onEdge; i++) {
        boolean inside = cell.inside()[i];
        int n = kept[4 * i + q];
        int g = 4 * ordinals[i];
        if ((near[i] & (1 << q)) == 0) {
          sides[i] = CellTreeLocator.EXTERIOR;
        } else if ((refInChild && n == 0) || envelopes[g + 2] < segMinX || envelopes[g] > segMaxX
            || envelopes[g + 3] < segMinY || envelopes[g + 1] > segMaxY) {
          // no edge of the group meets the segment's box (see classify): the parent's side
          sides[i] = inside ? CellTreeLocator.INTERIOR : CellTreeLocator.EXTERIOR;
        } else if (refInChild) {
          sides[i] = classify(edges, childIds, childStarts[k], childStarts[k + 1], rx, ry, px, py, inside);
        } else {
          sides[i] = classify(edges, ids, starts[i], starts[i + 1], rx, ry, px, py, inside);
        }
        k += n > 0 ? 1 : 0;
        onEdge = sides[i] == CellTreeLocator.BOUNDARY;
      }
      if (!onEdge) {
        break;
      }
      if (attempt == 10_000) {
        throw new IllegalStateException("no reference point off the edges in cell " + x + ", " + y + " at level "
            + level);
      }
      // the centre lies on an edge: a seeded pseudo-random point of the cell instead
      random = random != null ? random : new SplittableRandom(((long) level << 58) ^ ((long) x << 29) ^ y);
      rx = originX + (x + 0.05 + 0.9 * random.nextDouble()) * w;
      ry = originY + (y + 0.05 + 0.9 * random.nextDouble()) * w;
    }
    boolean[] childInside = new boolean[keptGroups];
    int[] newlyFull = new int[locals];
    int fulls = 0;
    for (int i = 0, k = 0; i < locals; i++) {
      boolean inside = sides[i] == CellTreeLocator.INTERIOR;
      if (kept[4 * i + q] > 0) {
        childInside[k++] = inside;
      } else if (inside) {
        newlyFull[fulls++] = ordinals[i];
      }
    }
    return new Cell(level, x, y, rx, ry, childOrdinals, childStarts, childIds, childInside,
        merge(cell.full(), newlyFull, fulls));
  }

  /**
   * Writes a leaf and returns its tree slot: empty, a single full group, or a record (layout in
   * {@link CellTreeLocator}).
   */
  private int leaf(Part part, Cell cell) {
    part.leaves++;
    int[] ordinals = cell.ordinals();
    int[] starts = cell.starts();
    int[] ids = cell.edgeIds();
    int[] full = cell.full();
    if (ordinals.length == 0) {
      if (full.length == 0) {
        return CellTreeLocator.EMPTY;
      }
      if (full.length == 1) {
        return CellTreeLocator.singleLeaf(full[0]);
      }
    }
    int locals = ordinals.length;
    int passes = (locals + PASS_GROUPS - 1) / PASS_GROUPS;
    GrowingArray.Longs records = part.records;
    GrowingArray.Longs cold = part.cold;
    int offset = records.size();
    for (int k = 0; k < 8; k++) {
      records.add(passes == 0 ? 0 : CellTreeLocator.TESTS); // the sub-cell answers, filled in below
    }
    if (locals >= 1 << 28 || full.length >= 1 << 28) {
      throw new IllegalStateException("more than 2^28 groups in one cell");
    }
    records.add(CellTreeLocator.counts(locals, full.length, depth - cell.level()));
    int coldOffset = cold.size();
    records.add(coldOffset);
    for (int i = 0; i < locals + full.length; i += 2) {
      long lo = i < locals ? ordinals[i] : full[i - locals];
      long hi = i + 1 >= locals + full.length ? 0 : i + 1 < locals ? ordinals[i + 1] : full[i + 1 - locals];
      records.add((hi << 32) | (lo & 0xFFFFFFFFL));
    }
    cold.add(Double.doubleToRawLongBits(cell.rx()));
    cold.add(Double.doubleToRawLongBits(cell.ry()));
    // per pass: its distinct edges (ax, ay, bx, by, the lesser end first) and, per edge, the mask of the pass's
    // groups owning it
    for (int p = 0; p < passes; p++) {
      int from = p * PASS_GROUPS;
      int to = Math.min(locals, from + PASS_GROUPS);
      long refMask = 0;
      for (int i = from; i < to; i++) {
        refMask |= cell.inside()[i] ? 1L << (i - from) : 0;
      }
      int countAt = cold.size();
      cold.add(0); // the edge count, below
      cold.add(refMask);
      for (int i = from; i < to; i++) {
        for (int j = starts[i]; j < starts[i + 1]; j++) {
          int id = ids[j];
          double ax = edges[4 * id];
          double ay = edges[4 * id + 1];
          double bx = edges[4 * id + 2];
          double by = edges[4 * id + 3];
          boolean swap = bx < ax || (bx == ax && by < ay);
          cold.add(Double.doubleToRawLongBits(swap ? bx : ax));
          cold.add(Double.doubleToRawLongBits(swap ? by : ay));
          cold.add(Double.doubleToRawLongBits(swap ? ax : bx));
          cold.add(Double.doubleToRawLongBits(swap ? ay : by));
          cold.add(1L << (i - from));
        }
      }
      // one group has no edge twice (a valid area never has an edge twice); more may share edges
      int count = to - from == 1 ? (cold.size() - countAt - 2) / 5 : dedupe(cold, countAt + 2, part);
      cold.set(countAt, count);
    }
    if (passes == 1 && locals <= GRID_GROUPS) {
      fillGrid(records.array(), offset, cold.array(), coldOffset + 2, cell);
    }
    if (records.size() >= 1 << 30 || cold.size() >= Integer.MAX_VALUE - 64) {
      throw new IllegalStateException("cell tree records exceed 2^30 words: too many edges for one index");
    }
    return CellTreeLocator.generalLeaf(offset, 0);
  }

  /**
   * Fills in a boundary leaf's sub-cell answers: for each sub-cell that no edge of the leaf touches (grown by the
   * margin), which of the leaf's groups cover it. Two side-by-side sub-cells that no edge touches have the same
   * answer (the segment between their centres lies in them, so no edge crosses it), so the lookups' own test
   * runs once per connected run of such sub-cells, at one centre.
   */
  private void fillGrid(long[] rec, int offset, long[] cold, int pass, Cell cell) {
    int level = cell.level();
    double w = size / (1L << level);
    double x0 = originX + cell.cx() * w;
    double y0 = originY + cell.cy() * w;
    int side = 1 << Math.min(GRID_BITS, depth - level);
    double sw = w / side;
    int count = (int) cold[pass];
    long refMask = cold[pass + 1];
    int from = pass + 2;
    // sub-cells as the bits of a long, bit (sy << GRID_BITS) | sx, as their answers are laid out
    long free = 0; // the sub-cells that no edge touches
    for (int sy = 0; sy < side; sy++) {
      free |= ((1L << side) - 1) << (sy << GRID_BITS);
    }
    for (int k = 0, i = from; k < count; k++, i += 5) {
      double ax = Double.longBitsToDouble(cold[i]);
      double ay = Double.longBitsToDouble(cold[i + 1]);
      double bx = Double.longBitsToDouble(cold[i + 2]);
      double by = Double.longBitsToDouble(cold[i + 3]);
      // the sub-cells whose rectangles grown by the margin meet the edge's box, give or take rounding (sw is a
      // power of two and the margin at least 1e-6 m, so 1e-9 of a sub-cell more on each side covers it)
      int sx0 = clamp((int) Math.floor((Math.min(ax, bx) - margin - x0) / sw - 1e-9), side);
      int sx1 = clamp((int) Math.floor((Math.max(ax, bx) + margin - x0) / sw + 1e-9), side);
      int sy0 = clamp((int) Math.floor((Math.min(ay, by) - margin - y0) / sw - 1e-9), side);
      int sy1 = clamp((int) Math.floor((Math.max(ay, by) + margin - y0) / sw + 1e-9), side);
      for (int sy = sy0; sy <= sy1; sy++) {
        for (int sx = sx0; sx <= sx1; sx++) {
          long bit = 1L << ((sy << GRID_BITS) | sx);
          if ((free & bit) != 0 && mayTouch(ax, ay, bx, by, x0 + sx * sw - margin, y0 + sy * sw - margin,
              x0 + (sx + 1) * sw + margin, y0 + (sy + 1) * sw + margin)) {
            free &= ~bit;
          }
        }
      }
    }
    long[] answers = new long[8];
    Arrays.fill(answers, CellTreeLocator.TESTS);
    // the sub-cell holding the reference point (usually the leaf's centre, a corner of four): when no edge
    // touches it, the segment from its centre to the reference point meets no edge, and its run has the
    // reference point's answer without a test
    int rsx = clamp((int) Math.floor((cell.rx() - x0) / sw), side);
    int rsy = clamp((int) Math.floor((cell.ry() - y0) / sw), side);
    long refBit = 1L << ((rsy << GRID_BITS) | rsx);
    if ((free & refBit) != 0 && cell.rx() >= x0 + rsx * sw && cell.rx() <= x0 + (rsx + 1) * sw
        && cell.ry() >= y0 + rsy * sw && cell.ry() <= y0 + (rsy + 1) * sw) {
      long run = run(refBit, free);
      setAnswer(answers, run, (int) (refMask & 0xFFFFFFFFL));
      free &= ~run;
    }
    while (free != 0) {
      int start = Long.numberOfTrailingZeros(free);
      long sides = CellTreeLocator.classifyPass(cold, from, count, x0 + ((start & 7) + 0.5) * sw,
          y0 + ((start >> GRID_BITS) + 0.5) * sw, cell.rx(), cell.ry(), refMask);
      long run = run(1L << start, free);
      setAnswer(answers, run, (int) sides); // no edge in it: interior bits only, below TEST
      free &= ~run;
    }
    System.arraycopy(answers, 0, rec, offset, 8);
  }

  /** Columns 1..7 of the 8 × 8 sub-cell bits, and columns 0..6. */
  private static final long NOT_FIRST_COLUMN = 0xFEFEFEFEFEFEFEFEL;
  private static final long NOT_LAST_COLUMN = 0x7F7F7F7F7F7F7F7FL;

  /**
   * The run (4-connected) of free sub-cells around {@code seed}: two side-by-side sub-cells that no edge touches
   * have the same answer (the segment between their centres lies in them, so no edge crosses it).
   */
  private static long run(long seed, long free) {
    long run = seed;
    while (true) {
      long grown = (run | ((run << 1) & NOT_FIRST_COLUMN) | ((run >>> 1) & NOT_LAST_COLUMN) | (run << 8)
          | (run >>> 8)) & free;
      if (grown == run) {
        return run;
      }
      run = grown;
    }
  }

  /** Writes a sub-cell answer into the answer bytes of the sub-cells in {@code run} (byte b of word k: row k). */
  private static void setAnswer(long[] answers, long run, int answer) {
    for (long r = run; r != 0; r &= r - 1) {
      int b = Long.numberOfTrailingZeros(r);
      int shift = (b & 7) << 3;
      answers[b >> 3] = (answers[b >> 3] & ~(0xFFL << shift)) | ((long) (answer & 0xFF) << shift);
    }
  }

  private static int clamp(int v, int side) {
    return Math.max(0, Math.min(side - 1, v));
  }

  /**
   * Merges the equal edges of the pass written at {@code cold[from ..]} (5 words each, to the end), or-ing their
   * owner masks, and returns how many distinct edges remain there: the edges sorted by a hash of their coordinates,
   * so equal ones are neighbours, and compared in full within a run of equal hashes.
   */
  private static int dedupe(GrowingArray.Longs cold, int from, Part part) {
    long[] c = cold.array();
    int n = (cold.size() - from) / 5;
    long[] keys = part.keys(n);
    long[] copy = part.edgeCopy(5 * n);
    System.arraycopy(c, from, copy, 0, 5 * n);
    for (int i = 0; i < n; i++) {
      long h = copy[5 * i];
      h = h * 0x9E3779B97F4A7C15L + copy[5 * i + 1];
      h = h * 0x9E3779B97F4A7C15L + copy[5 * i + 2];
      h = h * 0x9E3779B97F4A7C15L + copy[5 * i + 3];
      h ^= h >>> 29;
      keys[i] = (h << 32) | i; // the hash's low 32 bits above the edge's index
    }
    Arrays.sort(keys, 0, n);
    int m = 0;
    int runStart = 0; // the first output edge of the current run of equal hashes
    for (int k = 0; k < n; k++) {
      int i = 5 * (int) keys[k];
      if (k == 0 || (keys[k] >>> 32) != (keys[k - 1] >>> 32)) {
        runStart = m;
      }
      int same = -1;
      for (int o = from + 5 * runStart; o < from + 5 * m && same < 0; o += 5) {
        if (c[o] == copy[i] && c[o + 1] == copy[i + 1] && c[o + 2] == copy[i + 2] && c[o + 3] == copy[i + 3]) {
          same = o;
        }
      }
      if (same >= 0) {
        c[same + 4] |= copy[i + 4]; // an edge two groups share (a valid area never has an edge twice)
        continue;
      }
      System.arraycopy(copy, i, c, from + 5 * m, 5);
      m++;
    }
    cold.truncate(from + 5 * m);
    return m;
  }

  /**
   * Where a point lies relative to one group, given a reference point in the same cell on none of the group's
   * edges and its side: on one of the edges {@code ids[from .. to - 1]}, or the reference side flipped once per
   * such edge crossing
   * the segment between the two points (see {@link CellTreeLocator#classifyPass}).
   */
  static int classify(double[] edges, int[] ids, int from, int to, double px, double py, double rx, double ry,
      boolean refInside) {
    boolean inside = refInside;
    double minX = Math.min(px, rx);
    double maxX = Math.max(px, rx);
    double minY = Math.min(py, ry);
    double maxY = Math.max(py, ry);
    for (int j = from; j < to; j++) {
      int i = ids[j] << 2;
      double ax = edges[i];
      double ay = edges[i + 1];
      double bx = edges[i + 2];
      double by = edges[i + 3];
      double eMinX = Math.min(ax, bx);
      double eMaxX = Math.max(ax, bx);
      double eMinY = Math.min(ay, by);
      double eMaxY = Math.max(ay, by);
      if (eMaxX < minX || eMinX > maxX || eMaxY < minY || eMinY > maxY) {
        continue;
      }
      if (px >= eMinX && px <= eMaxX && py >= eMinY && py <= eMaxY
          && CellTreeLocator.orientation(ax, ay, bx, by, px, py) == 0) {
        return CellTreeLocator.BOUNDARY;
      }
      boolean aLeft = CellTreeLocator.orientation(rx, ry, px, py, ax, ay) >= 0;
      boolean bLeft = CellTreeLocator.orientation(rx, ry, px, py, bx, by) >= 0;
      if (aLeft != bLeft) {
        int sideOfRef = CellTreeLocator.orientation(ax, ay, bx, by, rx, ry);
        int sideOfPoint = CellTreeLocator.orientation(ax, ay, bx, by, px, py);
        if (sideOfRef * sideOfPoint < 0) {
          inside = !inside;
        }
      }
    }
    return inside ? CellTreeLocator.INTERIOR : CellTreeLocator.EXTERIOR;
  }

  /** Whether an edge (ax, ay, bx, by) may touch the rectangle: conservative, never false for one that does. */
  private static boolean mayTouch(double ax, double ay, double bx, double by, double x0, double y0, double x1,
      double y1) {
    if (Math.max(ax, bx) < x0 || Math.min(ax, bx) > x1 || Math.max(ay, by) < y0 || Math.min(ay, by) > y1) {
      return false;
    }
    return mayCross(ax, ay, bx, by, x0, y0, x1, y1);
  }

  /**
   * Whether the line through an edge may meet the rectangle: false only when all four corners lie strictly on
   * one side of it. With the boxes meeting, the edge may touch the rectangle.
   */
  private static boolean mayCross(double ax, double ay, double bx, double by, double x0, double y0, double x1,
      double y1) {
    double dx = bx - ax;
    double dy = by - ay;
    double c00 = dx * (y0 - ay) - dy * (x0 - ax);
    double c10 = dx * (y0 - ay) - dy * (x1 - ax);
    double c01 = dx * (y1 - ay) - dy * (x0 - ax);
    double c11 = dx * (y1 - ay) - dy * (x1 - ax);
    return !((c00 > 0 && c10 > 0 && c01 > 0 && c11 > 0) || (c00 < 0 && c10 < 0 && c01 < 0 && c11 < 0));
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

  private static void fillJump(int[] jump, int[] tree, int jumpLevel, int slot, int level, int cx, int cy) {
    if (level == jumpLevel) {
      jump[(cy << jumpLevel) | cx] = slot;
    } else if (slot < 0) {
      slot = (~slot & 1) != 0 ? CellTreeLocator.withUp(slot, CellTreeLocator.UP_IN_RECORD) : slot;
      int span = 1 << (jumpLevel - level);
      for (int y = cy * span; y < (cy + 1) * span; y++) {
        Arrays.fill(jump, (y << jumpLevel) + cx * span, (y << jumpLevel) + (cx + 1) * span, slot);
      }
    } else {
      for (int q = 0; q < 4; q++) {
        fillJump(jump, tree, jumpLevel, tree[slot + q], level + 1, 2 * cx + (q & 1), 2 * cy + (q >> 1));
      }
    }
  }
}
