package nl.dekking.index;

/**
 * Diagnostics of a {@link CoverageIndex} for benchmarks and tuning: how much of a batch of points the index
 * answers without any geometry test, and what it holds. Not needed to use the index.
 */
public final class IndexProfile {

  private IndexProfile() {
  }

  /**
   * The share (0..1) of these points whose lookup needs an exact geometry test (an orientation test against an
   * edge); the rest are answered from the tree alone.
   */
  public static double geometryTestShare(CoverageIndex index, double[] xs, double[] ys) {
    if (!(index.locator() instanceof CellTreeLocator tree) || xs.length == 0) {
      return 1;
    }
    long tested = 0;
    for (int i = 0; i < xs.length; i++) {
      tested += tree.needsGeometryTest(xs[i], ys[i]) ? 1 : 0;
    }
    return (double) tested / xs.length;
  }

  /** A line on the index's structure and approximate size. */
  public static String describe(CoverageIndex index) {
    return index.locator().toString();
  }
}
