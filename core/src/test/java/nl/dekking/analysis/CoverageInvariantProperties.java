package nl.dekking.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import nl.dekking.index.CoverageIndex;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.model.Neighbourhood;
import nl.dekking.model.Street;
import nl.dekking.rules.GroupRules;

/**
 * Invariants of the analysis on random maps: households on a 10 m grid (so many lie exactly on group boundaries,
 * which are also drawn on the grid), some addresses repeated, and rectangular groups that overlap, touch and leave
 * gaps.
 */
class CoverageInvariantProperties {

  @Provide
  Arbitrary<Dataset> maps() {
    Arbitrary<Household> households = Combinators.combine(
        Arbitraries.integers().between(0, 40), Arbitraries.integers().between(0, 40),
        Arbitraries.integers().between(1, 30), Arbitraries.of("Dorpsstraat", "Kerkweg", "Heideweg"))
        .as((x, y, n, street) -> Fixtures.household(street + "-" + n + "-" + x + "-" + y,
            Fixtures.address(street, n), x * 10.0, y * 10.0));
    Arbitrary<Tuple.Tuple4<Integer, Integer, Integer, Integer>> boxes = Combinators.combine(
        Arbitraries.integers().between(0, 35), Arbitraries.integers().between(0, 35),
        Arbitraries.integers().between(1, 20), Arbitraries.integers().between(1, 20)).as(Tuple::of);
    return Combinators.combine(households.list().ofMaxSize(120), boxes.list().ofMaxSize(8)).as((hs, bs) -> {
      List<Group> groups = new ArrayList<>();
      for (int i = 0; i < bs.size(); i++) {
        Tuple.Tuple4<Integer, Integer, Integer, Integer> b = bs.get(i);
        groups.add(Fixtures.group("g" + i, Fixtures.box(b.get1() * 10, b.get2() * 10, (b.get1() + b.get3()) * 10,
            (b.get2() + b.get4()) * 10)));
      }
      List<Street> streets = List.of(
          new Street("Dorpsstraat", "Otterlo", Optional.of(Fixtures.wkt("LINESTRING (0 5, 400 205)"))),
          new Street("Bospad", "Otterlo", Optional.of(Fixtures.wkt("LINESTRING (205 0, 205 400)"))));
      List<Neighbourhood> neighbourhoods = List.of(
          new Neighbourhood("BU01", "West", "", "", Fixtures.box(0, 0, 200, 400), OptionalInt.of(50)),
          new Neighbourhood("BU02", "Oost", "", "", Fixtures.box(200, 0, 400, 400), OptionalInt.empty()));
      return new Dataset("random", hs, streets, groups, neighbourhoods);
    });
  }

  @Property(tries = 200)
  void analyse_everyHousehold_isExactlyOneOfUncoveredOneOrSeveral(@ForAll("maps") Dataset dataset) {
    CoverageReport r = CoverageAnalysis.withDefaults().analyse(dataset, GroupRules.heerenveen());
    CoverageIndex index = CoverageIndex.build(dataset.groups());
    Set<String> uncovered = new HashSet<>();
    r.uncoveredHouseholds().forEach(h -> uncovered.add(h.id()));
    Set<String> shared = new HashSet<>();
    r.sharedHouseholds().forEach(s -> shared.add(s.household().id()));
    Set<String> both = new HashSet<>(uncovered);
    both.retainAll(shared);
    assertThat(both).isEmpty();
    Set<Object> keys = new HashSet<>();
    dataset.households().forEach(h -> keys.add(h.address().key()));
    assertThat(r.households()).isEqualTo(keys.size());
    assertThat(r.uncovered() + r.coveredByOne() + r.coveredByMultiple()).isEqualTo(r.households());
    for (Household h : r.uncoveredHouseholds()) {
      assertThat(index.coveringIds(h.x(), h.y())).isEmpty();
    }
    for (SharedHousehold s : r.sharedHouseholds()) {
      assertThat(index.coveringIds(s.household().x(), s.household().y()))
          .containsExactlyElementsOf(s.groupIds());
    }
  }

  @Property(tries = 200)
  void analyse_perGroupCounts_addUp(@ForAll("maps") Dataset dataset) {
    CoverageReport r = CoverageAnalysis.withDefaults().analyse(dataset, GroupRules.heerenveen());
    int perGroup = r.groups().stream().mapToInt(GroupCoverage::households).sum();
    int extra = r.sharedHouseholds().stream().mapToInt(s -> s.groupIds().size() - 1).sum();
    assertThat(perGroup).isEqualTo(r.covered() + extra);
    int sharedPerGroup = r.groups().stream().mapToInt(GroupCoverage::sharedHouseholds).sum();
    assertThat(sharedPerGroup).isEqualTo(extra + r.coveredByMultiple());
    assertThat(r.streets().stream().mapToInt(StreetCoverage::households).sum()).isEqualTo(r.households());
    assertThat(r.streets().stream().mapToInt(StreetCoverage::covered).sum()).isEqualTo(r.covered());
    assertThat(r.gapClusters().stream().mapToInt(GapCluster::householdCount).sum()).isEqualTo(r.uncovered());
    for (GroupCoverage g : r.groups()) {
      assertThat(g.streets().stream().mapToInt(GroupStreet::households).sum()).isEqualTo(g.households());
    }
    // the two neighbourhoods tile the map, so together they count every household inside [0, 400]²
    assertThat(r.neighbourhoods().stream().mapToInt(NeighbourhoodCoverage::households).sum())
        .isEqualTo(r.households());
  }

  @Property(tries = 100)
  void analyse_shuffledInput_givesEqualReport(@ForAll("maps") Dataset dataset, @ForAll long seed) {
    Random random = new Random(seed);
    List<Household> hs = new ArrayList<>(dataset.households());
    Collections.shuffle(hs, random);
    List<Group> gs = new ArrayList<>(dataset.groups());
    Collections.shuffle(gs, random);
    CoverageAnalysis analysis = CoverageAnalysis.withDefaults();
    CoverageReport a = analysis.analyse(dataset, GroupRules.heerenveen());
    List<Street> streets = new ArrayList<>(dataset.streets());
    Collections.shuffle(streets, random);
    List<Neighbourhood> neighbourhoods = new ArrayList<>(dataset.neighbourhoods());
    Collections.shuffle(neighbourhoods, random);
    CoverageReport b = analysis.analyse(new Dataset("random", hs, streets, gs, neighbourhoods),
        GroupRules.heerenveen());
    assertThat(b).isEqualTo(a);
  }
}
