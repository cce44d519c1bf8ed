package nl.dekking.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.dekking.crs.RdNew;
import nl.dekking.model.Household;
import nl.dekking.model.Street;
import org.locationtech.jts.algorithm.hull.ConcaveHull;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Groups uncovered households into gap clusters: single-linkage clustering with a link distance (the walking
 * distance, straight line), using a hash grid of cells as large as the distance so each household is compared
 * only with those in its own and the eight surrounding cells, and a union–find over the links. Near-linear for
 * spread-out households; O(n²) only when all households lie within one cell.
 *
 * <p>The outline of a cluster is the JTS {@link ConcaveHull} of its households with edges up to the link
 * distance, buffered by {@value #OUTLINE_MARGIN_M} m: a polygon that holds every household with a margin, and a
 * small disc or capsule for one or two households. Not thread-safe; used once per analysis.
 */
final class GapClusterer {

  /** The margin around a cluster's households in its outline, m. */
  static final double OUTLINE_MARGIN_M = 10.0;

  private static final int QUADRANT_SEGMENTS = 4;

  private final double distance;

  GapClusterer(double distance) {
    this.distance = distance;
  }

  /** The clusters of these households (given in address order), most households first. */
  List<GapCluster> cluster(List<Household> households) {
    int n = households.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    Map<Long, List<Integer>> cells = new HashMap<>();
    for (int i = 0; i < n; i++) {
      cells.computeIfAbsent(cell(cx(households.get(i)), cy(households.get(i))), k -> new ArrayList<>()).add(i);
    }
    double d2 = distance * distance;
    for (int i = 0; i < n; i++) {
      Household h = households.get(i);
      long x = cx(h);
      long y = cy(h);
      for (long dx = -1; dx <= 1; dx++) {
        for (long dy = -1; dy <= 1; dy++) {
          List<Integer> others = cells.get(cell(x + dx, y + dy));
          if (others == null) {
            continue;
          }
          for (int j : others) {
            if (j > i) {
              Household o = households.get(j);
              double ex = o.x() - h.x();
              double ey = o.y() - h.y();
              if (ex * ex + ey * ey <= d2) {
                union(parent, i, j);
              }
            }
          }
        }
      }
    }
    // members in address order, because households are given in address order
    Map<Integer, List<Household>> byRoot = new HashMap<>();
    List<List<Household>> clusters = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<Household> members = byRoot.computeIfAbsent(find(parent, i), r -> {
        List<Household> l = new ArrayList<>();
        clusters.add(l);
        return l;
      });
      members.add(households.get(i));
    }
    // clusters are in order of their first household; a stable sort by size keeps that as the tie-break
    clusters.sort(Comparator.comparingInt((List<Household> l) -> l.size()).reversed());
    List<GapCluster> out = new ArrayList<>(clusters.size());
    for (int c = 0; c < clusters.size(); c++) {
      List<Household> members = clusters.get(c);
      out.add(new GapCluster("gap-" + (c + 1), outline(members), members, streets(members)));
    }
    return out;
  }

  private Geometry outline(List<Household> members) {
    Coordinate[] pts = new Coordinate[members.size()];
    for (int i = 0; i < pts.length; i++) {
      pts[i] = new Coordinate(members.get(i).x(), members.get(i).y());
    }
    Geometry points = RdNew.GEOMETRY_FACTORY.createMultiPointFromCoords(pts);
    Geometry hull = members.size() < 3 ? points : ConcaveHull.concaveHullByLength(points, distance);
    return hull.buffer(OUTLINE_MARGIN_M, QUADRANT_SEGMENTS);
  }

  private static List<GapStreet> streets(List<Household> members) {
    TreeMap<Street.Key, List<Household>> byStreet = new TreeMap<>(
        Comparator.comparing(Street.Key::place).thenComparing(Street.Key::name));
    for (Household h : members) {
      byStreet.computeIfAbsent(Street.Key.of(h.address()), k -> new ArrayList<>()).add(h);
    }
    List<GapStreet> out = new ArrayList<>(byStreet.size());
    for (List<Household> hs : byStreet.values()) {
      out.add(new GapStreet(hs.get(0).address().street(), hs.get(0).address().place(), hs));
    }
    out.sort(Comparator.comparingInt((GapStreet s) -> s.households().size()).reversed());
    return out;
  }

  private long cx(Household h) {
    return (long) Math.floor(h.x() / distance);
  }

  private long cy(Household h) {
    return (long) Math.floor(h.y() / distance);
  }

  private static long cell(long x, long y) {
    return (x << 32) ^ (y & 0xffffffffL);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      // the smaller index becomes the root, so roots do not depend on the order links are found in
      if (ra < rb) {
        parent[rb] = ra;
      } else {
        parent[ra] = rb;
      }
    }
  }
}
