package nl.dekking.analysis;

import static nl.dekking.analysis.Fixtures.box;
import static nl.dekking.analysis.Fixtures.household;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import nl.dekking.index.CoverageIndex;
import nl.dekking.index.CoverageMap;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.model.Neighbourhood;
import nl.dekking.rules.GroupRules;
import org.junit.jupiter.api.Test;

class CoverageAnalysisPartTest {

  private static final CoverageAnalysis ANALYSIS = CoverageAnalysis.withDefaults();

  /** Wijken on a 100 m grid reaching 3 m into their neighbours, households and groups on a quarter-metre grid. */
  private static Dataset randomCountry(long seed) {
    Random random = new Random(seed);
    List<Neighbourhood> hoods = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      int col = i % 4;
      int row = i / 4;
      hoods.add(new Neighbourhood(String.format("WK%04d%02d", col + 1, row + 1), "Wijk " + i,
          String.format("GM%04d", col + 1), "Gemeente " + (col + 1),
          box(col * 100 - 3, row * 100 - 3, col * 100 + 103, row * 100 + 103), OptionalInt.empty()));
    }
    List<Household> households = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      households.add(household("Hof" + (i % 50) + "laan", i % 700 + 1, random.nextInt(400 * 4) / 4.0,
          random.nextInt(300 * 4) / 4.0));
    }
    List<Group> groups = new ArrayList<>();
    for (int g = 0; g < 40; g++) {
      double x = random.nextInt(380);
      double y = random.nextInt(280);
      groups.add(Fixtures.group(String.format("G%02d", g), box(x, y, x + 10 + random.nextInt(120),
          y + 10 + random.nextInt(120))));
    }
    // a bow-tie, repaired once by the national map
    groups.add(Fixtures.group("G99", Fixtures.wkt("POLYGON ((10 10, 60 60, 60 10, 10 60, 10 10))")));
    return new Dataset("Willekeurig", households, List.of(), groups, hoods);
  }

  @Test
  void analysePart_everyPartOfARandomCountry_equalsAnalysingThePartAlone() {
    for (long seed = 1; seed <= 3; seed++) {
      MunicipalitySplit split = MunicipalitySplit.of(randomCountry(seed));

      for (MunicipalitySplit.Part part : split.parts()) {
        CoverageReport alone = ANALYSIS.analyse(part.dataset(), GroupRules.heerenveen());
        CoverageReport inWhole = ANALYSIS.analysePart(part.dataset(), GroupRules.heerenveen(), split.map(),
            split.neighbourhoodIndex());

        assertThat(inWhole).as("part %s, seed %d", part.code(), seed).isEqualTo(alone);
      }
    }
  }

  @Test
  void analysePart_householdOnTheEdgeOfTwoOwnWijkenInsideAnothersWijk_countsInTheFirstOwnWijkOnly() {
    Neighbourhood west = hood("WK000101", "GM0001", box(0, 0, 100, 100));
    Neighbourhood east = hood("WK000102", "GM0001", box(100, 0, 200, 100));
    Neighbourhood other = hood("WK000001", "GM0000", box(50, 0, 150, 100));
    Dataset part = new Dataset("Aadorp", List.of(household("Grens", 1, 100, 50), household("Grens", 2, 20, 50)),
        List.of(), List.of(Fixtures.group("A", box(0, 0, 300, 100))), List.of(west, east));

    assertThat(neighbourhoodCounts(part, List.of(west, east, other))).containsExactly(2, 0);
  }

  @Test
  void analysePart_householdOnTheEdgeOfAnOwnAndAnothersWijkOnly_countsInTheOwnWijk() {
    Neighbourhood own = hood("WK000101", "GM0001", box(0, 0, 100, 100));
    Neighbourhood other = hood("WK000001", "GM0000", box(100, 0, 200, 100));
    Dataset part = new Dataset("Aadorp", List.of(household("Grens", 1, 100, 50)), List.of(),
        List.of(Fixtures.group("A", box(0, 0, 300, 100))), List.of(own));

    assertThat(neighbourhoodCounts(part, List.of(own, other))).containsExactly(1);
  }

  @Test
  void analysePart_aGroupCoveringAHouseholdMissingFromThePart_isRefused() {
    Group a = Fixtures.group("A", box(0, 0, 100, 100));
    Group b = Fixtures.group("B", box(40, 0, 60, 100));
    Neighbourhood own = hood("WK000101", "GM0001", box(0, 0, 100, 100));
    Dataset part = new Dataset("Aadorp", List.of(household("Midden", 1, 50, 50)), List.of(), List.of(a),
        List.of(own));
    CoverageMap whole = CoverageMap.of(List.of(a, b));
    CoverageIndex hoods = CoverageIndex.of(List.of(own.code()), List.of(own.area()));

    assertThatThrownBy(() -> ANALYSIS.analysePart(part, GroupRules.heerenveen(), whole, hoods))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("do not hold every group covering its households");
  }

  private static List<Integer> neighbourhoodCounts(Dataset part, List<Neighbourhood> all) {
    CoverageMap whole = CoverageMap.of(part.groups());
    CoverageIndex hoods = CoverageIndex.of(all.stream().map(Neighbourhood::code).toList(),
        all.stream().map(Neighbourhood::area).toList());
    CoverageReport alone = ANALYSIS.analyse(part, GroupRules.heerenveen());
    CoverageReport inWhole = ANALYSIS.analysePart(part, GroupRules.heerenveen(), whole, hoods);
    assertThat(inWhole.neighbourhoods()).isEqualTo(alone.neighbourhoods());
    return inWhole.neighbourhoods().stream().map(NeighbourhoodCoverage::households).toList();
  }

  private static Neighbourhood hood(String code, String municipality, org.locationtech.jts.geom.Geometry area) {
    return new Neighbourhood(code, code, municipality, municipality, area, OptionalInt.empty());
  }
}
