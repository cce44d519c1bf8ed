package nl.dekking.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.analysis.GroupCoverage;
import nl.dekking.model.Dataset;
import nl.dekking.model.Household;
import nl.dekking.rules.GroupRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/** The checked properties, on the real addresses of Otterlo and Wekerom with the sample and with generated groups. */
class PlannerTest {

  private static final int CAP = 40;
  private static Dataset sample;
  private static CoverageReport sampleReport;
  private static Plan samplePlan;
  private static Dataset grid;
  private static CoverageReport gridReport;
  private static Plan gridPlan;

  @BeforeAll
  static void plan() {
    sample = PlanFixtures.sample();
    sampleReport = PlanFixtures.analyse(sample);
    samplePlan = Planner.plan(sample, sampleReport, PlanSettings.of(GroupRules.heerenveen()));
    grid = PlanFixtures.grid(400);
    gridReport = PlanFixtures.analyse(grid);
    gridPlan = Planner.plan(grid, gridReport, PlanSettings.of(GroupRules.heerenveen()));
  }

  @Test
  void plan_defaults_capIsTheRulesSoftCap() {
    assertThat(samplePlan.settings().householdsPerGroup()).isEqualTo(GroupRules.heerenveen().softMemberCap())
        .isEqualTo(CAP);
  }

  @Test
  void plan_everyGroupOverTheCap_getsASplitAndNoOtherDoes() {
    for (CoverageReport r : List.of(sampleReport, gridReport)) {
      Plan p = r == sampleReport ? samplePlan : gridPlan;
      List<String> oversized = r.groups().stream().filter(g -> g.households() > CAP).map(GroupCoverage::id).toList();
      assertThat(p.splits()).extracting(Proposal::parent).containsExactlyElementsOf(oversized);
      for (Proposal split : p.splits()) {
        assertThat(split.households()).hasSize(r.group(split.parent()).orElseThrow().households());
        assertThat(split.groups()).hasSizeGreaterThanOrEqualTo(2);
      }
    }
    assertThat(gridPlan.splits()).hasSizeGreaterThanOrEqualTo(8);
  }

  @Test
  void plan_splitParts_tileTheOldAreaWithinOnePercent() {
    for (Plan p : List.of(samplePlan, gridPlan)) {
      for (Proposal split : p.splits()) {
        double area = split.area().getArea();
        double sum = split.groups().stream().mapToDouble(g -> g.area().getArea()).sum();
        Geometry union = UnaryUnionOp.union(split.groups().stream().map(ProposedGroup::area).toList());
        assertThat(Math.abs(sum - area) / area).as("overlap or gap in %s", split.parent()).isLessThanOrEqualTo(0.01);
        assertThat(union.symDifference(split.area()).getArea() / area).as("union of %s", split.parent())
            .isLessThanOrEqualTo(0.01);
      }
    }
  }

  @Test
  void plan_splitParts_holdEveryHouseholdInExactlyOnePartByAnIndependentPointInPolygon() {
    for (Plan p : List.of(samplePlan, gridPlan)) {
      for (Proposal split : p.splits()) {
        for (Household h : split.households()) {
          int containing = 0;
          ProposedGroup listed = null;
          for (ProposedGroup g : split.groups()) {
            if (PointInPolygon.covers(g.area(), h.x(), h.y())) {
              containing++;
            }
            if (g.households().contains(h)) {
              listed = g;
            }
          }
          assertThat(containing).as("parts holding %s in %s", h.address(), split.parent()).isEqualTo(1);
          assertThat(PointInPolygon.covers(listed.area(), h.x(), h.y())).as("%s lies in its own part", h.address())
              .isTrue();
        }
      }
    }
  }

  @Test
  void plan_parts_holdAtMostCapUnlessOneSpotAndAreFewEnough() {
    for (Plan p : List.of(samplePlan, gridPlan)) {
      for (Proposal proposal : concat(p)) {
        for (ProposedGroup g : proposal.groups()) {
          if (g.householdCount() > CAP) {
            assertThat(PlanQuality.oneSpot(g.households())).as(g.id()).isTrue();
          }
        }
        int minimum = (proposal.households().size() + CAP - 1) / CAP;
        assertThat(proposal.groups().size()).as(proposal.parent()).isLessThanOrEqualTo((int) (minimum * 1.25 + 1));
      }
      assertThat(p.quality().capViolations()).isZero();
    }
  }

