package nl.dekking.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import nl.dekking.model.Group;

/**
 * A cross-check of {@link BuildBenchmark}'s ratios on a shared, loaded machine: builds Dekking's index and JTS
 * STRtree + PreparedGeometry over the same groups in alternation, in one JVM, and times each build in the CPU time
 * of all the JVM's threads (Dekking's build runs on every core, JTS's on one; time a thread spends descheduled by
 * other processes counts for neither). Prints, per layout, the median CPU time and wall time per build of each,
 * the median of the per-round CPU-time ratios, and that ratio halved: the wall-time ratio two idle cores would
 * give if Dekking kept both busy. Not a JMH benchmark: run it with
 * {@code java -cp bench/target/benchmarks.jar nl.dekking.bench.BuildCpuTime LAYOUT...}.
 */
public final class BuildCpuTime {

  private static final int ROUNDS = 30;
  private static final int WARM_ROUNDS = 10;
  /** Builds per round and implementation at least, and until this many nanoseconds of wall time have passed. */
  private static final long SLICE_NANOS = 300_000_000L;

  private BuildCpuTime() {
  }

  public static void main(String[] args) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (String name : args) {
      Layout layout = Layout.valueOf(name);
      List<Group> groups = layout.groups();
      int measured = ROUNDS - WARM_ROUNDS;
      double[] dekkingCpu = new double[measured];
      double[] dekkingWall = new double[measured];
      double[] jtsCpu = new double[measured];
      double[] jtsWall = new double[measured];
      double[] ratios = new double[measured];
      long sum = 0;
      for (int round = 0; round < ROUNDS; round++) {
        double[] dekking = slice(threads, Implementation.DEKKING, groups);
        double[] jts = slice(threads, Implementation.JTS_STRTREE_PREPARED, groups);
        sum += (long) dekking[2] + (long) jts[2];
        if (round >= WARM_ROUNDS) {
          int r = round - WARM_ROUNDS;
          dekkingCpu[r] = dekking[0];
          dekkingWall[r] = dekking[1];
          jtsCpu[r] = jts[0];
          jtsWall[r] = jts[1];
          ratios[r] = dekking[0] / jts[0];
        }
      }
      double ratio = median(ratios);
      System.out.printf("%-15s DEKKING cpu %8.2f ms wall %8.2f ms  JTS_STRTREE_PREPARED cpu %8.2f ms wall %8.2f ms"
              + "  cpu ratio %.2fx (rounds %.2f-%.2fx), /2 cores %.2fx  [builds %d]%n", layout, median(dekkingCpu),
          median(dekkingWall), median(jtsCpu), median(jtsWall), ratio, min(ratios), max(ratios), ratio / 2, sum);
    }
  }

  /** Builds repeatedly for a slice; returns {cpu ms per build, wall ms per build, builds}. */
  private static double[] slice(ThreadMXBean threads, Implementation implementation, List<Group> groups) {
    long cpuStart = allThreadsCpu(threads);
    long wallStart = System.nanoTime();
    int builds = 0;
    Object built = null;
    do {
      built = implementation.create(groups);
      builds++;
    } while (System.nanoTime() - wallStart < SLICE_NANOS);
    long wall = System.nanoTime() - wallStart;
    long cpu = allThreadsCpu(threads) - cpuStart;
    if (built == null) {
      throw new IllegalStateException("no index built for " + implementation);
    }
    return new double[] {cpu / 1e6 / builds, wall / 1e6 / builds, builds};
  }

  /** CPU time of every live thread of this JVM, the fork-join workers, compiler and GC threads included. */
  private static long allThreadsCpu(ThreadMXBean threads) {
    long total = 0;
    for (long id : threads.getAllThreadIds()) {
      long t = threads.getThreadCpuTime(id);
      total += Math.max(0, t);
    }
    return total;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double min(double[] values) {
    return Arrays.stream(values).min().orElseThrow();
  }

  private static double max(double[] values) {
    return Arrays.stream(values).max().orElseThrow();
  }
}
