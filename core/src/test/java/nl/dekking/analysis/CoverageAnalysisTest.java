package nl.dekking.analysis;

import static nl.dekking.analysis.Fixtures.box;
import static nl.dekking.analysis.Fixtures.group;
import static nl.dekking.analysis.Fixtures.household;
import static nl.dekking.analysis.Fixtures.wkt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
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
  void analyse_withProgress_tellsEachStepAndGivesTheSameReport() {
    List<String> steps = new java.util.ArrayList<>();
    CoverageReport withProgress = CoverageAnalysis.withDefaults().analyse(HandMadeMap.dataset(), GroupRules.heerenveen(),
        steps::add);
    assertThat(steps).containsExactly("indexing " + HandMadeMap.dataset().groups().size() + " groups",
        "assigning 29 households", "covering streets", "checking the map: overlaps, narrow gaps, neighbours",
        "clustering 16 uncovered households");
    assertThat(withProgress).isEqualTo(report);
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
    assertThat(o.areaM2()).isCloseTo(2_000, within(1e-6));
    assertThat(o.shared().getEnvelopeInternal().getMinX()).isCloseTo(Fixtures.X0 + 280, within(1e-9));
    assertThat(o.households()).extracting(Household::id).containsExactly("Dorpsstraat-7");
  }

  @Test
  void analyse_overlapUnderTolerance_isDrawingErrorNotOverlap() {
    List<QaFinding> small = report.findings(QaFinding.Kind.SMALL_OVERLAP);
    assertThat(small).hasSize(1);
    QaFinding.OverlapError s = (QaFinding.OverlapError) small.get(0);
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

  @Test
  void analyse_narrowHoleInOneGroup_isNarrowGapOfThatGroup() {
    Group g = group("g", wkt("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0), (20 20, 80 20, 80 24, 20 24, 20 20))"));
    CoverageReport r = CoverageAnalysis.withDefaults().analyse(Dataset.of("hole", List.of(), List.of(g)),
        GroupRules.heerenveen());
    assertThat(r.findings(QaFinding.Kind.NARROW_GAP)).singleElement().satisfies(f -> {
      assertThat(f.groupIds()).containsExactly("g");
      assertThat(((QaFinding.NarrowGap) f).areaM2()).isCloseTo(240, within(1e-6));
    });
  }

  @Test
  void analyse_narrowHoleWhereFourGroupsMeet_isOneNarrowGapOfAllFour() {
    // four squares drawn 3 m apart leave a cross-shaped gap enclosed by an outer ring group
    List<Group> groups = List.of(
        group("ring", wkt("POLYGON ((-50 -50, 250 -50, 250 250, -50 250, -50 -50), (0 0, 203 0, 203 203, 0 203, 0 0))")),
        group("sw", box(0, 0, 100, 100)), group("se", box(103, 0, 203, 100)),
        group("nw", box(0, 103, 100, 203)), group("ne", box(103, 103, 203, 203)));
    CoverageReport r = CoverageAnalysis.withDefaults().analyse(Dataset.of("cross", List.of(), groups),
        GroupRules.heerenveen());
    assertThat(r.findings(QaFinding.Kind.NARROW_GAP)).singleElement().satisfies(f -> {
      assertThat(f.groupIds()).containsExactly("ne", "nw", "ring", "se", "sw");
      assertThat(((QaFinding.NarrowGap) f).areaM2()).isCloseTo(2 * 203 * 3 - 9, within(1.0));
    });
  }

  @Test
  void analyse_longThinOverlap_isSliverNotOverlap() {
    // 2 m x 150 m = 300 m² shared, above the 50 m² tolerance but narrower than the 10 m gap width
    List<Group> groups = List.of(group("x", box(0, 0, 100, 150)), group("y", box(98, 0, 200, 150)));
    CoverageReport r = CoverageAnalysis.withDefaults().analyse(Dataset.of("sliver", List.of(), groups),
        GroupRules.heerenveen());
    assertThat(r.overlaps()).isEmpty();
    assertThat(r.findings(QaFinding.Kind.SLIVER_OVERLAP)).singleElement().satisfies(f -> {
      QaFinding.OverlapError e = (QaFinding.OverlapError) f;
      assertThat(e.areaM2()).isCloseTo(300, within(1e-6));
      assertThat(e.widthM()).isCloseTo(2 * 300 / 304.0, within(1e-9));
      assertThat(e.message()).contains("sliver");
    });
  }

  @Test
  void analyse_wideOverlap_isOverlapEvenWhenGapWidthIsLarger() {
    List<Group> groups = List.of(group("x", box(0, 0, 100, 150)), group("y", box(85, 0, 200, 150)));
    CoverageReport r = CoverageAnalysis.withDefaults().analyse(Dataset.of("wide", List.of(), groups),
        GroupRules.heerenveen());
    assertThat(r.overlaps()).extracting(Overlap::areaM2).containsExactly(15.0 * 150);
    CoverageReport strict = CoverageAnalysis.of(AnalysisSettings.defaults().withGapWidthM(20))
        .analyse(Dataset.of("wide", List.of(), groups), GroupRules.heerenveen());
    assertThat(strict.overlaps()).isEmpty();
    assertThat(strict.findings(QaFinding.Kind.SLIVER_OVERLAP)).hasSize(1);
  }

  @Test
  void analyse_strip10mWideWithGapWidth10m_isNotNarrowGap() {
    // a 10 m street between two groups is not narrower than the 10 m gap width; 9.9 m is
    List<Group> wide = List.of(group("x", box(0, 0, 100, 200)), group("y", box(110, 0, 200, 200)));
    List<Group> narrow = List.of(group("x", box(0, 0, 100, 200)), group("y", box(109.9, 0, 200, 200)));
    CoverageAnalysis analysis = CoverageAnalysis.withDefaults();
    assertThat(analysis.analyse(Dataset.of("10 m", List.of(), wide), GroupRules.heerenveen())
        .findings(QaFinding.Kind.NARROW_GAP)).isEmpty();
    assertThat(analysis.analyse(Dataset.of("9.9 m", List.of(), narrow), GroupRules.heerenveen())
        .findings(QaFinding.Kind.NARROW_GAP)).hasSize(1);
  }

  @Test
  void analyse_streetLine_householdsDecideFullAndShortTouchIsNotPartial() {
    // Kerkstraat's households all lie in x; its line runs on into y (partly) and grazes z's corner for 0.5 m
    nl.dekking.model.Street kerkstraat = new nl.dekking.model.Street("Kerkstraat", "Otterlo",
        java.util.Optional.of(wkt("LINESTRING (10 50, 190 50, 199.5 99.5, 200 100)")));
    List<Group> groups = List.of(group("x", box(0, 0, 100, 100)), group("y", box(150, 0, 190, 60)),
        group("z", box(199.6, 99.6, 300, 300)));
    Dataset d = new Dataset("lines", List.of(household("Kerkstraat", 1, 20, 50), household("Kerkstraat", 3, 40, 50)),
        List.of(kerkstraat), groups, List.of());
    CoverageReport r = CoverageAnalysis.withDefaults().analyse(d, GroupRules.heerenveen());
    assertThat(r.group("x").orElseThrow().streets()).extracting(GroupStreet::extent)
        .containsExactly(GroupStreet.Extent.FULL);
    assertThat(r.group("y").orElseThrow().streets()).extracting(GroupStreet::extent, GroupStreet::households)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(GroupStreet.Extent.PARTIAL, 0));
    assertThat(r.group("z").orElseThrow().streets()).isEmpty();
    assertThat(r.street("Kerkstraat", "Otterlo").orElseThrow().groupIds()).containsExactly("x", "y");
  }
}
