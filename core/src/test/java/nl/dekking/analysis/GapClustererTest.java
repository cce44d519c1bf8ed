package nl.dekking.analysis;

import static nl.dekking.analysis.Fixtures.household;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.dekking.model.Household;
import org.junit.jupiter.api.Test;

class GapClustererTest {

  @Test
  void cluster_randomTownsAndGridsAtExactlyTheDistance_equalsLinkingEveryPairWithinIt() {
    double distance = 100;
    for (long seed = 1; seed <= 20; seed++) {
      Random random = new Random(seed);
      List<Household> households = new ArrayList<>();
      // dense towns, sparse countryside, and a grid whose neighbours lie exactly the distance apart
      for (int t = 0; t < 4; t++) {
        double cx = random.nextInt(3000);
        double cy = random.nextInt(3000);
        int size = 20 + random.nextInt(150);
        for (int i = 0; i < size; i++) {
          households.add(household("Dorp" + t + "straat", i + 1, cx + random.nextGaussian() * 120,
              cy + random.nextGaussian() * 120));
        }
      }
      for (int i = 0; i < 60; i++) {
        households.add(household("Buitenweg", i + 1, random.nextDouble() * 3000, random.nextDouble() * 3000));
      }
      double gx = random.nextInt(3000) + random.nextDouble();
      for (int i = 0; i < 25; i++) {
        households.add(household("Rasterlaan", i + 1, gx + (i % 5) * distance, 5000 + (i / 5) * distance * 1.5));
      }

      List<GapCluster> clusters = new GapClusterer(distance).cluster(households);

      assertThat(memberSets(clusters)).as("seed %d", seed).isEqualTo(bruteForce(households, distance));
    }
  }

  @Test
  void cluster_twoHouseholdsJustBeyondTheDistance_staysTwoClusters() {
    List<Household> households = List.of(household("Laan", 1, 0, 0), household("Laan", 2, 70.72, 70.72));

    assertThat(new GapClusterer(100).cluster(households)).hasSize(2);
  }

  @Test
  void cluster_chainOfHouseholdsEachWithinTheDistance_isOneClusterLargestFirst() {
    List<Household> households = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      households.add(household("Lint", i + 1, i * 99.9, (i % 2) * 3));
    }
    households.add(household("Ver", 1, 10_000, 0));

    List<GapCluster> clusters = new GapClusterer(100).cluster(households);

