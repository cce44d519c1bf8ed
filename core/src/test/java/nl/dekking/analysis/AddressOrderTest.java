package nl.dekking.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.dekking.model.Address;
import nl.dekking.model.Household;
import nl.dekking.model.HouseholdList;
import org.junit.jupiter.api.Test;

class AddressOrderTest {

  private static List<Household> town(long seed, int count, int maxNumber) {
    Random random = new Random(seed);
    String[] places = {"Otterlo", "otterlo", "Ede", "'s-Hertogenbosch", "Ens"};
    String[] streets = {"Dorpsstraat", "dorpsstraat", "Kerkweg", "Ärmelweg", "Aalbessenlaan", "Zuid", "zuid "};
    String[] letters = {"", "", "", "a", "B", "c"};
    String[] suffixes = {"", "", "", "1", "2", "10", "bis"};
    List<Household> households = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Address a = new Address(streets[random.nextInt(streets.length)], 1 + random.nextInt(maxNumber),
          letters[random.nextInt(letters.length)], suffixes[random.nextInt(suffixes.length)],
          "6731A" + (char) ('A' + random.nextInt(3)), places[random.nextInt(places.length)]);
      // a few exact repeats of an address at another point, as duplicate address points are
      Household h = new Household("h" + random.nextInt(count * 2), a, 180_000 + random.nextInt(500),
          455_000 + random.nextInt(500));
      households.add(h);
      if (random.nextInt(20) == 0) {
        households.add(new Household(h.id(), a, h.x() + 1, h.y()));
      }
    }
    return households;
  }

  @Test
  void sorted_townWithCaseVariantsLettersSuffixesAndRepeats_sameAsTheComparatorsStableSort() {
    for (long seed = 1; seed <= 20; seed++) {
      List<Household> households = town(seed, 3_000, seed % 2 == 0 ? 40 : 99_999);
      List<Household> expected = new ArrayList<>(households);
      expected.sort(AddressOrder.HOUSEHOLDS);

      assertThat(AddressOrder.sorted(households)).as("seed %d", seed).isEqualTo(expected);
      assertThat(AddressOrder.sorted(HouseholdList.copyOf(households))).as("columns, seed %d", seed)
          .isEqualTo(expected);
    }
  }

  @Test
  void sorted_noHouseholds_empty() {
    assertThat(AddressOrder.sorted(List.of())).isEmpty();
  }
}
