package nl.dekking.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import nl.dekking.model.Household;
import org.junit.jupiter.api.Test;

class StreetSelectorTest {

  private static final StreetSelector SELECTOR = StreetSelector.of(OtterloAddresses.ALL);

  private static List<Household> where(String street, String place, Predicate<Household> numbers) {
    return OtterloAddresses.ALL.stream()
        .filter(h -> h.address().street().equals(street) && h.address().place().equals(place))
        .filter(numbers).toList();
  }

  @Test
  void select_wholeStreet_takesEveryAddressOnIt() {
    List<Household> selected = SELECTOR.select(List.of("Dorpsstraat"), Optional.of("Otterlo"));

    assertThat(selected).containsExactlyInAnyOrderElementsOf(where("Dorpsstraat", "Otterlo", h -> true)).hasSize(59);
  }

  @Test
  void select_reportForm_readsBackOddAndEvenRangesWhateverTheLetter() {
    List<Household> selected = SELECTOR.select(List.of("Dorpsstraat 1–15 (oneven), 2–8 (even)"), Optional.of("Otterlo"));

    int[] numbers = selected.stream().mapToInt(h -> h.address().houseNumber()).toArray();
    assertThat(selected).containsExactlyInAnyOrderElementsOf(where("Dorpsstraat", "Otterlo", h -> {
      int n = h.address().houseNumber();
      return n % 2 == 1 ? n <= 15 : n <= 8;
    }));
    assertThat(numbers).isNotEmpty();
  }

  @Test
  void select_hyphenRangeWithParityWord_takesThatParityOnly() {
    List<Household> selected = SELECTOR.select(List.of("Vijverlaan 2-40 even", "Bovenweg 1-99 oneven"), Optional.empty());

    List<Household> expected = new java.util.ArrayList<>(where("Vijverlaan", "Otterlo",
        h -> h.address().houseNumber() % 2 == 0 && h.address().houseNumber() <= 40));
    expected.addAll(where("Bovenweg", "Otterlo", h -> h.address().houseNumber() % 2 == 1 && h.address().houseNumber() <= 99));
    assertThat(selected).containsExactlyInAnyOrderElementsOf(expected).isNotEmpty();
  }

  @Test
  void select_nameWithOtherCaseSpacingAndDiacritics_findsTheStreet() {
    List<Household> selected = SELECTOR.select(List.of("lage valkse wég 10-20"), Optional.of("wekerom"));

    assertThat(selected).containsExactlyInAnyOrderElementsOf(where("Lage Valkseweg", "Wekerom",
        h -> h.address().houseNumber() >= 10 && h.address().houseNumber() <= 20)).isNotEmpty();
  }

  @Test
  void select_numberWithLetter_takesThatAddressOnly() {
    List<Household> selected = SELECTOR.select(List.of("Roekelseweg 25a"), Optional.of("Wekerom"));

    assertThat(selected).singleElement().satisfies(h -> {
      assertThat(h.address().houseNumber()).isEqualTo(25);
      assertThat(h.address().letter()).isEqualToIgnoringCase("a");
    });
  }

  @Test
  void select_misspeltStreet_isRefusedWithTheClosestName() {
    assertThatThrownBy(() -> SELECTOR.select(List.of("Dorpstraat 1-9"), Optional.of("Otterlo")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Dorpstraat: geen straat in Otterlo; bedoelt u Dorpsstraat");
  }

  @Test
  void select_misspeltStreetWithPlaceInLowerCase_namesThePlaceAsTheAddressesDo() {
    assertThatThrownBy(() -> SELECTOR.select(List.of("Vijverln"), Optional.of("otterlo")))
        .hasMessage("Vijverln: geen straat in Otterlo; bedoelt u Vijverlaan?");
  }

  @Test
  void select_numbersMatchingNoAddress_areRefusedByName() {
    assertThatThrownBy(() -> SELECTOR.select(List.of("Dorpsstraat 901-999 oneven"), Optional.of("Otterlo")))
        .hasMessage("Dorpsstraat 901-999 oneven: geen adres met dit nummer in Otterlo");
  }

  @Test
  void select_streetInTwoPlacesWithoutWoonplaats_isRefused() {
    assertThatThrownBy(() -> SELECTOR.select(List.of("Edeseweg"), Optional.empty()))
        .hasMessageContaining("Edeseweg ligt in").hasMessageContaining("--woonplaats");
  }

  @Test
  void select_severalBadLines_reportsEveryOne() {
    assertThatThrownBy(() -> SELECTOR.select(List.of("Vijverlan", "Dorpsstraat", "Bovenweg 999"), Optional.of("Otterlo")))
        .hasMessageContaining("Vijverlan: geen straat in Otterlo; bedoelt u Vijverlaan?")
        .hasMessageContaining("Bovenweg 999: geen adres");
  }

  @Test
  void parseItem_hyphenWithSmallerSecondNumber_isASuffix() {
    HouseNumbers item = HouseNumbers.parseItem("14-2").orElseThrow();

    assertThat(item.from()).isEqualTo(14);
    assertThat(item.to()).isEqualTo(14);
    assertThat(item.suffix()).contains("2");
  }
}
