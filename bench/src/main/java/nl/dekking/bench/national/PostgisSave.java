package nl.dekking.bench.national;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import nl.dekking.io.DataFiles;
import nl.dekking.io.ReadOptions;
import nl.dekking.model.Address;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.postgis.PostgisCoverageStore;
import nl.dekking.store.CoverageCounts;
import nl.dekking.store.InMemoryCoverageStore;
import nl.dekking.store.SaveResult;

/**
 * The PostGIS store at national scale: one {@code save} of a national data set ({@link NationalGenerator}'s
 * {@code households.csv} and {@code groups.geojson}) as one municipality, then the analysis queries that run in SQL
 * ({@code householdCounts}, {@code overlaps}, {@code forEachUncoveredHousehold}), each timed, and the counts
 * compared with the in-memory store's (core's index) on the same data.
 *
 * <pre>
 * java -Xmx8g -cp bench/target/benchmarks.jar nl.dekking.bench.national.PostgisSave JDBC-URL households.csv groups.geojson
 * </pre>
 *
 * <p>Prints one {@code key=value} line per figure; exits 1 when the counts differ. A one-shot timing, not a JMH
 * benchmark: one save of millions of rows is the thing measured.
 */
public final class PostgisSave {

  private static final String MUNICIPALITY = "NL";

  private PostgisSave() {
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: PostgisSave JDBC-URL households.csv groups.geojson");
      System.exit(2);
    }
    long t0 = System.nanoTime();
    List<Household> households = readHouseholds(Path.of(args[1]));
    List<Group> groups = DataFiles.readGroups(Path.of(args[2]), ReadOptions.defaults());
    Dataset dataset = Dataset.of("Nederland", households, groups);
    long t1 = System.nanoTime();
    print("read.s", (t1 - t0) / 1e9);
    System.out.printf(Locale.ROOT, "households.read=%d%ngroups=%d%n", households.size(), groups.size());
    boolean same;
    try (PostgisCoverageStore store = PostgisCoverageStore.builder().url(args[0]).schema("dekking_national")
        .saveTimeout(Duration.ofHours(2)).build()) {
      long s0 = System.nanoTime();
      SaveResult saved = store.save(MUNICIPALITY, dataset);
      long s1 = System.nanoTime();
      System.out.printf(Locale.ROOT, "households.saved=%d%n", saved.households());
      print("save.s", (s1 - s0) / 1e9);
      print("save.households_per_s", saved.households() / ((s1 - s0) / 1e9));
      CoverageCounts counts = store.householdCounts(MUNICIPALITY);
      long s2 = System.nanoTime();
      print("householdCounts.s", (s2 - s1) / 1e9);
      System.out.printf(Locale.ROOT, "uncovered=%d%ncoveredByOne=%d%ncoveredByMultiple=%d%n", counts.uncovered(),
          counts.coveredByOne(), counts.coveredByMultiple());
      int overlaps = store.overlaps(MUNICIPALITY).size();
      long s3 = System.nanoTime();
      print("overlaps.s", (s3 - s2) / 1e9);
      System.out.printf(Locale.ROOT, "overlaps=%d%n", overlaps);
      AtomicLong streamed = new AtomicLong();
      store.forEachUncoveredHousehold(MUNICIPALITY, h -> streamed.incrementAndGet());
      long s4 = System.nanoTime();
      print("uncovered.stream.s", (s4 - s3) / 1e9);
      System.out.printf(Locale.ROOT, "uncovered.streamed=%d%n", streamed.get());
      try (InMemoryCoverageStore core = new InMemoryCoverageStore()) {
        core.save(MUNICIPALITY, dataset);
        CoverageCounts expected = core.householdCounts(MUNICIPALITY);
        same = expected.equals(counts) && streamed.get() == expected.uncovered();
        System.out.printf(Locale.ROOT, "compare.core.equal=%s%n", same);
      }
    }
    System.exit(same ? 0 : 1);
  }

  /** {@code straatnaam;huisnummer;postcode;woonplaats;x;y} with a header line; names shared, ids from the line. */
  private static List<Household> readHouseholds(Path file) throws IOException {
    Map<String, String> names = new HashMap<>();
    List<Household> result = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      in.readLine();
      String line;
      while ((line = in.readLine()) != null) {
        String[] f = line.split(";", -1);
        String street = names.computeIfAbsent(f[0], s -> s);
        String place = names.computeIfAbsent(f[3], s -> s);
        Address a = new Address(street, Integer.parseInt(f[1]), "", "", f[2], place);
        result.add(new Household("h" + result.size(), a, Double.parseDouble(f[4]), Double.parseDouble(f[5])));
      }
    }
    return result;
  }

  private static void print(String key, double value) {
    System.out.printf(Locale.ROOT, "%s=%.1f%n", key, value);
  }
}
