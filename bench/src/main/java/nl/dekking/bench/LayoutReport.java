package nl.dekking.bench;

import java.util.List;
import nl.dekking.index.CoverageIndex;
import nl.dekking.index.IndexProfile;
import nl.dekking.model.Group;
import org.locationtech.jts.geom.Coordinate;

/**
 * What a benchmark's setup prints about its layout for Dekking: the groups, the index, how many households fall
 * in a group and what share of the lookups need an exact geometry test; and, before anything is timed, the
 * boundary probes (every vertex, every edge midpoint and points 1 nm beside them of the first groups) compared
 * with the JTS reference.
 */
final class LayoutReport {

  private static final int PROBED_GROUPS = 300;

  private LayoutReport() {
  }

  static void print(Layout layout, List<Group> groups, double[] xs, double[] ys, PointLocator reference) {
    CoverageIndex index = CoverageIndex.build(groups);
    int probes = requireExactOnBoundaries(layout, groups, index, reference);
    long covered = 0;
    for (int i = 0; i < xs.length; i++) {
      covered += index.locate(xs[i], ys[i]) != CoverageIndex.NONE ? 1 : 0;
    }
    System.out.printf("%n# layout %s: %s%n# index: %s%n# households in a group: %.1f %%; lookups needing a geometry"
        + " test: %.1f %%; %d boundary probes equal JTS%n", layout, layout.describe(), IndexProfile.describe(index),
        100.0 * covered / xs.length, 100 * IndexProfile.geometryTestShare(index, xs, ys), probes);
  }

  private static int requireExactOnBoundaries(Layout layout, List<Group> groups, CoverageIndex index,
      PointLocator reference) {
    int probes = 0;
    double[][] offsets = {{0, 0}, {1e-9, 0}, {-1e-9, 0}, {0, 1e-9}, {0, -1e-9}};
    int step = Math.max(1, groups.size() / PROBED_GROUPS);
    for (int g = 0; g < groups.size(); g += step) {
      Coordinate[] cs = groups.get(g).area().getCoordinates();
      for (int i = 0; i < cs.length; i++) {
        Coordinate next = cs[(i + 1) % cs.length];
        double[][] points = {{cs[i].x, cs[i].y}, {(cs[i].x + next.x) / 2, (cs[i].y + next.y) / 2}};
        for (double[] p : points) {
          for (double[] o : offsets) {
            double x = p[0] + o[0];
            double y = p[1] + o[1];
            int expected = reference.locate(x, y);
            int actual = index.locate(x, y);
            if (actual != expected) {
              throw new IllegalStateException(layout + ": boundary probe (" + x + ", " + y + ") of group "
                  + groups.get(g).id() + " located in group " + actual + ", the JTS reference says " + expected);
            }
            probes++;
          }
        }
      }
    }
    return probes;
  }
}
