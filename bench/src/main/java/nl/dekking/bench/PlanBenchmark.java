package nl.dekking.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.dekking.analysis.CoverageAnalysis;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.io.geojson.GeoJsonReader;
import nl.dekking.model.Address;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.plan.Plan;
import nl.dekking.plan.PlanQuality;
import nl.dekking.plan.PlanSettings;
import nl.dekking.plan.Planner;
import nl.dekking.rules.GroupRules;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The planner ({@link Planner#plan}) against the naive split it is compared with, on real addresses:
 *
 * <ul>
 *   <li>{@code SAMPLE}: the 2,481 BAG addresses of Otterlo and Wekerom (Kadaster, CC0) with the bundled sample
 *       groups;
 *   <li>{@code GRID}: the same addresses under generated groups, a 400 m grid with every fourth cell left out;
 *   <li>{@code HEERENVEEN_SIZED}: the same addresses laid out nine times side by side (each copy its own
 *       postcodes and places: 22,329 households, as many as Heerenveen's ~23,000) under a 1,800 m grid of generated
 *       groups, every fourth cell left out as a gap (about 100 groups).
 * </ul>
 *
 * <p>The time is the plan alone (the analysis runs in the setup). At the end of each trial the plan's quality is
 * printed: proposed groups against ⌈n / cap⌉, cap violations, streets split, street breaks, mean Polsby-Popper,
 * scattered parts. The target is under 5 s for the Heerenveen-sized town; measured 2.0 s (README, "Planning").
 *
 * <pre>{@code java -jar bench/target/benchmarks.jar PlanBenchmark -f 1 -wi 3 -i 3 -w 8 -r 8}</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 8)
@Measurement(iterations = 3, time = 8)
@Fork(1)
public class PlanBenchmark {

  /** The data planned. */
  public enum Town {
    SAMPLE, GRID, HEERENVEEN_SIZED
  }

  @Param({"SAMPLE", "GRID", "HEERENVEEN_SIZED"})
  Town town;

  @Param({"REGION_GROWING", "K_MEANS_VORONOI"})
  PlanSettings.Method method;

  private Dataset dataset;
  private CoverageReport report;
  private PlanSettings settings;
  private Plan last;

  @Setup
  public void setUp() {
    List<Household> addresses = readHouseholds();
    dataset = switch (town) {
      case SAMPLE -> new Dataset("sample", addresses, List.of(), readGroups(), List.of());
      case GRID -> new Dataset("grid", addresses, List.of(), grid(addresses, 400), List.of());
      case HEERENVEEN_SIZED -> {
        List<Household> town = nineTimes(addresses);
        yield new Dataset("heerenveen-sized", town, List.of(), grid(town, 1800), List.of());
      }
    };
    report = CoverageAnalysis.withDefaults().analyse(dataset, GroupRules.heerenveen());
    settings = PlanSettings.of(GroupRules.heerenveen()).withMethod(method);
  }

  @Benchmark
  public Plan plan() {
    last = Planner.plan(dataset, report, settings);
    return last;
  }

  @TearDown
  public void printQuality() {
    Plan plan = last != null ? last : Planner.plan(dataset, report, settings);
    PlanQuality q = plan.quality();
    System.out.printf(Locale.ROOT, "%n%s %s: %,d households, %d groups, %d split, %d gap clusters planned; "
            + "parts %d (ceil(n/cap) %d), cap violations %d, streets split %d, street breaks %d, "
            + "mean Polsby-Popper %.3f, scattered parts %d%n", town, method, report.households(),
        dataset.groups().size(), plan.splits().size(), plan.newGroups().size(), q.parts(), q.minimumParts(),
        q.capViolations(), q.streetsSplit(), q.streetBreaks(), q.meanPolsbyPopper(), q.scatteredParts());
  }

  private static List<Household> readHouseholds() {
    try (InputStream in = PlanBenchmark.class.getResourceAsStream("addresses-otterlo-wekerom-wgs84.geojson")) {
      return GeoJsonReader.readHouseholds(in, "addresses-otterlo-wekerom-wgs84.geojson");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Group> readGroups() {
    try (InputStream in = PlanBenchmark.class.getResourceAsStream("sample-groups-otterlo-rd.geojson")) {
      return GeoJsonReader.readGroups(in, "sample-groups-otterlo-rd.geojson");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Nine copies of the addresses, 3 x 3, each with its own postcodes (first digit 1 to 9) and places. */
  static List<Household> nineTimes(List<Household> addresses) {
    Envelope e = envelope(addresses);
    double dx = e.getWidth() + 500;
    double dy = e.getHeight() + 500;
    List<Household> out = new ArrayList<>(addresses.size() * 9);
    for (int copy = 0; copy < 9; copy++) {
      double ox = (copy % 3 - 1) * dx;
      double oy = (copy / 3 - 1) * dy;
      for (Household h : addresses) {
        Address a = h.address();
        Address moved = new Address(a.street(), a.houseNumber(), a.letter(), a.suffix(),
            (copy + 1) + a.postcode().substring(1), a.place() + " " + (copy + 1));
        out.add(new Household(h.id() + "-" + copy, moved, h.x() + ox, h.y() + oy));
      }
    }
    return out;
  }

  /** Square groups of this size over the addresses, every fourth cell (in a fixed pattern) left out. */
  static List<Group> grid(List<Household> addresses, double cell) {
    Envelope e = envelope(addresses);
    GeometryFactory f = new GeometryFactory(new PrecisionModel(), 28992);
    boolean[][] used = new boolean[(int) (e.getWidth() / cell) + 1][(int) (e.getHeight() / cell) + 1];
    for (Household h : addresses) {
      used[(int) ((h.x() - e.getMinX()) / cell)][(int) ((h.y() - e.getMinY()) / cell)] = true;
    }
    List<Group> groups = new ArrayList<>();
    for (int i = 0; i < used.length; i++) {
      for (int j = 0; j < used[i].length; j++) {
        if (!used[i][j] || (i * 7 + j * 3) % 4 == 3) {
          continue;
        }
        double x = e.getMinX() + i * cell;
        double y = e.getMinY() + j * cell;
        groups.add(new Group(String.format("G%02d-%02d", i, j), "Grid " + i + "/" + j,
            f.toGeometry(new Envelope(x, x + cell, y, y + cell)), 0, List.of(), Map.of()));
      }
    }
    return groups;
  }

  private static Envelope envelope(List<Household> addresses) {
    Envelope e = new Envelope();
    for (Household h : addresses) {
      e.expandToInclude(h.x(), h.y());
    }
    return e;
  }
}
