package nl.dekking.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import nl.dekking.model.Address;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class CoverageIndexTest {

  // two squares sharing the edge x = 190010; ids chosen so that the right square sorts first
  private static final String LEFT = "POLYGON ((190000 550000, 190010 550000, 190010 550010, 190000 550010, 190000 550000))";
  private static final String RIGHT = "POLYGON ((190010 550000, 190020 550000, 190020 550010, 190010 550010, 190010 550000))";

  private static Group group(String id, String wkt) {
    try {
      Geometry area = new WKTReader().read(wkt);
      return Group.of(id, id, area);
    } catch (ParseException e) {
      throw new IllegalArgumentException(wkt, e);
    }
  }

  private static List<String> covering(CoverageIndex index, double x, double y) {
    return index.coveringIds(x, y);
  }

  @Test
  void locate_pointOnSharedEdge_givesOnlyTheGroupWhoseIdSortsFirst() {
    CoverageIndex index = CoverageIndex.build(List.of(group("west", LEFT), group("east", RIGHT)));

    assertThat(covering(index, 190010, 550005)).containsExactly("east");
    assertThat(index.id(index.locate(190010, 550005))).isEqualTo("east");
  }

  @Test
  void locate_pointOnVertexSharedByFourSquares_givesTheFirstId() {
    CoverageIndex index = CoverageIndex.build(List.of(
        group("d", LEFT), group("c", RIGHT),
        group("b", "POLYGON ((190000 550010, 190010 550010, 190010 550020, 190000 550020, 190000 550010))"),
        group("a", "POLYGON ((190010 550010, 190020 550010, 190020 550020, 190010 550020, 190010 550010))")));

    assertThat(covering(index, 190010, 550010)).containsExactly("a");
  }

  @Test
  void locate_pointOnOuterVertex_isCoveredByThatGroup() {
    CoverageIndex index = CoverageIndex.build(List.of(group("west", LEFT)));

    assertThat(covering(index, 190000, 550000)).containsExactly("west");
    assertThat(index.locate(189999.999, 550000)).isEqualTo(CoverageIndex.NONE);
  }

  @Test
  void locate_pointInHole_isUncovered() {
    CoverageIndex index = CoverageIndex.build(List.of(group("ring", "POLYGON ((190000 550000, 190030 550000, "
        + "190030 550030, 190000 550030, 190000 550000), (190010 550010, 190010 550020, 190020 550020, "
        + "190020 550010, 190010 550010))")));

    assertThat(index.locate(190015, 550015)).isEqualTo(CoverageIndex.NONE);
    assertThat(covering(index, 190005, 550015)).containsExactly("ring");
  }

  @Test
  void locate_pointOnHoleBoundary_isCovered() {
    CoverageIndex index = CoverageIndex.build(List.of(group("ring", "POLYGON ((190000 550000, 190030 550000, "
        + "190030 550030, 190000 550030, 190000 550000), (190010 550010, 190010 550020, 190020 550020, "
        + "190020 550010, 190010 550010))")));

    assertThat(covering(index, 190010, 550015)).containsExactly("ring");
    assertThat(covering(index, 190020, 550020)).containsExactly("ring");
  }

  @Test
  void locate_multipolygon_coversBothPartsAndNotTheGapBetween() {
    CoverageIndex index = CoverageIndex.build(List.of(group("two", "MULTIPOLYGON (((190000 550000, 190010 550000, "
        + "190010 550010, 190000 550010, 190000 550000)), ((190020 550000, 190030 550000, 190030 550010, "
        + "190020 550010, 190020 550000)))")));

    assertThat(covering(index, 190005, 550005)).containsExactly("two");
    assertThat(covering(index, 190025, 550005)).containsExactly("two");
    assertThat(index.locate(190015, 550005)).isEqualTo(CoverageIndex.NONE);
  }

  @Test
  void locateAll_overlap_givesEveryCoveringGroupAscending() {
    CoverageIndex index = CoverageIndex.build(List.of(group("b", LEFT),
        group("a", "POLYGON ((190005 550000, 190015 550000, 190015 550010, 190005 550010, 190005 550000))")));

    assertThat(covering(index, 190007, 550005)).containsExactly("a", "b");
    assertThat(index.id(index.locate(190007, 550005))).isEqualTo("a");
  }

  @Test
  void locateAll_onBoundaryOfOneAndInsideAnother_givesBoth() {
    // closed areas: a point on b's edge inside a's interior is covered by both
    CoverageIndex index = CoverageIndex.build(List.of(group("b", LEFT),
        group("a", "POLYGON ((190005 550000, 190015 550000, 190015 550010, 190005 550010, 190005 550000))")));

    assertThat(covering(index, 190010, 550005)).containsExactly("a", "b");
  }

  @Test
  void locate_bowTieArea_usesTheRepairedArea() {
    // the ring crosses itself at (190005, 550005); GeometryFixer makes two triangles
    CoverageIndex index = CoverageIndex.build(List.of(group("bow", "POLYGON ((190000 550000, 190010 550010, "
        + "190010 550000, 190000 550010, 190000 550000))")));

    assertThat(covering(index, 190001, 550005)).containsExactly("bow");
    assertThat(covering(index, 190009, 550005)).containsExactly("bow");
    assertThat(covering(index, 190005, 550005)).containsExactly("bow");
    assertThat(index.locate(190005, 550008)).isEqualTo(CoverageIndex.NONE);
  }

  @Test
  void assign_households_equalsPerPointLocateAndCountsAddUp() {
    CoverageIndex index = CoverageIndex.build(List.of(group("west", LEFT), group("east", RIGHT),
        group("mid", "POLYGON ((190005 550000, 190015 550000, 190015 550010, 190005 550010, 190005 550000))")));
    double[][] points = {{190002, 550005}, {190007, 550005}, {190010, 550005}, {190017, 550005},
        {190030, 550030}, {190010, 550000}, {190000, 550010}};
    List<Household> households = new ArrayList<>();
    for (int i = 0; i < points.length; i++) {
      households.add(new Household("h" + i, new Address("Dorpsstraat", i + 1, "", "", "6731AA", "Otterlo"),
          points[i][0], points[i][1]));
    }

    Assignment assignment = index.assign(households);

    int[] out = new int[index.size()];
    for (int i = 0; i < points.length; i++) {
      int n = index.locateAll(points[i][0], points[i][1], out);
      assertThat(assignment.groupsOf(i)).containsExactly(Arrays.copyOf(out, n));
      assertThat(assignment.firstGroup(i)).isEqualTo(index.locate(points[i][0], points[i][1]));
    }
    assertThat(assignment.uncovered()).isEqualTo(1);
    assertThat(assignment.coveredByMultiple()).isEqualTo(2);
    assertThat(assignment.coveredByOne()).isEqualTo(4);
    assertThat(Arrays.stream(assignment.householdsPerGroup()).sum()).isEqualTo(9);
  }

  @Test
  void build_shuffledGroups_givesIdenticalAnswersById() {
    List<Group> groups = new ArrayList<>(List.of(group("west", LEFT), group("east", RIGHT),
        group("mid", "POLYGON ((190005 550000, 190015 550000, 190015 550010, 190005 550010, 190005 550000))")));
    CoverageIndex first = CoverageIndex.build(groups);
    Collections.shuffle(groups, new Random(7));
    CoverageIndex second = CoverageIndex.build(groups);

    for (double x = 189999; x <= 190021; x += 0.5) {
      for (double y = 549999; y <= 550011; y += 0.5) {
        assertThat(covering(second, x, y)).isEqualTo(covering(first, x, y));
      }
    }
    assertThat(second.ids()).isEqualTo(first.ids());
  }

  @Test
  void build_duplicateIds_isRejected() {
    assertThatThrownBy(() -> CoverageIndex.build(List.of(group("x", LEFT), group("x", RIGHT))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'x'");
  }

  @Test
  void locateAll_outTooShort_isRejected() {
    CoverageIndex index = CoverageIndex.build(List.of(group("west", LEFT), group("east", RIGHT)));

    assertThatThrownBy(() -> index.locateAll(190005, 550005, new int[1]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2");
  }

  @Test
  void locate_emptyIndex_coversNothing() {
    CoverageIndex index = CoverageIndex.build(List.of());

    assertThat(index.locate(190005, 550005)).isEqualTo(CoverageIndex.NONE);
    assertThat(index.assign(new double[] {190005}, new double[] {550005}).uncovered()).isEqualTo(1);
  }

  @Test
  void assign_largeBatchOnEmptyIndexAndEmptyBatch_countsEveryPoint() {
    CoverageIndex empty = CoverageIndex.build(List.of());
    int n = 200_000; // large enough for several chunks on every core
    double[] xs = new double[n];
    double[] ys = new double[n];
    java.util.Random random = new java.util.Random(3);
    for (int i = 0; i < n; i++) {
      xs[i] = 190_000 + random.nextDouble() * 20;
      ys[i] = 550_000 + random.nextDouble() * 20;
    }

    Assignment none = empty.assign(xs, ys);
    Assignment nothing = CoverageIndex.build(List.of(group("west", LEFT))).assign(new double[0], new double[0]);

    assertThat(none.uncovered()).isEqualTo(n);
    assertThat(none.firstGroup(n - 1)).isEqualTo(CoverageIndex.NONE);
    assertThat(nothing.size()).isZero();
    assertThat(nothing.householdsPerGroup()).containsExactly(0);
  }

  @Test
  void assign_pointsOutsideTheIndexedSquare_areUncovered() {
    CoverageIndex index = CoverageIndex.build(List.of(group("west", LEFT), group("east", RIGHT)));
    double[] xs = {-1e12, 1e12, Double.NaN, 190005, Double.POSITIVE_INFINITY, 190015};
    double[] ys = {550005, 550005, 550005, Double.NaN, 550005, 550005};

    Assignment assignment = index.assign(xs, ys);

    assertThat(assignment.uncovered()).isEqualTo(5);
    assertThat(assignment.firstGroup(5)).isEqualTo(index.ordinalOf("east"));
  }
}
