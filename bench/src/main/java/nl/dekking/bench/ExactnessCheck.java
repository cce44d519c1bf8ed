package nl.dekking.bench;

/**
 * Checks, before anything is timed, that an implementation gives exactly the reference answers on a
 * benchmark's own points; a benchmark of wrong answers would be worthless.
 */
final class ExactnessCheck {

  private ExactnessCheck() {
  }

  /**
   * Compares {@code candidate} with {@code reference} on the first {@code limit} points.
   *
   * @throws IllegalStateException naming the first point where they differ
   */
  static void requireSameAnswers(String what, PointLocator candidate, PointLocator reference, double[] xs,
      double[] ys, int limit) {
    int n = Math.min(limit, xs.length);
    for (int i = 0; i < n; i++) {
      int expected = reference.locate(xs[i], ys[i]);
      int actual = candidate.locate(xs[i], ys[i]);
      if (actual != expected) {
        throw new IllegalStateException(what + ": point " + i + " (" + xs[i] + ", " + ys[i] + ") located in group "
            + actual + ", the JTS reference says " + expected);
      }
    }
  }
}
