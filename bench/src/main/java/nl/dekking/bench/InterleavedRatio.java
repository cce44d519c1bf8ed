package nl.dekking.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import nl.dekking.model.Group;

/**
 * A cross-check of {@link LocateBenchmark}'s ratios on a shared, loaded machine: one thread alternates short
 * slices of Dekking and JTS STRtree + PreparedGeometry lookups over the same points (random order) and times
 * each slice in thread CPU time, so time the thread spends descheduled by other processes counts for neither.
 * Prints, per layout, the median time per lookup of each and the median of the per-round ratios. Not a JMH
 * benchmark: run it with {@code java -cp bench/target/benchmarks.jar nl.dekking.bench.InterleavedRatio LAYOUT...}.
 */
public final class InterleavedRatio {

  private static final int ROUNDS = 40;
  private static final int WARM_ROUNDS = 10;
  private static final int DEKKING_SLICE = 200_000;
  private static final int JTS_SLICE = 10_000;

  private InterleavedRatio() {
  }

  public static void main(String[] args) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (String name : args) {
      Layout layout = Layout.valueOf(name);
      List<Group> groups = layout.groups();
      double[][] points = layout.households(LocateBenchmark.POINTS, 7L * layout.size());
      double[] xs = points[0];
      double[] ys = points[1];
      PointLocator jts = Implementation.JTS_STRTREE_PREPARED.create(groups);
      PointLocator dekking = Implementation.DEKKING.create(groups);
      ExactnessCheck.requireSameAnswers("DEKKING on " + layout, dekking, jts, xs, ys, 200_000);
      int mask = xs.length - 1;
      int d = 0;
      int j = 0;
      long sum = 0;
      int measured = ROUNDS - WARM_ROUNDS;
      double[] dekkingNs = new double[measured];
      double[] jtsNs = new double[measured];
      double[] ratios = new double[measured];
      for (int round = 0; round < ROUNDS; round++) {
        long start = threads.getCurrentThreadCpuTime();
        for (int k = 0; k < DEKKING_SLICE; k++, d = (d + 1) & mask) {
          sum += dekking.locate(xs[d], ys[d]);
        }
        long middle = threads.getCurrentThreadCpuTime();
        for (int k = 0; k < JTS_SLICE; k++, j = (j + 1) & mask) {
          sum += jts.locate(xs[j], ys[j]);
        }
        long end = threads.getCurrentThreadCpuTime();
        if (round >= WARM_ROUNDS) {
          int r = round - WARM_ROUNDS;
          dekkingNs[r] = (middle - start) / (double) DEKKING_SLICE;
          jtsNs[r] = (end - middle) / (double) JTS_SLICE;
          ratios[r] = jtsNs[r] / dekkingNs[r];
        }
      }
      Arrays.sort(dekkingNs);
      Arrays.sort(jtsNs);
      Arrays.sort(ratios);
      System.out.printf("%-16s DEKKING %7.1f ns  JTS_STRTREE_PREPARED %8.1f ns  ratio %5.1fx (rounds %.1f-%.1fx)"
          + "  [checksum %d]%n", layout, dekkingNs[measured / 2], jtsNs[measured / 2], ratios[measured / 2],
          ratios[measured / 4], ratios[3 * measured / 4], sum);
    }
  }
}
