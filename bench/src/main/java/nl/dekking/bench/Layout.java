package nl.dekking.bench;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import nl.dekking.model.Group;

/**
 * The group layouts the benchmarks run on, as a JMH {@code @Param}: the synthetic Voronoi partitions
 * ({@link SyntheticCoverage}, uniform households), the bundled real sample (8 invented groups over the real
 * Otterlo/Wekerom addresses), and street-shaped layouts made from the real addresses ({@link StreetShapedCoverage},
 * households clustered along streets near group edges) at about 150, 2,000 and 15,000 groups side by side and
 * about 12,000 groups scattered over the national extent.
 */
public enum Layout {

  SYNTHETIC_100,
  SYNTHETIC_2000,
  SYNTHETIC_15000,
  /** The bundled sample groups over the real addresses (each household exactly at an address). */
  SAMPLE,
  STREETS_150,
  STREETS_2000,
  STREETS_15000,
  /** About 12,000 street-shaped groups in tiles scattered over the Netherlands; most households in no group. */
  NATIONAL_12000;

  private static final Map<Layout, Object> MADE = new ConcurrentHashMap<>();

  /** The groups, in ordinal (id) order; made once per JVM. */
  @SuppressWarnings("unchecked")
  List<Group> groups() {
    return switch (this) {
      case SAMPLE -> (List<Group>) MADE.computeIfAbsent(this, k -> SampleData.groups());
      case SYNTHETIC_100, SYNTHETIC_2000, SYNTHETIC_15000 -> (List<Group>) MADE.computeIfAbsent(this,
          k -> SyntheticCoverage.groups(size(), 20261123L + size()));
      default -> streets().groups();
    };
  }

  /** {@code count} seeded households over this layout, as {x[], y[]}, in random order. */
  double[][] households(int count, long seed) {
    return switch (this) {
      case SAMPLE -> {
        double[][] addresses = SampleData.addresses();
        Random random = new Random(seed);
        double[] xs = new double[count];
        double[] ys = new double[count];
        for (int i = 0; i < count; i++) {
          int a = random.nextInt(addresses[0].length);
          xs[i] = addresses[0][a];
          ys[i] = addresses[1][a];
        }
        yield new double[][] {xs, ys};
      }
      case SYNTHETIC_100, SYNTHETIC_2000, SYNTHETIC_15000 -> SyntheticCoverage.households(count, size(), seed);
      default -> streets().households(count, seed);
    };
  }

  /** A line describing the layout, for the benchmark's log. */
  String describe() {
    return switch (this) {
      case SAMPLE -> "the 8 bundled sample groups over the 2,481 real Otterlo/Wekerom addresses";
      case SYNTHETIC_100, SYNTHETIC_2000, SYNTHETIC_15000 -> size() + " synthetic Voronoi groups, uniform households";
      default -> streets().describe();
    };
  }

  /** The number of groups the name asks for. */
  int size() {
    return switch (this) {
      case SYNTHETIC_100 -> 100;
      case SYNTHETIC_2000, STREETS_2000 -> 2000;
      case SYNTHETIC_15000, STREETS_15000 -> 15000;
      case SAMPLE -> 8;
      case STREETS_150 -> 150;
      case NATIONAL_12000 -> 12000;
    };
  }

  private StreetShapedCoverage streets() {
    return (StreetShapedCoverage) MADE.computeIfAbsent(this, k -> this == NATIONAL_12000
        ? StreetShapedCoverage.national(size(), 20261130L)
        : StreetShapedCoverage.grid(size(), 20261130L + size()));
  }
}
