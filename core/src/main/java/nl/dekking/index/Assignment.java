package nl.dekking.index;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Which groups cover each of a batch of points (households), as computed by {@link CoverageIndex#assign}. Point
 * {@code i} is the {@code i}-th household or coordinate given. Every point is exactly one of uncovered, covered by
 * one group, or covered by several.
 *
 * <p>Stored compactly (offsets into one array of ordinals). Immutable and thread-safe.
 */
public final class Assignment {

  private static final int CHUNK = 8192;

  private final int[] offsets; // point i covers ordinals[offsets[i] .. offsets[i+1])
  private final int[] ordinals;
  private final int[] perGroup;
  private final int uncovered;
  private final int coveredByOne;
  private final int coveredByMultiple;

  private Assignment(int[] offsets, int[] ordinals, int groupCount) {
    this.offsets = offsets;
    this.ordinals = ordinals;
    this.perGroup = new int[groupCount];
    int none = 0;
    int one = 0;
    int many = 0;
    for (int i = 0; i + 1 < offsets.length; i++) {
      int c = offsets[i + 1] - offsets[i];
      if (c == 0) {
        none++;
      } else if (c == 1) {
        one++;
      } else {
        many++;
      }
      for (int k = offsets[i]; k < offsets[i + 1]; k++) {
        perGroup[ordinals[k]]++;
      }
    }
    this.uncovered = none;
    this.coveredByOne = one;
    this.coveredByMultiple = many;
  }

  /**
   * Looks every point up, in the index's preferred order (along a space-filling curve for large batches), split
   * into chunks over every core. Points covered by one group, the common case, need no buffer beyond two int
   * arrays; points in overlaps are collected per chunk.
   */
  static Assignment compute(CoverageIndex index, double[] xs, double[] ys) {
    int n = xs.length;
    int groups = index.size();
    int[] order = index.visitOrder(xs, ys);
    int chunks = (n + CHUNK - 1) / CHUNK;
    int[][] overlaps = new int[chunks][];
    int[] counts = new int[n];
    int[] firsts = new int[n];
    IntStream.range(0, chunks).parallel().forEach(c -> {
      int from = c * CHUNK;
      int to = Math.min(n, from + CHUNK);
      int[] buffer = new int[Math.max(1, groups)];
      int[] local = new int[16]; // (point, ordinals...) of points covered by several groups
      int used = 0;
      for (int t = from; t < to; t++) {
        int i = order[t];
        int k = index.locateInto(xs[i], ys[i], buffer);
        counts[i] = k;
        firsts[i] = k == 0 ? CoverageIndex.NONE : buffer[0];
        if (k > 1) {
          if (used + k + 1 > local.length) {
            local = Arrays.copyOf(local, Math.max(local.length * 2, used + k + 1));
          }
          local[used++] = i;
          System.arraycopy(buffer, 0, local, used, k);
          used += k;
        }
      }
      overlaps[c] = Arrays.copyOf(local, used);
    });
    int[] offsets = new int[n + 1];
    for (int i = 0; i < n; i++) {
      offsets[i + 1] = offsets[i] + counts[i];
    }
    int[] ordinals = new int[offsets[n]];
    for (int i = 0; i < n; i++) {
      if (counts[i] == 1) {
        ordinals[offsets[i]] = firsts[i];
      }
    }
    for (int[] list : overlaps) {
      for (int k = 0; k < list.length; ) {
        int i = list[k++];
        System.arraycopy(list, k, ordinals, offsets[i], counts[i]);
        k += counts[i];
      }
    }
    return new Assignment(offsets, ordinals, groups);
  }

  /** The number of points assigned. */
  public int size() {
    return offsets.length - 1;
  }

  /** How many groups cover point {@code i}: 0, 1 or more. */
  public int coveringCount(int i) {
    return offsets[i + 1] - offsets[i];
  }

  /** The lowest ordinal covering point {@code i}, or {@link CoverageIndex#NONE}. */
  public int firstGroup(int i) {
    return offsets[i + 1] == offsets[i] ? CoverageIndex.NONE : ordinals[offsets[i]];
  }

  /** The ordinals of every group covering point {@code i}, ascending; empty when uncovered. */
  public int[] groupsOf(int i) {
    return Arrays.copyOfRange(ordinals, offsets[i], offsets[i + 1]);
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
    return coveredByOne;
  }

  /** Points covered by two or more groups. */
  public int coveredByMultiple() {
    return coveredByMultiple;
  }

  /** Points covered by at least one group. */
  public int covered() {
    return coveredByOne + coveredByMultiple;
  }

  @Override
  public String toString() {
    return "Assignment[" + size() + " points: " + uncovered + " uncovered, " + coveredByOne + " by one group, "
        + coveredByMultiple + " by several]";
  }
}
