package nl.dekking.index;

import java.util.stream.IntStream;

/**
 * The order in which to look up a batch of points: along the Z-order curve of a {@link CellTreeLocator}'s cells,
 * so that consecutive lookups touch the same cells, edges and cache lines. Each point carries an id (its index in
 * the caller's batch); holds the ids and the coordinates copied into that order, so the lookups read memory
 * sequentially.
 *
 * <p><b>Algorithm.</b> A counting sort on cell keys of at most {@value #MAX_LEVEL} levels (at most 1,024 coarse
 * cells: few enough that the scatter's write streams stay in cache, fine enough that one cell's part of the
 * index does too), O(n + cells); histograms and scatter are split over every core. Below {@value #MIN_POINTS}
 * points reordering does not pay off and the points keep their order, uncopied.
 *
 * <p>Immutable once built; built by one call, which uses every core.
 */
final class CurveOrder {

  /** Smaller batches are looked up in the order given. */
  static final int MIN_POINTS = 1 << 16;

  /** The finest curve level used for ordering. */
  static final int MAX_LEVEL = 5;

  private final int[] ids;
  private final double[] xs;
  private final double[] ys;

  private CurveOrder(int[] ids, double[] xs, double[] ys) {
    this.ids = ids;
    this.xs = xs;
    this.ys = ys;
  }

  /** The points in their given order. */
  static CurveOrder identity(double[] xs, double[] ys, int[] ids) {
    return new CurveOrder(ids, xs, ys);
  }

  /** The id of the point visited {@code t}-th. */
  int idAt(int t) {
    return ids[t];
  }

  /** The x coordinates in visiting order. */
  double[] xs() {
    return xs;
  }

  /** The y coordinates in visiting order. */
  double[] ys() {
    return ys;
  }

  /** Orders points {@code (xs[i], ys[i])} with ids {@code ids[i]}; the arrays are not changed. */
  static CurveOrder of(CellTreeLocator locator, double[] xs, double[] ys, int[] ids) {
    int n = xs.length;
    if (n < MIN_POINTS) {
      return identity(xs, ys, ids);
    }
    int level = Math.min(MAX_LEVEL, locator.curveLevel());
    int buckets = 1 << (2 * level);
    int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), n / MIN_POINTS));
    int[][] counts = new int[parts][buckets];
    IntStream.range(0, parts).parallel().forEach(p -> {
      int[] count = counts[p];
      for (int i = from(p, parts, n), end = from(p + 1, parts, n); i < end; i++) {
        count[locator.curveKey(xs[i], ys[i], level)]++;
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
    int[] sortedIds = new int[n];
    double[] sortedX = new double[n];
    double[] sortedY = new double[n];
    IntStream.range(0, parts).parallel().forEach(p -> {
      int[] next = counts[p];
      for (int i = from(p, parts, n), end = from(p + 1, parts, n); i < end; i++) {
        int t = next[locator.curveKey(xs[i], ys[i], level)]++; // recomputed: cheaper than a key array
        sortedIds[t] = ids[i];
        sortedX[t] = xs[i];
        sortedY[t] = ys[i];
      }
    });
    return new CurveOrder(sortedIds, sortedX, sortedY);
  }

  private static int from(int part, int parts, int n) {
    return (int) ((long) n * part / parts);
  }
}
