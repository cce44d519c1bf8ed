package nl.dekking.index;

import java.util.stream.IntStream;

/**
 * Orders a batch of points along the Z-order curve of a {@link CellTreeLocator}'s jump-table cells, so that
 * consecutive lookups touch the same cells, edges and cache lines.
 *
 * <p><b>Algorithm.</b> A counting sort on the cell keys (O(n + cells)), histograms and scatter split over every
 * core. Below {@value #MIN_POINTS} points, or with fewer points than a quarter of the cells, reordering does not
 * pay off and the identity order is returned.
 *
 * <p>Stateless; thread-safe.
 */
final class CurveOrder {

  /** Smaller batches are looked up in the order given. */
  static final int MIN_POINTS = 1 << 16;

  private CurveOrder() {
  }

  /** A permutation of {@code 0 .. xs.length - 1}: the order in which to look the points up. */
  static int[] of(CellTreeLocator locator, double[] xs, double[] ys) {
    int n = xs.length;
    int buckets = locator.curveKeys();
    if (n < MIN_POINTS || n < buckets / 4) {
      return identity(n);
    }
    int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), n / MIN_POINTS));
    int[] keys = new int[n];
    int[][] counts = new int[parts][buckets];
    IntStream.range(0, parts).parallel().forEach(p -> {
      int[] count = counts[p];
      for (int i = from(p, parts, n), end = from(p + 1, parts, n); i < end; i++) {
        int k = locator.curveKey(xs[i], ys[i]);
        keys[i] = k;
        count[k]++;
      }
    });
    // counts[p][k] becomes where part p writes its first point of bucket k
    int at = 0;
    for (int k = 0; k < buckets; k++) {
      for (int p = 0; p < parts; p++) {
        int c = counts[p][k];
        counts[p][k] = at;
        at += c;
      }
    }
    int[] order = new int[n];
    IntStream.range(0, parts).parallel().forEach(p -> {
      int[] next = counts[p];
      for (int i = from(p, parts, n), end = from(p + 1, parts, n); i < end; i++) {
        order[next[keys[i]]++] = i;
      }
    });
    return order;
  }

  private static int from(int part, int parts, int n) {
    return (int) ((long) n * part / parts);
  }

  static int[] identity(int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    return order;
  }
}
