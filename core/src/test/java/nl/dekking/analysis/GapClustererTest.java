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
}
