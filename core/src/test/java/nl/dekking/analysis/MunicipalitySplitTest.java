package nl.dekking.analysis;

import static nl.dekking.analysis.Fixtures.box;
import static nl.dekking.analysis.Fixtures.household;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.model.Neighbourhood;
import nl.dekking.rules.GroupRules;
import org.junit.jupiter.api.Test;

class MunicipalitySplitTest {

  private static Map<String, MunicipalitySplit.Part> byCode(MunicipalitySplit split) {
    Map<String, MunicipalitySplit.Part> map = new HashMap<>();
    split.parts().forEach(p -> map.put(p.code(), p));
    return map;
  }

  private static List<String> groupIds(MunicipalitySplit.Part part) {
    return part.dataset().groups().stream().map(Group::id).toList();
  }

  @Test
  void of_threeMunicipalities_givesOnePartEachInCodeOrderWithTheirNames() {
    MunicipalitySplit split = MunicipalitySplit.of(ThreeMunicipalities.dataset());

    assertThat(split.parts()).extracting(MunicipalitySplit.Part::code).containsExactly("GM0001", "GM0002", "GM0003");
    assertThat(split.parts()).extracting(MunicipalitySplit.Part::name).containsExactly("Aadorp", "Beekdal", "Cingel");
    assertThat(byCode(split).get("GM0002").dataset().neighbourhoods()).extracting(Neighbourhood::code)
        .containsExactly("WK000201", "WK000202");
  }

  @Test
  void of_everyHousehold_liesInExactlyOneMunicipalityOrIsCountedOutside() {
    Dataset dataset = ThreeMunicipalities.dataset();
    MunicipalitySplit split = MunicipalitySplit.of(dataset);

    List<String> dealt = new ArrayList<>();
    split.parts().forEach(p -> p.dataset().households().forEach(h -> dealt.add(h.id())));
    assertThat(dealt).doesNotHaveDuplicates();
    assertThat(dealt.size() + split.outside()).isEqualTo(dataset.households().size());
    assertThat(split.outside()).isEqualTo(1);
    assertThat(dealt).doesNotContain("Ver-1");
  }

  @Test
  void of_householdInTwoOverlappingNeighbourhoods_goesToTheNeighbourhoodWhoseCodeSortsFirst() {
    // x 95 lies in WK000101 (GM0001) and in the simplified WK000201 (GM0002), listed first in the input
    Map<String, MunicipalitySplit.Part> parts = byCode(MunicipalitySplit.of(ThreeMunicipalities.dataset()));

    assertThat(parts.get("GM0001").dataset().households()).extracting(Household::id).contains("Grens-1", "Straat9weg-905");
    assertThat(parts.get("GM0002").dataset().households()).extracting(Household::id)
        .doesNotContain("Grens-1", "Straat9weg-905");
    assertThat(parts.get("GM0001").dataset().households()).hasSize(10 * 10 + 1);
    assertThat(parts.get("GM0002").dataset().households()).hasSize(10 * 10);
  }

  @Test
  void of_groupSpanningABorder_belongsToBothMunicipalities() {
    Map<String, MunicipalitySplit.Part> parts = byCode(MunicipalitySplit.of(ThreeMunicipalities.dataset()));

    assertThat(groupIds(parts.get("GM0001"))).containsExactly("A");
    assertThat(groupIds(parts.get("GM0002"))).containsExactly("A");
  }

  @Test
  void of_groupCoveringNoHousehold_belongsToTheMunicipalityHoldingItsAreaOrToNone() {
    MunicipalitySplit split = MunicipalitySplit.of(ThreeMunicipalities.dataset());

    assertThat(groupIds(byCode(split).get("GM0003"))).containsExactly("B", "E");
    assertThat(split.parts()).flatExtracting(MunicipalitySplitTest::groupIds).doesNotContain("F");
  }

  @Test
  void of_perGroupCountsOverAllMunicipalities_equalOneNationalAnalysis() {
    Dataset dataset = ThreeMunicipalities.dataset();
    assertSumsEqualNational(dataset);
  }

