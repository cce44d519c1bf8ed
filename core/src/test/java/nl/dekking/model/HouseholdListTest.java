package nl.dekking.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HouseholdListTest {

  private static List<Household> randomHouseholds(int n, long seed) {
    Random random = new Random(seed);
    String[] streets = {"Dorpsstraat", "Mekelweg", "Jaffalaan", "Sint-Jansstraat", "Ĳsselkade"};
    String[] places = {"Otterlo", "Delft", "Harlingen"};
    String[] letters = {"", "", "", "a", "B"};
    String[] suffixes = {"", "", "2", "bis", "A1"};
    List<Household> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = switch (i % 4) {
        case 0 -> String.format("%016d", 363_010_000_000_000L + i);  // BAG: leading zero
        case 1 -> Integer.toString(i + 1);
        case 2 -> "NL.IMBAG.Verblijfsobject." + i;                    // text
        default -> "00" + i;                                         // several leading zeros
      };
      Address a = new Address(streets[random.nextInt(streets.length)], 1 + random.nextInt(400),
          letters[random.nextInt(letters.length)], suffixes[random.nextInt(suffixes.length)],
          (1000 + random.nextInt(8999)) + "AB", places[random.nextInt(places.length)]);
      out.add(new Household(id, a, 150_000 + random.nextDouble() * 50_000, 400_000 + random.nextDouble() * 50_000));
    }
    return out;
  }

  @Test
  void copyOf_mixedIdsAndAddresses_givesEqualHouseholdsInOrder() {
    List<Household> households = randomHouseholds(5_000, 1);

    HouseholdList list = HouseholdList.copyOf(households);

    assertThat(list).hasSize(5_000).containsExactlyElementsOf(households);
    assertThat(list.get(0).id()).isEqualTo("0363010000000000");
    assertThat(list.get(3).id()).isEqualTo("003");
    assertThat(list.get(2).id()).isEqualTo("NL.IMBAG.Verblijfsobject.2");
    assertThat(list).isEqualTo(households);
  }

  @Test
  void copyOf_repeatedStreetsAndPlaces_storesEachStringOnce() {
    HouseholdList list = HouseholdList.copyOf(randomHouseholds(20_000, 2));

    // 5 streets, 3 places, 8,999 postcodes at most, letters and suffixes: never one per household
    assertThat(list.distinctStrings()).isLessThan(9_030);
  }

  @Test
  void xAndY_readTheColumnsWithoutMakingHouseholds() {
    List<Household> households = randomHouseholds(100, 3);
    HouseholdList list = HouseholdList.copyOf(households);

    for (int i = 0; i < 100; i++) {
      assertThat(list.x(i)).isEqualTo(households.get(i).x());
      assertThat(list.y(i)).isEqualTo(households.get(i).y());
    }
    assertThat(list.xs()).hasSize(100).startsWith(households.get(0).x());
  }

  @Test
  void select_givesTheChosenHouseholdsInTheOrderGiven_andSelectsOfSelectsWork() {
    List<Household> households = randomHouseholds(1_000, 4);
    HouseholdList list = HouseholdList.copyOf(households);

    HouseholdList some = list.select(new int[] {999, 0, 500, 500});
    HouseholdList fewer = some.select(new int[] {2, 0});

    assertThat(some).containsExactly(households.get(999), households.get(0), households.get(500), households.get(500));
    assertThat(fewer).containsExactly(households.get(500), households.get(999));
    assertThat(fewer.x(1)).isEqualTo(households.get(999).x());
  }

  @Test
  void get_outsideTheList_failsNamingTheIndex() {
    HouseholdList list = HouseholdList.copyOf(randomHouseholds(3, 5));

    assertThatThrownBy(() -> list.get(3)).isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("3");
    assertThatThrownBy(() -> list.select(new int[] {-1})).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void dataset_keepsAHouseholdListAsItIs_andCopiesOtherLists() {
    HouseholdList list = HouseholdList.copyOf(randomHouseholds(10, 6));
    List<Household> plain = new ArrayList<>(list);

    assertThat(Dataset.of("x", list, List.of()).households()).isSameAs(list);
    assertThat(Dataset.of("x", plain, List.of()).households()).isNotSameAs(plain).isEqualTo(plain);
  }

  @Test
  void builder_afterBuild_refusesMore() {
    HouseholdList.Builder b = HouseholdList.builder();
    Household h = randomHouseholds(1, 7).get(0);
    b.add(h).build();

    assertThatThrownBy(() -> b.add(h)).isInstanceOf(IllegalStateException.class);
  }
}
