package nl.dekking.analysis;

import static nl.dekking.analysis.Fixtures.box;
import static nl.dekking.analysis.Fixtures.group;
import static nl.dekking.analysis.Fixtures.household;
import static nl.dekking.analysis.Fixtures.wkt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import nl.dekking.model.Address;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.model.Neighbourhood;
import nl.dekking.model.Street;
import nl.dekking.rules.GroupRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The analysis of {@link HandMadeMap}, against answers worked out by hand. */
class CoverageAnalysisTest {

  static CoverageReport report;

  @BeforeAll
  static void analyse() {
    report = CoverageAnalysis.withDefaults().analyse(HandMadeMap.dataset(), GroupRules.heerenveen());
  }

  @Test
  void analyse_handMadeMap_countsHouseholdsOnceEach() {
    assertThat(report.addressPoints()).isEqualTo(30);
    assertThat(report.households()).isEqualTo(29);
    assertThat(report.covered()).isEqualTo(13);
    assertThat(report.uncovered()).isEqualTo(16);
    assertThat(report.coveredByOne()).isEqualTo(12);
    assertThat(report.coveredByMultiple()).isEqualTo(1);
  }

  @Test
  void analyse_householdOnSharedBoundary_countsForFirstGroupOnly() {
    assertThat(report.group("a").orElseThrow().households()).isEqualTo(6);
    assertThat(report.group("b").orElseThrow().households()).isEqualTo(1);
    assertThat(report.sharedHouseholds()).extracting(s -> s.household().id()).containsExactly("Dorpsstraat-7");
  }

