package nl.dekking.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import nl.dekking.index.CoverageIndex;
import nl.dekking.index.CoverageMap;
import nl.dekking.lookup.AddressLookup;
import nl.dekking.lookup.AddressQuery;
import nl.dekking.lookup.LookupResult;
import nl.dekking.lookup.LookupStatus;
import nl.dekking.model.Address;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 13's targets for {@link AddressLookup} on one thread: at least 1 M address lookups per second (the text as
 * typed, parsed and found, with its covering groups) and 0 B/op for point lookups ({@link AddressLookup#groupsAt}).
 * Groups are {@link SyntheticCoverage} partitions (Heerenveen-sized: 100 groups and 23,000 households; or 2,000
 * groups and 500,000 households); households are seeded uniform points over them with synthetic postcodes, 40
 * numbers a postcode, some with a letter or suffix. Queries are typed in four forms ({@code "8441 ab 12"},
 * {@code "8441AB 12a"}, {@code "8441AB12-2"}, {@code "8441 AB 12 A"}), one in 16 unknown. {@code locateAll} is the
 * map's own index (the lowest id on shared boundaries), for the cost of naming every group on a shared edge.
 * Run with {@code -prof gc} for the allocation per lookup.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class AddressLookupBenchmark {

  static final int QUERIES = 1 << 16;
  static final int BATCH = 1024;

  /** A municipality's size. */
  public enum Size {
    HEERENVEEN(100, 23_000), LARGE(2_000, 500_000);

    final int groups;
    final int households;

    Size(int groups, int households) {
      this.groups = groups;
      this.households = households;
    }
  }

  @Param({"HEERENVEEN", "LARGE"})
  public Size size;

  private AddressLookup lookup;
  private CoverageIndex index;
  private String[] typed;
  private AddressQuery[] parsed;
  private double[] xs;
  private double[] ys;
  private int[] out;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    List<Group> groups = SyntheticCoverage.groups(size.groups, 20261123L + size.groups);
    double[][] points = SyntheticCoverage.households(size.households, size.groups, 13L * size.groups);
    List<Household> households = new ArrayList<>(size.households);
    for (int i = 0; i < size.households; i++) {
      households.add(new Household("h" + i, address(i), points[0][i], points[1][i]));
    }
    CoverageMap map = CoverageMap.of(groups);
    lookup = AddressLookup.of(map, households, "veiligheid@gemeente.nl");
    index = map.index();
    out = new int[map.size()];
    Random random = new Random(7);
    typed = new String[QUERIES];
    parsed = new AddressQuery[QUERIES];
    xs = new double[QUERIES];
    ys = new double[QUERIES];
    double[][] uniform = SyntheticCoverage.households(QUERIES, size.groups, 29L * size.groups);
    int unknown = 0;
    for (int q = 0; q < QUERIES; q++) {
      Address a = households.get(random.nextInt(households.size())).address();
      typed[q] = q % 16 == 15 ? a.postcode() + " " + (a.houseNumber() + 100) : typed(a, q);
      parsed[q] = AddressQuery.parse(typed[q]);
      xs[q] = uniform[0][q];
      ys[q] = uniform[1][q];
      LookupResult r = lookup.find(typed[q]);
      if (r.status() == LookupStatus.UNKNOWN_ADDRESS) {
        unknown++;
      } else if (!r.household().orElseThrow().address().key().equals(a.key())) {
        throw new IllegalStateException("lookup of '" + typed[q] + "' found " + r.household().orElseThrow());
      }
    }
    if (unknown != QUERIES / 16) {
      throw new IllegalStateException(unknown + " unknown addresses, expected " + QUERIES / 16);
    }
  }

  static Address address(int i) {
    int postcode = i / 40;
    String pc = String.format(Locale.ROOT, "%04d%c%c", 1000 + postcode / 676, (char) ('A' + postcode / 26 % 26),
        (char) ('A' + postcode % 26));
    int number = 1 + i % 40;
    String letter = i % 13 == 0 ? "a" : "";
    String suffix = i % 17 == 0 ? "2" : "";
    return new Address("Straat " + postcode, number, letter, suffix, pc, "Plaats");
  }

  private static String typed(Address a, int form) {
    String pc = a.postcode();
    String house = a.houseNumberDisplay();
    return switch (form & 3) {
      case 0 -> pc.substring(0, 4) + " " + pc.substring(4).toLowerCase(Locale.ROOT) + " " + house;
      case 1 -> pc + " " + house;
      case 2 -> pc + house.toUpperCase(Locale.ROOT);
      default -> pc.substring(0, 4) + " " + pc.substring(4) + " " + a.houseNumber()
          + (a.letter().isEmpty() ? "" : " " + a.letter().toUpperCase(Locale.ROOT))
          + (a.suffix().isEmpty() ? "" : "-" + a.suffix());
    };
  }

  /** The text as typed: parse, find the household, its groups and the result. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int findTyped() {
    int sum = 0;
    int i = next;
    for (int k = 0; k < BATCH; k++) {
      sum += lookup.find(typed[i]).groups().size();
      i = (i + 1) & (QUERIES - 1);
    }
    next = i;
    return sum;
  }

  /** A parsed address: the household's position only. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int householdOfParsed() {
    int sum = 0;
    int i = next;
    for (int k = 0; k < BATCH; k++) {
      sum += lookup.household(parsed[i]);
      i = (i + 1) & (QUERIES - 1);
    }
    next = i;
    return sum;
  }

  /** A point: every covering group, shared edges included. Allocates nothing. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int groupsAtPoint() {
    int sum = 0;
    int i = next;
    for (int k = 0; k < BATCH; k++) {
      sum += lookup.groupsAt(xs[i], ys[i], out);
      i = (i + 1) & (QUERIES - 1);
    }
    next = i;
    return sum;
  }

  /** The map's index alone, for comparison: every covering group, but the lowest id only on a shared edge. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int locateAllPoint() {
    int sum = 0;
    int i = next;
    for (int k = 0; k < BATCH; k++) {
      sum += index.locateAll(xs[i], ys[i], out);
      i = (i + 1) & (QUERIES - 1);
    }
    next = i;
    return sum;
  }
}
