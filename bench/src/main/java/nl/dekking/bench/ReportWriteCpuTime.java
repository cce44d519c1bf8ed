package nl.dekking.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.analysis.Language;
import nl.dekking.report.ReportWriter;
import nl.dekking.report.html.HtmlReport;
import nl.dekking.report.map.MapBackground;

/**
 * A cross-check of {@link ReportWriteBenchmark} when other processes load the machine (a main, not JMH): writes the
 * report of {@link AnalysisBenchmark}'s seeded town over and over on one thread and prints the median thread CPU
 * time of a whole report folder ({@code write}) and of the page and its map alone ({@code render}), which time
 * spent descheduled does not inflate.
 *
 * <pre>{@code java -cp bench/target/benchmarks.jar nl.dekking.bench.ReportWriteCpuTime 3000 25000}</pre>
 */
public final class ReportWriteCpuTime {

  private static final int WARMUP = 15;
  private static final int MEASURED = 25;

  private ReportWriteCpuTime() {
  }

  public static void main(String[] args) throws IOException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (String arg : args.length == 0 ? new String[] {"3000", "25000"} : args) {
      AnalysisBenchmark town = new AnalysisBenchmark();
      town.households = Integer.parseInt(arg);
      town.groups = 60;
      town.setUp();
      CoverageReport report = town.analyse();
      LocalDate day = LocalDate.of(2026, 11, 30);
      ReportWriter writer = ReportWriter.of(Language.NL).withTitle("Benchdorp").withDate(day);
      Path root = Files.createTempDirectory("dekking-report-cpu");
      Path target = root.resolve("rapport");
      long[] write = new long[MEASURED];
      long[] render = new long[MEASURED];
      for (int i = -WARMUP; i < MEASURED; i++) {
        long t0 = threads.getCurrentThreadCpuTime();
        writer.write(report, target);
        long t1 = threads.getCurrentThreadCpuTime();
        HtmlReport.render(report, MapBackground.empty(), Language.NL, "Benchdorp", day, step -> { });
        long t2 = threads.getCurrentThreadCpuTime();
        if (i >= 0) {
          write[i] = t1 - t0;
          render[i] = t2 - t1;
        }
      }
      System.out.printf("%,d households: write %.1f ms, render %.1f ms thread CPU (median of %d)%n",
          town.households, median(write) / 1e6, median(render) / 1e6, MEASURED);
      try (Stream<Path> files = Files.walk(root)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
