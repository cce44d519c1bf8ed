package nl.dekking.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.analysis.Language;
import nl.dekking.report.ReportWriter;
import nl.dekking.report.html.HtmlReport;
import nl.dekking.report.map.MapBackground;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing one municipal report, as {@code report --per-gemeente} does 343 times: the seeded town of
 * {@link AnalysisBenchmark} (households on streets, 60 jittered groups with gaps and overlaps) is analysed once in
 * setup, then each invocation writes the whole report folder ({@code write}: every file of
 * {@link ReportWriter#FILES}, the folder swapped into place) or renders only the page and its map in memory
 * ({@code render}: the scene, {@code map.svg}, {@code map.png} and {@code report.html}). 3,000 households is the
 * average municipality of a 1 M household national run, 25,000 that of the whole country (8.37 M).
 *
 * <pre>{@code java -jar bench/target/benchmarks.jar ReportWriteBenchmark -f 1 -wi 5 -i 5}</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReportWriteBenchmark {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

  @Param({"3000", "25000"})
  int households;

  private CoverageReport report;
  private ReportWriter writer;
  private Path root;
  private Path target;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    AnalysisBenchmark town = new AnalysisBenchmark();
    town.households = households;
    town.groups = 60;
    town.setUp();
    report = town.analyse();
    writer = ReportWriter.of(Language.NL).withTitle("Benchdorp").withDate(DAY);
    root = Files.createTempDirectory("dekking-report-bench");
    target = root.resolve("rapport");
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  @Benchmark
  public List<Path> write() {
    return writer.write(report, target);
  }

  @Benchmark
  public HtmlReport.Rendered render() {
    return HtmlReport.render(report, MapBackground.empty(), Language.NL, "Benchdorp", DAY, step -> { });
  }
}