    assertThat(clusters).extracting(c -> c.households().size()).containsExactly(30, 1);
  }

  private static List<Set<String>> memberSets(List<GapCluster> clusters) {
    List<Set<String>> out = new ArrayList<>();
    for (GapCluster c : clusters) {
      Set<String> ids = new HashSet<>();
      c.households().forEach(h -> ids.add(h.id()));
      out.add(ids);
    }
    return out;
  }

  /** Every pair compared; clusters ordered as the clusterer orders them: largest first, then by first household. */
  private static List<Set<String>> bruteForce(List<Household> households, double distance) {
    int n = households.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double ex = households.get(j).x() - households.get(i).x();
        double ey = households.get(j).y() - households.get(i).y();
        if (ex * ex + ey * ey <= distance * distance) {
          int a = root(parent, i);
          int b = root(parent, j);
          parent[Math.max(a, b)] = Math.min(a, b);
        }
      }
    }
    List<Integer> roots = new ArrayList<>();
    List<Set<String>> sets = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int r = root(parent, i);
      int at = roots.indexOf(r);
      if (at < 0) {
        roots.add(r);
        sets.add(new HashSet<>());
        at = sets.size() - 1;
      }
      sets.get(at).add(households.get(i).id());
    }
    List<Set<String>> sorted = new ArrayList<>(sets);
    sorted.sort((a, b) -> Integer.compare(b.size(), a.size()));
    return sorted;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      i = parent[i];
    }
    return i;
  }

  @Test
  void cluster_moreThanALargeClusterOfHouseholds_outlinesEveryOneWithTheMarginFromARaster() {
    Random random = new Random(7);
    List<Household> households = new ArrayList<>();
    // a town of two districts 60 m apart (one cluster at a 100 m link) with a park in the middle that has no houses
    for (int i = 0; i < GapClusterer.LARGE_CLUSTER + 1_000; i++) {
      double x;
      double y;
      do {
        x = random.nextDouble() * 2_000;
        y = random.nextDouble() * 1_500;
      } while (Math.hypot(x - 1_000, y - 750) < 400 || (x > 970 && x < 1_030));
      households.add(household("Stadsweg", 1 + i % 9_000, x, y));
    }
    // and a hamlet 300 m away: its own, small cluster outlined by a concave hull
    for (int i = 0; i < 30; i++) {
      households.add(household("Gehucht", i + 1, 2_300 + random.nextDouble() * 100, random.nextDouble() * 100));
    }

    List<GapCluster> clusters = new GapClusterer(100).cluster(households);

    assertThat(clusters).hasSize(2);
    GapCluster town = clusters.get(0);
    assertThat(town.households()).hasSize(GapClusterer.LARGE_CLUSTER + 1_000);
    org.locationtech.jts.geom.Geometry outline = town.outline();
    assertThat(outline.isValid()).isTrue();
    org.locationtech.jts.geom.Geometry boundary = outline.getBoundary();
    for (Household h : town.households()) {
      org.locationtech.jts.geom.Point p = nl.dekking.crs.RdNew.GEOMETRY_FACTORY.createPoint(
          new org.locationtech.jts.geom.Coordinate(h.x(), h.y()));
      assertThat(outline.contains(p)).isTrue();
      assertThat(boundary.distance(p)).isGreaterThan(GapClusterer.OUTLINE_MARGIN_M - 0.5);
    }
    // the park (a 400 m disc without houses) is more than the link distance across: left out, not filled
    assertThat(outline.contains(nl.dekking.crs.RdNew.GEOMETRY_FACTORY.createPoint(
        new org.locationtech.jts.geom.Coordinate(Fixtures.X0 + 1_000, Fixtures.Y0 + 750)))).isFalse();
    // the 60 m street between the districts is bridged, as the concave hull bridges gaps up to the link distance
    assertThat(outline.getNumGeometries()).isEqualTo(1);
    assertThat(outline.intersects(clusters.get(1).outline())).isFalse();
  }

  @Test
  void cluster_householdsAtOneOrTwoPlaces_outlineAsTheConcaveHullGivesIt() {
    // a block of flats (five addresses at one point) next to a pair of semi-detached houses at one other point
    List<Household> twoPlaces = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      twoPlaces.add(household("Flatlaan", i, 0, 0));
    }
    twoPlaces.add(household("Flatlaan", 7, 40, 30));
    twoPlaces.add(household("Flatlaan", 9, 40, 30));
    List<Household> onePlace = List.of(household("Hofje", 1, 500, 500), household("Hofje", 2, 500, 500),
        household("Hofje", 3, 500, 500));

    for (List<Household> households : List.of(twoPlaces, onePlace)) {
      GapCluster cluster = new GapClusterer(100).cluster(households).get(0);

      org.locationtech.jts.geom.Coordinate[] pts = households.stream()
          .map(h -> new org.locationtech.jts.geom.Coordinate(h.x(), h.y()))
          .toArray(org.locationtech.jts.geom.Coordinate[]::new);
      org.locationtech.jts.geom.Geometry expected = org.locationtech.jts.algorithm.hull.ConcaveHull
          .concaveHullByLength(nl.dekking.crs.RdNew.GEOMETRY_FACTORY.createMultiPointFromCoords(pts), 100)
          .buffer(GapClusterer.OUTLINE_MARGIN_M, GapClusterer.QUADRANT_SEGMENTS);
      assertThat(cluster.householdCount()).isEqualTo(households.size());
      assertThat(cluster.outline().equalsExact(expected)).as("%s", cluster.outline()).isTrue();
      assertThat(cluster.outline().getArea()).isGreaterThan(Math.PI * 9.5 * 9.5);
    }
  }

  @Test
  void cluster_largeClustersOfStreets_outlineEqualsTheBufferedRowRunUnionAndHoldsEveryHousehold() {
    for (long seed = 1; seed <= 3; seed++) {
      Random random = new Random(seed);
      List<Household> households = new ArrayList<>();
      // a town of streets: households spread around street centres, some streets far enough apart to leave holes
      int streets = 70 + random.nextInt(50);
      for (int s = 0; s < streets; s++) {
        double cx = random.nextDouble() * 2_500;
        double cy = random.nextDouble() * 2_500;
        for (int i = 0; i < 120; i++) {
          households.add(household("Weg" + s + "straat", i + 1, cx + random.nextGaussian() * 60,
              cy + random.nextGaussian() * 60));
        }
      }
      double distance = 100 + random.nextInt(3) * 50;

      List<GapCluster> clusters = new GapClusterer(distance).cluster(households);

      GapCluster largest = clusters.get(0);
      assertThat(largest.households().size()).as("seed %d", seed).isGreaterThan(GapClusterer.LARGE_CLUSTER);
      org.locationtech.jts.geom.Coordinate[] pts = new org.locationtech.jts.geom.Coordinate[largest.households()
          .size()];
      for (int i = 0; i < pts.length; i++) {
        pts[i] = new org.locationtech.jts.geom.Coordinate(largest.households().get(i).x(),
            largest.households().get(i).y());
      }
      org.locationtech.jts.geom.Geometry before = RowRunUnion.outline(CellGrid.closed(pts, distance / 2));
      org.locationtech.jts.geom.Geometry outline = largest.outline();
      assertThat(outline.isValid()).as("seed %d", seed).isTrue();
      assertThat(outline.symDifference(before).getArea()).as("seed %d", seed).isLessThan(1e-6);
      org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator inside =
          new org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator(outline);
      for (org.locationtech.jts.geom.Coordinate p : pts) {
        assertThat(inside.locate(p)).as("seed %d, household at %s", seed, p)
            .isEqualTo(org.locationtech.jts.geom.Location.INTERIOR);
      }
    }
  }

  @Test
  void cluster_smallClustersCompactOrStrungOut_outlineIsTheBufferedConcaveHull() {
    Random random = new Random(23);
    int compact = 0;
    for (int t = 0; t < 300; t++) {
      List<Household> households = new ArrayList<>();
      int n = 3 + random.nextInt(30);
      double spread = t % 2 == 0 ? 60 : 400; // within the link distance of one another, or strung along a road
      for (int i = 0; i < n; i++) {
        double along = random.nextDouble() * spread;
        households.add(household("Weg" + (char) ('a' + t % 26) + "laan", i + 1,
            along + random.nextGaussian() * 5, along * 0.3 + random.nextGaussian() * 5));
      }
      for (GapCluster cluster : new GapClusterer(100).cluster(households)) {
        if (cluster.householdCount() < 3) {
          continue;
        }
        org.locationtech.jts.geom.Coordinate[] pts = cluster.households().stream()
            .map(h -> new org.locationtech.jts.geom.Coordinate(h.x(), h.y()))
            .toArray(org.locationtech.jts.geom.Coordinate[]::new);
        org.locationtech.jts.geom.Geometry points = nl.dekking.crs.RdNew.GEOMETRY_FACTORY.createMultiPointFromCoords(pts);
        org.locationtech.jts.geom.Geometry hull = org.locationtech.jts.algorithm.hull.ConcaveHull
            .concaveHullByLength(points, 100);
        org.locationtech.jts.geom.Geometry expected = hull
            .buffer(GapClusterer.OUTLINE_MARGIN_M, GapClusterer.QUADRANT_SEGMENTS);
        if (hull.equalsTopo(points.convexHull())) {
          compact++;
        }

        assertThat(cluster.outline().symDifference(expected).getArea()).as("trial %d", t).isLessThan(1e-6);
      }
    }
    assertThat(compact).as("clusters whose concave hull is the convex one").isGreaterThan(50).isLessThan(290);
  }

  @Test
  void cluster_householdsAtOnePlace_outlineEqualsTheBufferOfThePoint() {
    Random random = new Random(31);
    for (int t = 0; t < 2_000; t++) {
      double x = -7_000 + random.nextDouble() * 307_000;
      double y = 289_000 + random.nextDouble() * 340_000;
      if (t % 3 == 0) {
        x = Math.round(x);
        y = Math.round(y * 100) / 100.0;
      }
      int n = 1 + random.nextInt(4);
      List<Household> households = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        households.add(new Household("h" + i, nl.dekking.model.Address.of("Hoeve", i + 1, "6731AA", "Otterlo"), x, y));
      }

      GapCluster cluster = new GapClusterer(100).cluster(households).get(0);

      org.locationtech.jts.geom.Geometry expected = nl.dekking.crs.RdNew.GEOMETRY_FACTORY
          .createPoint(new org.locationtech.jts.geom.Coordinate(x, y))
          .buffer(GapClusterer.OUTLINE_MARGIN_M, GapClusterer.QUADRANT_SEGMENTS);
      assertThat(cluster.outline().equalsExact(expected, 1e-9)).as("%s, %s", x, y).isTrue();
      assertThat(cluster.outline().isValid()).isTrue();
    }
  }
}
