package nl.dekking.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.dekking.model.Address;
import nl.dekking.model.Household;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.GeometryFactory;

class RegionGrowingTest {

  private static final GeometryFactory FACTORY = new GeometryFactory();

  private static Household house(String street, int number, double x, double y) {
    return new Household(street + number + "@" + x + "," + y, Address.of(street, number, "6731AB", "Otterlo"),
        180_000 + x, 450_000 + y);
  }

  @Test
  void partition_oneStreetOf120Households_splitsIntoThreeRunsOfConsecutiveNumbers() {
    List<Household> street = new ArrayList<>();
    for (int n = 1; n <= 120; n++) {
      street.add(house("Van Embdenstraat", n, ((n - 1) / 2) * 10.0, n % 2 == 1 ? 12 : -12));
    }
    SpotGraph g = SpotGraph.of(street, null, FACTORY);
    int[] part = RegionGrowing.partition(g, 40);

    assertThat(Arrays.stream(part).max().getAsInt() + 1).isEqualTo(3);
    for (int p = 0; p < 3; p++) {
      int min = Integer.MAX_VALUE;
      int max = 0;
      int count = 0;
      for (int s = 0; s < g.size(); s++) {
        if (part[s] == p) {
          int number = g.households.get(s).get(0).address().houseNumber();
          min = Math.min(min, number);
          max = Math.max(max, number);
          count++;
        }
      }
      assertThat(count).as("part %d", p).isEqualTo(40);
      assertThat(max - min + 1).as("numbers of part %d form one run", p).isEqualTo(count);
    }
  }

  @Test
  void partition_flatOf50AmongHouses_keepsTheFlatWholeInAPartOfItsOwn() {
    List<Household> households = new ArrayList<>();
    for (int i = 1; i <= 50; i++) {
      households.add(new Household("flat-" + i, new Address("Torenflat", 1, "", String.valueOf(i), "6731AB", "Otterlo"),
          180_200, 450_200));
    }
    for (int i = 0; i < 30; i++) {
      households.add(house("Kerklaan", i + 1, (i % 6) * 25.0, (i / 6) * 25.0));
    }
    SpotGraph g = SpotGraph.of(households, null, FACTORY);
    int[] part = RegionGrowing.partition(g, 40);

    int flat = -1;
    for (int s = 0; s < g.size(); s++) {
      if (g.weight[s] == 50) {
        flat = s;
      }
    }
    for (int s = 0; s < g.size(); s++) {
      if (s != flat) {
        assertThat(part[s]).isNotEqualTo(part[flat]);
      }
    }
    assertThat(Arrays.stream(part).max().getAsInt() + 1).isEqualTo(2);
  }

  @Test
  void partition_realAddresses_givesConnectedPartsWithinTheCapAtTheLowerBound() {
    List<Household> otterlo = Planner.distinct(PlanFixtures.households()).stream()
        .filter(h -> h.address().place().equals("Otterlo")).toList();
    SpotGraph g = SpotGraph.of(otterlo, null, FACTORY);
    int cap = 40;
    int[] part = RegionGrowing.partition(g, cap);
    int parts = Arrays.stream(part).max().getAsInt() + 1;
    int[] load = new int[parts];
    for (int s = 0; s < g.size(); s++) {
      load[part[s]] += g.weight[s];
    }
    assertThat(Arrays.stream(load).max().getAsInt()).isLessThanOrEqualTo(cap);
    assertThat(parts).isLessThanOrEqualTo((int) Math.ceil((double) g.totalWeight / cap * 1.25) + 1);
    for (int p = 0; p < parts; p++) {
      assertThat(connected(g, part, p)).as("part %d is connected", p).isTrue();
    }
  }

  @Test
  void treePartition_realAddresses_meetsTheCapWithConnectedParts() {
    List<Household> wekerom = Planner.distinct(PlanFixtures.households()).stream()
        .filter(h -> h.address().place().equals("Wekerom")).toList();
    SpotGraph g = SpotGraph.of(wekerom, null, FACTORY);
    int[] part = TreePartition.partition(g, 40);
    int parts = Arrays.stream(part).max().getAsInt() + 1;
    assertThat(RegionGrowing.maxLoad(g, part, parts)).isLessThanOrEqualTo(40);
    for (int p = 0; p < parts; p++) {
      assertThat(connected(g, part, p)).as("part %d is connected", p).isTrue();
    }
  }

  private static boolean connected(SpotGraph g, int[] part, int p) {
    int first = -1;
    int size = 0;
    for (int s = 0; s < g.size(); s++) {
      if (part[s] == p) {
        size++;
        first = first < 0 ? s : first;
      }
    }
    boolean[] seen = new boolean[g.size()];
    ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(first));
    seen[first] = true;
    int reached = 0;
    while (!queue.isEmpty()) {
      int v = queue.poll();
      reached++;
      for (int e = g.start[v]; e < g.start[v + 1]; e++) {
        int u = g.adjacent[e];
        if (g.touching[e] && part[u] == p && !seen[u]) {
          seen[u] = true;
          queue.add(u);
        }
      }
    }
    return reached == size;
  }
}
