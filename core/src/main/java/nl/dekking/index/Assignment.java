package nl.dekking.index;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Which groups cover each of a batch of points (households), as computed by {@link CoverageIndex#assign}. Point
 * {@code i} is the {@code i}-th household or coordinate given. Every point is exactly one of uncovered, covered by
 * one group, or covered by several.
 *
 * <p>Stored compactly: the lowest covering ordinal per point, and for the few points covered by several groups
 * (overlaps) a sorted side table of their ordinals, found by binary search. Immutable and thread-safe.
 */
public final class Assignment {

  private static final int MIN_CHUNK = 4096;
  private static final int MAX_CHUNK = 1 << 16;

  private final int[] firsts; // lowest covering ordinal of each point, or NONE
  private final int[] multiPoints; // ascending indexes of the points covered by several groups
  private final int[] multiOffsets; // multiPoints[j] is covered by multiOrdinals[multiOffsets[j] .. multiOffsets[j+1])
  private final int[] multiOrdinals;
  private final int[] perGroup;
  private final int uncovered;
  private final int coveredByMultiple;

  private final int fullLookups;

  private Assignment(int[] firsts, int[] multiPoints, int[] multiOffsets, int[] multiOrdinals, int groupCount,
      int fullLookups) {
    this.firsts = firsts;
    this.multiPoints = multiPoints;
    this.multiOffsets = multiOffsets;
    this.multiOrdinals = multiOrdinals;
    this.fullLookups = fullLookups;
    int chunk = chunkSize(firsts.length);
    int chunks = (firsts.length + chunk - 1) / chunk;
    int[][] counts = new int[chunks][]; // per chunk: uncovered points, then points per ordinal
    IntStream.range(0, chunks).parallel().forEach(c -> {
      int[] count = new int[groupCount + 1];
      for (int i = c * chunk, end = Math.min(firsts.length, i + chunk); i < end; i++) {
        count[firsts[i] + 1]++; // NONE is -1
      }
      counts[c] = count;
    });
    int[] total = new int[groupCount + 1];
    for (int[] count : counts) {
      for (int g = 0; g <= groupCount; g++) {
        total[g] += count[g];
      }
    }
    this.perGroup = Arrays.copyOfRange(total, 1, groupCount + 1);
    for (int k = 0; k < multiPoints.length; k++) {
      for (int o = multiOffsets[k] + 1; o < multiOffsets[k + 1]; o++) {
        perGroup[multiOrdinals[o]]++; // the first ordinal is counted above
      }
    }
    this.uncovered = total[0];
    this.coveredByMultiple = multiPoints.length;
  }

  /**
   * Looks every point up in two stages, each split into chunks over every core. The first reads the answer of
   * every point's jump cell or walks the index's tree for it, in the given order, and answers each one that needs
   * no geometry test and is covered by at most one group (nearly all of them); the second gathers the rest,
   * orders them along the index's space-filling curve when there are enough to pay off, and runs the full
   * lookup on them. Writes the lowest covering ordinal per point; points in overlaps are collected per chunk into
   * the side table.
   */
  static Assignment compute(CoverageIndex index, double[] xs, double[] ys) {
    int n = xs.length;
    int groups = index.size();
    CoverageIndex.Locator locator = index.locator();
    int chunk = chunkSize(n);
    int chunks = (n + chunk - 1) / chunk;
    int[] firsts = new int[n];
    int[][] deferredByChunk = new int[chunks][];
    IntStream.range(0, chunks).parallel().forEach(c -> {
      int from = c * chunk;
      int to = Math.min(n, from + chunk);
      int[] deferred = new int[to - from];
      int d = locator.answerShallow(xs, ys, from, to, firsts, deferred);
      deferredByChunk[c] = Arrays.copyOf(deferred, d);
    });
    int[] start = new int[chunks + 1];
    for (int c = 0; c < chunks; c++) {
      start[c + 1] = start[c] + deferredByChunk[c].length;
    }
    int deferredCount = start[chunks];
    double[] deferredX = new double[deferredCount];
    double[] deferredY = new double[deferredCount];
    int[] deferredPoint = new int[deferredCount];
    IntStream.range(0, chunks).parallel().forEach(c -> {
      int at = start[c];
      for (int i : deferredByChunk[c]) {
        deferredX[at] = xs[i];
        deferredY[at] = ys[i];
        deferredPoint[at++] = i;
      }
    });
    CurveOrder visit = locator.visitOrder(deferredX, deferredY, deferredPoint);
    int deferredChunk = chunkSize(deferredCount);
    int deferredChunks = (deferredCount + deferredChunk - 1) / deferredChunk;
    int[][] overlaps = new int[deferredChunks][];
    IntStream.range(0, deferredChunks).parallel().forEach(c -> {
      int from = c * deferredChunk;
      int to = Math.min(deferredCount, from + deferredChunk);
      int[] buffer = new int[Math.max(1, groups)];
      int[] local = new int[0]; // (point, count, ordinals...) of points covered by several groups
      int used = 0;
      double[] vx = visit.xs();
      double[] vy = visit.ys();
      for (int t = from; t < to; t++) {
        int k = locator.all(vx[t], vy[t], buffer);
        int i = visit.idAt(t);
        firsts[i] = k == 0 ? CoverageIndex.NONE : buffer[0];
        if (k > 1) {
          if (used + k + 2 > local.length) {
            local = Arrays.copyOf(local, Math.max(local.length * 2, used + k + 2));
          }
          local[used++] = i;
          local[used++] = k;
          System.arraycopy(buffer, 0, local, used, k);
          used += k;
        }
      }
      overlaps[c] = Arrays.copyOf(local, used);
    });
    int multi = 0;
    int multiTotal = 0;
    for (int[] list : overlaps) {
      for (int k = 0; k < list.length; k += 2 + list[k + 1]) {
        multi++;
        multiTotal += list[k + 1];
      }
    }
    long[] byPoint = new long[multi]; // point << 32 | position of its record
    int[][] lists = new int[multi][];
    int m = 0;
    for (int[] list : overlaps) {
      for (int k = 0; k < list.length; k += 2 + list[k + 1]) {
        lists[m] = Arrays.copyOfRange(list, k + 2, k + 2 + list[k + 1]);
        byPoint[m] = ((long) list[k] << 32) | m;
        m++;
      }
    }
    Arrays.sort(byPoint);
    int[] multiPoints = new int[multi];
    int[] multiOffsets = new int[multi + 1];
    int[] multiOrdinals = new int[multiTotal];
    for (int j = 0; j < multi; j++) {
      multiPoints[j] = (int) (byPoint[j] >>> 32);
      int[] ordinals = lists[(int) byPoint[j]];
      System.arraycopy(ordinals, 0, multiOrdinals, multiOffsets[j], ordinals.length);
      multiOffsets[j + 1] = multiOffsets[j] + ordinals.length;
    }
    return new Assignment(firsts, multiPoints, multiOffsets, multiOrdinals, groups, deferredCount);
  }

  /**
   * This assignment on a part of its map ({@link CoverageMap#part}): each ordinal {@code o} becomes
   * {@code ordinals[o]}. The part must hold every group covering a point, and the mapping must keep the order of
   * ordinals (both maps number groups in id order), so the lowest covering ordinal stays the lowest. With these,
   * the answer is the part's own index's answer: the shared-boundary rule picks the lowest id among the covering
   * groups, which are all in the part.
   *
   * @param ordinals per ordinal of this assignment's map, the part's ordinal, or {@link CoverageIndex#NONE}
   * @param groupCount the number of groups in the part
   * @throws IllegalArgumentException when a point is covered by a group the part does not hold
   */
  public Assignment onto(int[] ordinals, int groupCount) {
    int[] partFirsts = new int[firsts.length];
    for (int i = 0; i < firsts.length; i++) {
      int o = firsts[i];
      partFirsts[i] = o == CoverageIndex.NONE ? CoverageIndex.NONE : part(ordinals, o, i);
    }
    int[] partOrdinals = new int[multiOrdinals.length];
    for (int j = 0; j < multiPoints.length; j++) {
      for (int k = multiOffsets[j]; k < multiOffsets[j + 1]; k++) {
        partOrdinals[k] = part(ordinals, multiOrdinals[k], multiPoints[j]);
        if (k > multiOffsets[j] && partOrdinals[k] <= partOrdinals[k - 1]) {
          throw new IllegalArgumentException("the part's ordinals do not keep the order of the map's: "
              + multiOrdinals[k - 1] + " and " + multiOrdinals[k] + " become " + partOrdinals[k - 1] + " and "
              + partOrdinals[k]);
        }
      }
    }
    return new Assignment(partFirsts, multiPoints, multiOffsets, partOrdinals, groupCount, fullLookups);
  }

  private static int part(int[] ordinals, int ordinal, int point) {
    int o = ordinals[ordinal];
    if (o == CoverageIndex.NONE) {
      throw new IllegalArgumentException("point " + point + " is covered by group ordinal " + ordinal
          + ", which the part does not hold");
    }
    return o;
  }

  /** Chunks of a few thousand points, about eight per core, so the cores share the work evenly. */
  private static int chunkSize(int n) {
    int parallelism = Math.max(1, ForkJoinPool.getCommonPoolParallelism() + 1);
    return Math.max(MIN_CHUNK, Math.min(MAX_CHUNK, n / (8 * parallelism) + 1));
  }

  /** How many points needed the full lookup (a geometry test, or an overlap): for tests. */
  int fullLookups() {
    return fullLookups;
  }

  /** The number of points assigned. */
  public int size() {
    return firsts.length;
  }

  /** How many groups cover point {@code i}: 0, 1 or more. */
  public int coveringCount(int i) {
    if (firsts[i] == CoverageIndex.NONE) {
      return 0;
    }
    int j = Arrays.binarySearch(multiPoints, i);
    return j < 0 ? 1 : multiOffsets[j + 1] - multiOffsets[j];
  }

  /** The lowest ordinal covering point {@code i}, or {@link CoverageIndex#NONE}. */
  public int firstGroup(int i) {
    return firsts[i];
  }

  /** The ordinals of every group covering point {@code i}, ascending; empty when uncovered. */
  public int[] groupsOf(int i) {
    if (firsts[i] == CoverageIndex.NONE) {
      return new int[0];
    }
    int j = Arrays.binarySearch(multiPoints, i);
    return j < 0 ? new int[] {firsts[i]} : Arrays.copyOfRange(multiOrdinals, multiOffsets[j], multiOffsets[j + 1]);
  }

  /** The number of points each group covers, indexed by ordinal; a point covered by two groups counts for both. */
  public int[] householdsPerGroup() {
    return perGroup.clone();
  }

  /** The number of points group {@code ordinal} covers. */
  public int householdsOf(int ordinal) {
    return perGroup[ordinal];
  }

  /** Points covered by no group. */
  public int uncovered() {
    return uncovered;
  }

  /** Points covered by exactly one group. */
  public int coveredByOne() {
    return firsts.length - uncovered - coveredByMultiple;
  }

  /** Points covered by two or more groups. */
  public int coveredByMultiple() {
    return coveredByMultiple;
  }

  /** Points covered by at least one group. */
  public int covered() {
    return firsts.length - uncovered;
  }

  @Override
  public String toString() {
    return "Assignment[" + size() + " points: " + uncovered + " uncovered, " + coveredByOne() + " by one group, "
        + coveredByMultiple + " by several]";
  }
}