  @Test
  void analyse_everyGroup_hasHouseholdsWorkedOutByHand() {
    assertThat(report.groups()).extracting(GroupCoverage::id, GroupCoverage::households, GroupCoverage::sharedHouseholds)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a", 6, 0),
            org.assertj.core.groups.Tuple.tuple("b", 1, 0),
            org.assertj.core.groups.Tuple.tuple("c", 2, 1),
            org.assertj.core.groups.Tuple.tuple("d", 1, 1),
            org.assertj.core.groups.Tuple.tuple("e", 0, 0),
            org.assertj.core.groups.Tuple.tuple("h", 1, 0),
            org.assertj.core.groups.Tuple.tuple("m", 2, 0),
            org.assertj.core.groups.Tuple.tuple("w", 1, 0),
            org.assertj.core.groups.Tuple.tuple("z", 0, 0));
  }

  @Test
  void analyse_groupWithHole_leavesHouseholdInHoleUncovered() {
    assertThat(report.uncoveredHouseholds()).extracting(Household::id).contains("Kerkweg-1");
    assertThat(report.group("h").orElseThrow().areaM2()).isCloseTo(10_000 - 400, within(1e-6));
  }

  @Test
  void analyse_multipolygonGroup_coversHouseholdsInEveryPart() {
    GroupCoverage m = report.group("m").orElseThrow();
    assertThat(m.households()).isEqualTo(2);
    assertThat(m.areaM2()).isCloseTo(5_000, within(1e-6));
  }

  @Test
  void analyse_bowTie_isRepairedAndReportedWithAreasBeforeAndAfter() {
    List<QaFinding> repairs = report.findings(QaFinding.Kind.REPAIRED_AREA);
    assertThat(repairs).hasSize(1);
    QaFinding.RepairedArea r = (QaFinding.RepairedArea) repairs.get(0);
    assertThat(r.groupId()).isEqualTo("w");
    assertThat(r.areaBeforeM2()).isCloseTo(0, within(1e-6));
    assertThat(r.areaAfterM2()).isCloseTo(5_000, within(1e-6));
    assertThat(report.uncoveredHouseholds()).extracting(Household::id).contains("Kerkweg-6");
    assertThat(report.group("w").orElseThrow().households()).isEqualTo(1);
  }

  @Test
  void analyse_overlapAboveTolerance_isReportedWithAreaAndHouseholds() {
    assertThat(report.overlaps()).hasSize(1);
    Overlap o = report.overlaps().get(0);
    assertThat(o.groupA()).isEqualTo("c");
    assertThat(o.groupB()).isEqualTo("d");
    assertThat(o.areaM2()).isCloseTo(1_000, within(1e-6));
    assertThat(o.shared().getEnvelopeInternal().getMinX()).isCloseTo(Fixtures.X0 + 290, within(1e-9));
    assertThat(o.households()).extracting(Household::id).containsExactly("Dorpsstraat-7");
  }

  @Test
  void analyse_overlapUnderTolerance_isDrawingErrorNotOverlap() {
    List<QaFinding> small = report.findings(QaFinding.Kind.SMALL_OVERLAP);
    assertThat(small).hasSize(1);
    QaFinding.SmallOverlap s = (QaFinding.SmallOverlap) small.get(0);
    assertThat(s.groupIds()).containsExactly("a", "e");
    assertThat(s.areaM2()).isCloseTo(20, within(1e-6));
    assertThat(report.overlaps()).noneMatch(o -> o.groupA().equals("a") && o.groupB().equals("e"));
  }

  @Test
  void analyse_sliverBetweenNeighbours_isNarrowGapNotCornerOrHole() {
    List<QaFinding> gaps = report.findings(QaFinding.Kind.NARROW_GAP);
    assertThat(gaps).hasSize(1);
    QaFinding.NarrowGap g = (QaFinding.NarrowGap) gaps.get(0);
    assertThat(g.groupIds()).containsExactly("b", "c");
    assertThat(g.widthM()).isCloseTo(2 * g.areaM2() / g.area().getLength(), within(1e-9)).isBetween(4.5, 5.0);
    assertThat(g.areaM2()).isBetween(480.0, 500.0);
    // the household in the sliver is still an uncovered household
    assertThat(report.uncoveredHouseholds()).extracting(Household::id).contains("Dorpsstraat-8");
  }

  @Test
  void analyse_groupCoveringNothing_isReported() {
    assertThat(report.findings(QaFinding.Kind.NO_HOUSEHOLDS)).flatExtracting(QaFinding::groupIds)
        .containsExactly("e", "z");
  }

  @Test
  void analyse_duplicateAddress_countsOnceAndIsReported() {
    List<QaFinding> dups = report.findings(QaFinding.Kind.DUPLICATE_ADDRESS);
    assertThat(dups).hasSize(1);
    QaFinding.DuplicateAddress d = (QaFinding.DuplicateAddress) dups.get(0);
    assertThat(d.households()).extracting(Household::id).containsExactly("Dorpsstraat-1", "dup");
  }

  @Test
  void analyse_neighbours_touchOverlapOrLieWithinDistance() {
    assertThat(report.group("a").orElseThrow().neighbours()).containsExactly("b", "e");
    assertThat(report.group("b").orElseThrow().neighbours()).containsExactly("a", "c", "e");
    assertThat(report.group("c").orElseThrow().neighbours()).containsExactly("b", "d");
    assertThat(report.group("z").orElseThrow().neighbours()).isEmpty();
  }

  @Test
  void analyse_neighbourDistanceZero_keepsOnlyTouchingGroups() {
    CoverageReport r = CoverageAnalysis.of(AnalysisSettings.defaults().withNeighbourDistanceM(0))
        .analyse(HandMadeMap.dataset(), GroupRules.heerenveen());
    assertThat(r.group("b").orElseThrow().neighbours()).containsExactly("a", "e");
  }

  @Test
  void analyse_streets_areFullyPartlyOrUncovered() {
    assertThat(report.streets()).extracting(StreetCoverage::name, StreetCoverage::state).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Bosweg", StreetCoverage.State.UNCOVERED),
        org.assertj.core.groups.Tuple.tuple("Dorpsstraat", StreetCoverage.State.PARTLY_COVERED),
        org.assertj.core.groups.Tuple.tuple("Heideweg", StreetCoverage.State.UNCOVERED),
        org.assertj.core.groups.Tuple.tuple("Kerkstraat", StreetCoverage.State.FULLY_COVERED),
        org.assertj.core.groups.Tuple.tuple("Kerkweg", StreetCoverage.State.PARTLY_COVERED));
  }

  @Test
  void analyse_uncoveredStreet_compressesHouseNumbers() {
    assertThat(report.street("Heideweg", "Otterlo").orElseThrow().uncoveredNumbers(Language.NL))
        .isEqualTo("1–15 (oneven), 2–8 (even)");
    assertThat(report.street("Kerkweg", "Otterlo").orElseThrow().uncoveredNumbers(Language.EN)).isEqualTo("1, 6");
  }

  @Test
  void analyse_groupStreets_fullWhenAllHouseholdsPartialWhenSome() {
    GroupCoverage a = report.group("a").orElseThrow();
    assertThat(a.fullStreets()).extracting(GroupStreet::name).containsExactly("Kerkstraat");
    assertThat(a.partialStreets()).extracting(GroupStreet::name, GroupStreet::households)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Dorpsstraat", 4));
  }

  @Test
  void analyse_streetLineThroughGroupWithoutHouseholds_isPartlyInGroup() {
    GroupCoverage b = report.group("b").orElseThrow();
    assertThat(b.streets()).extracting(GroupStreet::name, GroupStreet::extent, GroupStreet::households)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Bospad", GroupStreet.Extent.PARTIAL, 0),
            org.assertj.core.groups.Tuple.tuple("Dorpsstraat", GroupStreet.Extent.PARTIAL, 1));
    assertThat(report.street("Bospad", "Otterlo")).isEmpty();
  }

  @Test
  void analyse_gapClusters_groupNearbyUncoveredHouseholdsLargestFirst() {
    assertThat(report.gapClusters()).extracting(GapCluster::id, GapCluster::householdCount).containsExactly(
        org.assertj.core.groups.Tuple.tuple("gap-1", 12),
        org.assertj.core.groups.Tuple.tuple("gap-2", 1),
        org.assertj.core.groups.Tuple.tuple("gap-3", 1),
        org.assertj.core.groups.Tuple.tuple("gap-4", 1),
        org.assertj.core.groups.Tuple.tuple("gap-5", 1));
    assertThat(report.gapClusters().get(1).households().get(0).id()).isEqualTo("Bosweg-1");
    GapCluster big = report.gapClusters().get(0);
    assertThat(big.streets()).hasSize(1);
    assertThat(big.streets().get(0).numbers(Language.NL)).isEqualTo("1–15 (oneven), 2–8 (even)");
  }

  @Test
  void analyse_gapClusterOutline_holdsEveryHouseholdWithMargin() {
    for (GapCluster c : report.gapClusters()) {
      for (Household h : c.households()) {
        org.locationtech.jts.geom.Point p = nl.dekking.crs.RdNew.GEOMETRY_FACTORY.createPoint(
            new org.locationtech.jts.geom.Coordinate(h.x(), h.y()));
        assertThat(c.outline().contains(p)).as(c.id() + " holds " + h.id()).isTrue();
        assertThat(c.outline().getBoundary().distance(p)).isGreaterThan(GapClusterer.OUTLINE_MARGIN_M - 0.5);
      }
    }
    // one household: a disc of radius 10 m, drawn with 16 segments
    assertThat(report.gapClusters().get(1).areaM2()).isBetween(300.0, Math.PI * 100);
  }

  @Test
  void analyse_shorterWalkingDistance_splitsCluster() {
    CoverageReport r = CoverageAnalysis.of(AnalysisSettings.defaults().withWalkingDistanceM(15))
        .analyse(HandMadeMap.dataset(), GroupRules.heerenveen());
    // Heideweg odd numbers lie 20 m apart and even numbers 20 m from each other and from the odd ones
    assertThat(r.gapClusters()).hasSize(16);
  }

  @Test
  void analyse_neighbourhood_countsHouseholdsAndCoveredShare() {
    assertThat(report.neighbourhoods()).hasSize(1);
    NeighbourhoodCoverage n = report.neighbourhoods().get(0);
    assertThat(n.households()).isEqualTo(8);
    assertThat(n.covered()).isEqualTo(7);
    assertThat(n.reportedHouseholds()).hasValue(10);
    assertThat(n.coveredShare()).hasValue(0.875);
  }

  @Test
  void analyse_emptyDataset_givesEmptyReport() {
    CoverageReport r = CoverageAnalysis.withDefaults().analyse(Dataset.of("leeg", List.of(), List.of()),
        GroupRules.heerenveen());
    assertThat(r.households()).isZero();
    assertThat(r.groups()).isEmpty();
    assertThat(r.gapClusters()).isEmpty();
    assertThat(r.findings()).isEmpty();
  }
}
