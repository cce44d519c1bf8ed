package nl.dekking.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import nl.dekking.model.Address;
import org.junit.jupiter.api.Test;

class HouseNumberRangesTest {

  private static List<Address> numbers(int... ns) {
    List<Address> out = new ArrayList<>();
    for (int n : ns) {
      out.add(Address.of("Dorpsstraat", n, "6731AA", "Otterlo"));
    }
    return out;
  }

  private static Address lettered(int n, String letter, String suffix) {
    return new Address("Dorpsstraat", n, letter, suffix, "6731AA", "Otterlo");
  }

  @Test
  void format_oddAndEvenRuns_compressWithEnDashAndDutchWords() {
    assertThat(HouseNumberRanges.format(numbers(1, 3, 5, 7, 9, 11, 13, 15, 2, 4, 6, 8)))
        .isEqualTo("1–15 (oneven), 2–8 (even)");
  }

  @Test
  void format_english_usesOddAndEven() {
    assertThat(HouseNumberRanges.format(numbers(1, 3, 2, 4), Language.EN)).isEqualTo("1–3 (odd), 2–4 (even)");
  }

  @Test
  void format_brokenRun_splitsIntoRangesAndSingles() {
    assertThat(HouseNumberRanges.format(numbers(1, 3, 5, 9, 13, 15, 20))).isEqualTo("1–5 (oneven), 9, 13–15 (oneven), 20");
  }

  @Test
  void format_unsortedAndRepeatedInput_isSortedAndListedOnce() {
    assertThat(HouseNumberRanges.format(numbers(7, 3, 5, 3, 5))).isEqualTo("3–7 (oneven)");
  }

  @Test
  void format_lettersAndSuffixes_areListedIndividuallyAfterRanges() {
    List<Address> a = new ArrayList<>(numbers(2, 4));
    a.add(lettered(12, "b", ""));
    a.add(lettered(12, "a", ""));
    a.add(lettered(14, "", "2"));
    assertThat(HouseNumberRanges.format(a)).isEqualTo("2–4 (even), 12a, 12b, 14-2");
  }

  @Test
  void format_numericSuffixes_sortNumerically() {
    assertThat(HouseNumberRanges.format(List.of(lettered(99, "", "10"), lettered(99, "", "2"), lettered(99, "", "1"))))
        .isEqualTo("99-1, 99-2, 99-10");
  }

  @Test
  void format_nothing_isEmpty() {
    assertThat(HouseNumberRanges.format(List.of())).isEmpty();
  }

  @Test
  void languageOf_unknownCode_namesTheChoices() {
    assertThat(Language.of("EN")).isEqualTo(Language.EN);
    assertThatThrownBy(() -> Language.of("de")).hasMessageContaining("nl or en").hasMessageContaining("de");
  }
}