  @Test
  void plan_newGroups_takeNoCoveredHouseholdAndCoverSixtyPercentOfTheUncovered() {
    for (Plan p : List.of(samplePlan, gridPlan)) {
      CoverageReport r = p == samplePlan ? sampleReport : gridReport;
      Set<Household> uncovered = new HashSet<>(r.uncoveredHouseholds());
      Set<Household> planned = new HashSet<>();
      for (Proposal fresh : p.newGroups()) {
        for (ProposedGroup g : fresh.groups()) {
          assertThat(uncovered).containsAll(g.households());
          assertThat(planned.addAll(g.households())).isTrue();
        }
      }
      assertThat((double) planned.size() / uncovered.size()).isGreaterThanOrEqualTo(0.60);
      // no household with a group lies in a new group's area
      List<Geometry> areas = p.newGroups().stream().flatMap(f -> f.groups().stream()).map(ProposedGroup::area).toList();
      for (Household h : PlanFixtures.households()) {
        if (r.map().index().locate(h.x(), h.y()) >= 0) {
          for (Geometry a : areas) {
            assertThat(a.getEnvelopeInternal().contains(h.x(), h.y()) && PointInPolygon.covers(a, h.x(), h.y())
                && !onBoundary(a, h)).as("covered %s in a new group", h.address()).isFalse();
          }
        }
      }
    }
  }

  @Test
  void plan_newGroups_overlapNoGroupNorEachOther() {
    Geometry groups = UnaryUnionOp.union(sampleReport.map().groups().stream().map(g -> sampleReport.map()
        .area(sampleReport.map().ordinalOf(g.id()))).toList());
    List<Geometry> areas = samplePlan.newGroups().stream().map(Proposal::area).toList();
    for (int i = 0; i < areas.size(); i++) {
      assertThat(areas.get(i).intersection(groups).getArea()).isLessThan(1.0);
      for (int j = i + 1; j < areas.size(); j++) {
        assertThat(areas.get(i).intersection(areas.get(j)).getArea()).isLessThan(1.0);
      }
    }
  }

  @Test
  void plan_comparedWithKMeans_meetsTheCapWhereKMeansBreaksItAndSplitsFewerStreets() {
    Plan naive = Planner.plan(grid, gridReport, PlanSettings.of(GroupRules.heerenveen())
        .withMethod(PlanSettings.Method.K_MEANS_VORONOI));
    PlanQuality ours = gridPlan.quality();
    PlanQuality theirs = naive.quality();
    assertThat(theirs.capViolations()).isGreaterThan(0);
    assertThat(ours.capViolations()).isZero();
    assertThat(ours.streetsSplit()).isLessThan(theirs.streetsSplit());
    assertThat(ours.streetBreaks()).isLessThan(theirs.streetBreaks());
    assertThat(ours.parts()).isLessThanOrEqualTo((int) Math.ceil(ours.minimumParts() * 1.05));
  }

  @Test
  void plan_proposedGroups_listOnlyAddressesAndStreetsInTheReportsForm() {
    ProposedGroup g = gridPlan.splits().get(0).groups().get(0);
    assertThat(g.id()).startsWith(gridPlan.splits().get(0).parent() + "-");
    assertThat(g.streets()).isNotEmpty();
    assertThat(g.streets().stream().mapToInt(s -> s.households().size()).sum()).isEqualTo(g.householdCount());
  }

  private static boolean onBoundary(Geometry a, Household h) {
    return a.getBoundary().distance(a.getFactory().createPoint(new org.locationtech.jts.geom.Coordinate(h.x(), h.y())))
        < 1e-6;
  }

  private static List<Proposal> concat(Plan p) {
    return java.util.stream.Stream.concat(p.splits().stream(), p.newGroups().stream()).toList();
  }
}
