package nl.dekking.index;

import java.util.Arrays;
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

  private static final int CHUNK = 8192;

  private final int[] firsts; // lowest covering ordinal of each point, or NONE
  private final int[] multiPoints; // ascending indexes of the points covered by several groups
  private final int[] multiOffsets; // multiPoints[j] is covered by multiOrdinals[multiOffsets[j] .. multiOffsets[j+1])
  private final int[] multiOrdinals;
  private final int[] perGroup;
  private final int uncovered;
  private final int coveredByMultiple;

  private Assignment(int[] firsts, int[] multiPoints, int[] multiOffsets, int[] multiOrdinals, int groupCount) {
    this.firsts = firsts;
    this.multiPoints = multiPoints;
    this.multiOffsets = multiOffsets;
    this.multiOrdinals = multiOrdinals;
    this.perGroup = new int[groupCount];
    int none = 0;
    for (int f : firsts) {
      if (f == CoverageIndex.NONE) {
        none++;
      } else {
        perGroup[f]++;
      }
    }
    for (int k = 0; k < multiPoints.length; k++) {
      for (int o = multiOffsets[k] + 1; o < multiOffsets[k + 1]; o++) {
        perGroup[multiOrdinals[o]]++; // the first ordinal is counted above
      }
    }
    this.uncovered = none;
    this.coveredByMultiple = multiPoints.length;
  }

  /**
   * Looks every point up, in the index's preferred order (along a space-filling curve for large batches), split
   * into chunks over every core. Writes the lowest covering ordinal per point; points in overlaps are collected
   * per chunk into the side table.
   */
  static Assignment compute(CoverageIndex index, double[] xs, double[] ys) {
    int n = xs.length;
    int groups = index.size();
    CurveOrder visit = index.visitOrder(xs, ys);
    int chunks = (n + CHUNK - 1) / CHUNK;
    int[][] overlaps = new int[chunks][];
    int[] firsts = new int[n];
    IntStream.range(0, chunks).parallel().forEach(c -> {
      int from = c * CHUNK;
      int to = Math.min(n, from + CHUNK);
      int[] buffer = new int[Math.max(1, groups)];
      int[] local = new int[0]; // (point, count, ordinals...) of points covered by several groups
      int used = 0;
      int[] cells = new int[2 * CoverageIndex.Locator.BLOCK];
      double[] touched = new double[CoverageIndex.Locator.BLOCK];
      for (int t = from; t < to; t++) {
        int j = (t - from) % CoverageIndex.Locator.BLOCK;
        if (j == 0) {
          index.resolve(visit.xs(), visit.ys(), t, Math.min(to, t + CoverageIndex.Locator.BLOCK), cells, touched);
        }
        int k = index.locateIn(cells[j], visit.x(t), visit.y(t), buffer);
        int i = visit.pointAt(t);
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
    return new Assignment(firsts, multiPoints, multiOffsets, multiOrdinals, groups);
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
