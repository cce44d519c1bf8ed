package nl.dekking.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import nl.dekking.model.Streets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import nl.dekking.crs.RdNew;
import nl.dekking.model.Address;
import nl.dekking.model.Household;
import nl.dekking.model.Street;
import org.locationtech.jts.geom.Coordinate;

/** Invariants of merging street segments and deriving streets from addresses. */
class StreetsPropertiesTest {

  static final String[] NAMES = {"Dorpsstraat", "dorpsstraat", "Kerkweg", "Molenlaan"};
  static final String[] PLACES = {"Otterlo", "OTTERLO", "Wekerom"};

  /**
   * Segments of random streets (names and places in mixed case): one street per key, every segment's length kept
   * in its street's line, and no line lost.
   */
  @Property(tries = 200)
  void merge_randomSegments_oneStreetPerKeyAndLengthKept(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 11) Integer> streetOf,
      @ForAll @Size(min = 40, max = 40) List<@IntRange(min = 0, max = 3) Integer> step) {
    List<Street> segments = new ArrayList<>();
    double[] x = new double[12];
    for (int i = 0; i < streetOf.size(); i++) {
      int s = streetOf.get(i);
      double x0 = 180_000 + s * 1_000 + x[s];
      double len = 10 + step.get(i) * 7;
      x[s] += len + (step.get(i) == 3 ? 5 : 0); // step 3 leaves a gap: the street becomes a MultiLineString
      var line = RdNew.GEOMETRY_FACTORY.createLineString(new Coordinate[] {
          new Coordinate(x0, 455_000 + s), new Coordinate(x0 + len, 455_000 + s)});
      segments.add(new Street(NAMES[s % 4], PLACES[s / 4], Optional.of(line)));
    }

    List<Street> merged = Streets.merge(segments);

    Set<Street.Key> keys = new HashSet<>();
    segments.forEach(s -> keys.add(s.key()));
    assertThat(merged).hasSize(keys.size());
    for (Street m : merged) {
      double expected = segments.stream().filter(s -> s.key().equals(m.key()))
          .mapToDouble(s -> s.line().orElseThrow().getLength()).sum();
      assertThat(m.line().orElseThrow().getLength()).isCloseTo(expected, within(1e-6));
    }
  }

  @Property(tries = 100)
  void fromAddresses_randomHouseholds_everyAddressStreetOnceInFirstSeenOrder(
      @ForAll @Size(min = 0, max = 50) List<@IntRange(min = 0, max = 11) Integer> streetOf) {
    List<Household> households = new ArrayList<>();
    for (int i = 0; i < streetOf.size(); i++) {
      int s = streetOf.get(i);
      Address a = Address.of(NAMES[s % 4], i + 1, "6731AA", PLACES[s / 4]);
      households.add(new Household("h" + i, a, 180_000 + i, 455_000));
    }

    List<Street> streets = Streets.fromAddresses(households);

    List<Street.Key> expected = households.stream().map(h -> Street.Key.of(h.address())).distinct().toList();
    assertThat(streets).extracting(Street::key).containsExactlyElementsOf(expected);
  }
}
