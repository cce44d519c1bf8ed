package nl.dekking.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import nl.dekking.model.Group;

/**
 * The index answers exactly as JTS brute force does: random layouts (tilings with shared edges and T-junctions,
 * holes, multipolygons, overlaps, bow-ties, zero-area areas) on a 1 m grid, queried at every vertex, every edge
 * midpoint (also 1 nm beside them in eight directions), random half-metre grid points and random real points.
 */
class CoverageIndexPropertyTest {

  @Property(tries = 300)
  void locateAll_randomLayout_equalsBruteForce(@ForAll long seed) {
    List<Group> groups = RandomLayout.groups(seed);
    CoverageIndex index = CoverageIndex.build(groups);
    BruteForceCoverage oracle = new BruteForceCoverage(groups);
    int[] out = new int[index.size()];
    for (double[] p : RandomLayout.points(seed, groups, 150)) {
      List<String> expected = oracle.covering(p[0], p[1]);
      int n = index.locateAll(p[0], p[1], out);
      List<String> actual = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        actual.add(index.id(out[i]));
      }
      assertThat(actual).as("groups covering (%s, %s), seed %s", p[0], p[1], seed).isEqualTo(expected);
    }
  }

  @Property(tries = 300)
  void locate_randomLayout_isFirstOfBruteForce(@ForAll long seed) {
    List<Group> groups = RandomLayout.groups(seed);
    CoverageIndex index = CoverageIndex.build(groups);
    BruteForceCoverage oracle = new BruteForceCoverage(groups);
    for (double[] p : RandomLayout.points(seed, groups, 150)) {
      List<String> expected = oracle.covering(p[0], p[1]);
      int located = index.locate(p[0], p[1]);
      String actual = located == CoverageIndex.NONE ? null : index.id(located);
      assertThat(actual).as("group covering (%s, %s), seed %s", p[0], p[1], seed)
          .isEqualTo(expected.isEmpty() ? null : expected.get(0));
    }
  }

  @Property(tries = 150)
  void locateAll_probesOneNanometreBesideVerticesAndEdgeMidpoints_equalBruteForce(@ForAll long seed) {
    List<Group> groups = RandomLayout.groups(seed);
    CoverageIndex index = CoverageIndex.build(groups);
    BruteForceCoverage oracle = new BruteForceCoverage(groups);
    int[] out = new int[index.size()];
    double[] offsets = {-1e-9, 0, 1e-9};
    for (double[] p : RandomLayout.points(seed, groups, 0)) { // every vertex and edge midpoint
      for (double dx : offsets) {
        for (double dy : offsets) {
          double x = p[0] + dx;
          double y = p[1] + dy;
          List<String> expected = oracle.covering(x, y);
          int n = index.locateAll(x, y, out);
          List<String> actual = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            actual.add(index.id(out[i]));
          }
          assertThat(actual).as("groups covering (%s, %s), seed %s", x, y, seed).isEqualTo(expected);
          assertThat(index.locate(x, y)).isEqualTo(n == 0 ? CoverageIndex.NONE : out[0]);
        }
      }
    }
  }

  @Property(tries = 100)
  void forEachCovering_randomLayout_visitsWhatLocateAllFinds(@ForAll long seed) {
    List<Group> groups = RandomLayout.groups(seed);
    CoverageIndex index = CoverageIndex.build(groups);
    int[] out = new int[index.size()];
    for (double[] p : RandomLayout.points(seed, groups, 100)) {
      int n = index.locateAll(p[0], p[1], out);
      List<Integer> visited = new ArrayList<>();
      index.forEachCovering(p[0], p[1], visited::add);
      List<Integer> expected = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        expected.add(out[i]);
      }
      assertThat(visited).as("(%s, %s), seed %s", p[0], p[1], seed).isEqualTo(expected);
    }
  }

  @Property(tries = 100)
  void assign_randomLayout_countsEveryPointOnceAndMatchesLocateAll(@ForAll long seed) {
    List<Group> groups = RandomLayout.groups(seed);
    CoverageIndex index = CoverageIndex.build(groups);
    List<double[]> points = RandomLayout.points(seed, groups, 300);
    Collections.shuffle(points, new Random(seed));
    double[] xs = new double[points.size()];
    double[] ys = new double[points.size()];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = points.get(i)[0];
      ys[i] = points.get(i)[1];
    }
    Assignment assignment = index.assign(xs, ys);
    assertThat(assignment.uncovered() + assignment.coveredByOne() + assignment.coveredByMultiple())
        .isEqualTo(xs.length);
    int[] perGroup = new int[index.size()];
    int[] out = new int[index.size()];
    for (int i = 0; i < xs.length; i++) {
      int n = index.locateAll(xs[i], ys[i], out);
      assertThat(assignment.groupsOf(i)).as("point %s (%s, %s), seed %s", i, xs[i], ys[i], seed)
          .containsExactly(java.util.Arrays.copyOf(out, n));
      for (int k = 0; k < n; k++) {
        perGroup[out[k]]++;
      }
    }
    assertThat(assignment.householdsPerGroup()).isEqualTo(perGroup);
  }

  @Property(tries = 100)
  void locateAll_shuffledGroups_sameAnswerById(@ForAll long seed) {
    List<Group> groups = RandomLayout.groups(seed);
    List<Group> shuffled = new ArrayList<>(groups);
    Collections.shuffle(shuffled, new Random(~seed));
    CoverageIndex a = CoverageIndex.build(groups);
    CoverageIndex b = CoverageIndex.build(shuffled);
    int[] outA = new int[a.size()];
    int[] outB = new int[b.size()];
    for (double[] p : RandomLayout.points(seed, groups, 100)) {
      int na = a.locateAll(p[0], p[1], outA);
      int nb = b.locateAll(p[0], p[1], outB);
      assertThat(nb).isEqualTo(na);
      for (int i = 0; i < na; i++) {
        assertThat(b.id(outB[i])).isEqualTo(a.id(outA[i]));
      }
    }
  }
}
