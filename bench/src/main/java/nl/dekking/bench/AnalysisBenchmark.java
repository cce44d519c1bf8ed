package nl.dekking.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import nl.dekking.analysis.CoverageAnalysis;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.crs.RdNew;
import nl.dekking.model.Address;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.rules.GroupRules;
import org.locationtech.jts.geom.Coordinate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole coverage analysis ({@link CoverageAnalysis#analyse}) of a seeded town: 25,000 households on 300 streets
 * against 60 hand-drawn-looking groups (a 12 x 6 grid of 600 x 600 m cells with jittered corners, one in six cells
 * left out as a gap, every seventh group drawn 15 m too large so it overlaps its neighbour), near Ede in RD New.
 * The target is "well under a second" per analysis.
 *
 * <pre>{@code java -jar bench/target/benchmarks.jar AnalysisBenchmark -f 1 -wi 3 -i 5}</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnalysisBenchmark {

  private static final double X0 = 170_000;
  private static final double Y0 = 440_000;
  private static final double CELL = 600;

  @Param({"25000"})
  int households;

  @Param({"60"})
  int groups;

  private Dataset dataset;
  private final CoverageAnalysis analysis = CoverageAnalysis.withDefaults();

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20261123L);
    int columns = 12;
    int cells = (groups * 6 + 4) / 5;
    int rows = (cells + columns - 1) / columns;
    List<Group> gs = new ArrayList<>();
    for (int i = 0; gs.size() < groups; i++) {
      if (i % 6 == 5) {
        continue; // a gap
      }
      double x = X0 + (i % columns) * CELL;
      double y = Y0 + (i / columns) * CELL;
      double grow = i % 7 == 0 ? 15 : 0;
      Coordinate[] ring = {
          new Coordinate(x + jitter(random) - grow, y + jitter(random) - grow),
          new Coordinate(x + CELL / 2, y + jitter(random) - grow),
          new Coordinate(x + CELL + jitter(random) + grow, y + jitter(random) - grow),
          new Coordinate(x + CELL + jitter(random) + grow, y + CELL / 2),
          new Coordinate(x + CELL + jitter(random) + grow, y + CELL + jitter(random) + grow),
          new Coordinate(x + CELL / 2, y + CELL + jitter(random) + grow),
          new Coordinate(x + jitter(random) - grow, y + CELL + jitter(random) + grow),
          new Coordinate(x + jitter(random) - grow, y + CELL / 2),
          null};
      ring[ring.length - 1] = ring[0];
      gs.add(new Group(String.format("G%03d", i), "Groep " + i, RdNew.GEOMETRY_FACTORY.createPolygon(ring),
          20 + random.nextInt(40), List.of(), Map.of()));
    }
    int streets = 300;
    double[] sx = new double[streets];
    double[] sy = new double[streets];
    int[] next = new int[streets];
    for (int s = 0; s < streets; s++) {
      sx[s] = X0 + random.nextDouble() * columns * CELL;
      sy[s] = Y0 + random.nextDouble() * rows * CELL;
    }
    List<Household> hs = new ArrayList<>(households);
    for (int i = 0; i < households; i++) {
      int s = random.nextInt(streets);
      int number = ++next[s];
      Address a = Address.of("Straat " + s, number, (1000 + s) + "AB", "Benchdorp");
      hs.add(new Household("h" + i, a, sx[s] + random.nextDouble(-150, 150), sy[s] + random.nextDouble(-150, 150)));
    }
    dataset = Dataset.of("bench", hs, gs);
  }

  private static double jitter(SplittableRandom random) {
    return random.nextDouble(-4, 4);
  }

  @Benchmark
  public CoverageReport analyse() {
    return analysis.analyse(dataset, GroupRules.heerenveen());
  }
}
