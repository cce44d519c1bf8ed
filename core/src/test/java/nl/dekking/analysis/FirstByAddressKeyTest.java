package nl.dekking.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.dekking.model.Address;
import nl.dekking.model.Household;
import org.junit.jupiter.api.Test;

class FirstByAddressKeyTest {

  @Test
  void firstOrAdd_lettersAndSuffixesDifferingInCaseOnly_areTheSameAddress() {
    List<Household> households = List.of(
        household("1", new Address("Dorpsstraat", 12, "a", "bis", "6731AB", "Otterlo")),
        household("2", new Address("Dorpsstraat", 12, "A", "BIS", "6731AB", "Otterlo")),
        household("3", new Address("Dorpsstraat", 12, "b", "bis", "6731AB", "Otterlo")),
        household("4", new Address("Dorpsstraat", 12, "a", "bis", "6731AC", "Otterlo")));
    FirstByAddressKey table = new FirstByAddressKey(households);

    assertThat(List.of(table.firstOrAdd(0), table.firstOrAdd(1), table.firstOrAdd(2), table.firstOrAdd(3)))
        .containsExactly(-1, 0, -1, -1);
  }

  @Test
  void firstOrAdd_manyAddressesWithRepeats_agreesWithAMapOfAddressKeys() {
    Random random = new Random(5);
    String[] letters = {"", "", "", "a", "A", "b", "ß"};
    String[] suffixes = {"", "", "1", "2", "bis", "BIS", "ss", "SS"};
    List<Household> households = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      String postcode = "67" + (10 + random.nextInt(20)) + "A" + (char) ('A' + random.nextInt(3));
      households.add(household(Integer.toString(i), new Address("Laan", 1 + random.nextInt(60),
          letters[random.nextInt(letters.length)], suffixes[random.nextInt(suffixes.length)], postcode, "Otterlo")));
    }
    FirstByAddressKey table = new FirstByAddressKey(households);
    Map<Address.Key, Integer> reference = new HashMap<>();

    for (int i = 0; i < households.size(); i++) {
      Integer expected = reference.putIfAbsent(households.get(i).address().key(), i);
      assertThat(table.firstOrAdd(i)).as("household %d", i).isEqualTo(expected == null ? -1 : expected);
    }
  }

  private static Household household(String id, Address address) {
    return new Household(id, address, 180_000, 450_000);
  }
}