  @Test
  void of_randomCountryWithOverlappingWijken_perGroupSumsEqualOneNationalAnalysis() {
    Random random = new Random(17);
    List<Neighbourhood> hoods = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      int col = i % 4;
      int row = i / 4;
      // simplified: each wijk reaches 3 m into its neighbours
      hoods.add(new Neighbourhood(String.format("WK%04d%02d", col + 1, row + 1), "Wijk " + i,
          String.format("GM%04d", col + 1), "Gemeente " + (col + 1),
          box(col * 100 - 3, row * 100 - 3, col * 100 + 103, row * 100 + 103), OptionalInt.empty()));
    }
    List<Household> households = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      households.add(household("Hof" + (i % 50) + "laan", i + 1, random.nextInt(400 * 4) / 4.0, random.nextInt(300 * 4) / 4.0));
    }
    List<Group> groups = new ArrayList<>();
    for (int g = 0; g < 40; g++) {
      double x = random.nextInt(380);
      double y = random.nextInt(280);
      groups.add(Fixtures.group(String.format("G%02d", g), box(x, y, x + 10 + random.nextInt(120),
          y + 10 + random.nextInt(120))));
    }
    Dataset dataset = new Dataset("Willekeurig", households, List.of(), groups, hoods);

    MunicipalitySplit split = MunicipalitySplit.of(dataset);

    assertThat(split.outside()).isZero();
    assertThat(split.parts()).hasSize(4);
    assertThat(split.parts().stream().mapToInt(p -> p.dataset().households().size()).sum()).isEqualTo(3000);
    assertSumsEqualNational(dataset);
  }

  @Test
  void of_groupCoveringHouseholdsOutsideEveryNeighbourhood_countsThemInOutsideByGroup() {
    Neighbourhood hood = new Neighbourhood("WK000101", "Aadorp", "GM0001", "Aadorp", box(0, 0, 100, 100),
        OptionalInt.empty());
    Dataset dataset = new Dataset("Rand", List.of(household("Randweg", 1, 95, 50), household("Randweg", 2, 110, 50),
        household("Randweg", 3, 112, 50), household("Buitenweg", 1, 300, 300)), List.of(),
        List.of(Fixtures.group("X", box(90, 40, 120, 60)), Fixtures.group("Y", box(290, 290, 310, 310))),
        List.of(hood));

    MunicipalitySplit split = MunicipalitySplit.of(dataset);

    assertThat(split.outside()).isEqualTo(3);
    assertThat(split.outsideByGroup()).containsExactlyInAnyOrderEntriesOf(Map.of("X", 2, "Y", 1));
    assertThat(groupIds(split.parts().get(0))).containsExactly("X");
  }

  @Test
  void of_neighbourhoodWithoutMunicipality_isRefusedNamingIt() {
    Dataset dataset = ThreeMunicipalities.dataset().withNeighbourhoods(List.of(
        new Neighbourhood("WK999901", "Nergens", "", "", box(0, 0, 10, 10), OptionalInt.empty())));

    assertThatThrownBy(() -> MunicipalitySplit.of(dataset)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("WK999901").hasMessageContaining("gemeentecode");
  }

  @Test
  void of_noNeighbourhoods_isRefusedAskingForCbsWijken() {
    Dataset dataset = ThreeMunicipalities.dataset().withNeighbourhoods(List.of());

    assertThatThrownBy(() -> MunicipalitySplit.of(dataset)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no neighbourhoods").hasMessageContaining("CBS wijken");
  }

  private static void assertSumsEqualNational(Dataset dataset) {
    CoverageAnalysis analysis = CoverageAnalysis.withDefaults();
    CoverageReport national = analysis.analyse(dataset, GroupRules.heerenveen());
    MunicipalitySplit split = MunicipalitySplit.of(dataset);
    Map<String, Integer> sums = new HashMap<>();
    Set<String> inside = new HashSet<>();
    split.parts().forEach(p -> p.dataset().households().forEach(h -> inside.add(h.id())));
    // the households outside every neighbourhood here lie outside every group too
    assertThat(dataset.households()).filteredOn(h -> !inside.contains(h.id()))
        .allSatisfy(h -> assertThat(national.map().covering(h.x(), h.y())).isEmpty());
    for (MunicipalitySplit.Part p : split.parts()) {
      for (GroupCoverage g : analysis.analyse(p.dataset(), GroupRules.heerenveen()).groups()) {
        sums.merge(g.id(), g.households(), Integer::sum);
      }
    }
    split.outsideByGroup().forEach((id, n) -> sums.merge(id, n, Integer::sum));
    for (GroupCoverage g : national.groups()) {
      if (g.households() > 0) {
        assertThat(sums.get(g.id())).as("households of group %s over all municipalities", g.id())
            .isEqualTo(g.households());
      }
    }
  }
}
