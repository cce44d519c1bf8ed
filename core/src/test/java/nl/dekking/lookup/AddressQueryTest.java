package nl.dekking.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressQueryTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2628 bx 12|2628BX|12||",
      "2628BX 12a|2628BX|12|A|",
      "2628BX 12-2|2628BX|12||2",
      "2628 BX 12 A|2628BX|12|A|",
      "2628BX12A-2|2628BX|12|A|2",
      "  2628bx, 12 bis |2628BX|12||BIS",
      "2628BX12|2628BX|12||",
      "2628 BX 12-A|2628BX|12||A",
      "1011AB 99999|1011AB|99999||"})
  void parse_typedForms_giveTheBagKey(String text, String postcode, int number, String letter, String suffix) {
    AddressQuery q = AddressQuery.parse(text);

    assertThat(q).isEqualTo(new AddressQuery(postcode, number, letter == null ? "" : letter, suffix == null ? "" : suffix));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2628", "2628 BX", "0628BX 12", "2628 BXY 12", "2628BX 0", "2628BX 123456",
      "2628BX 12 abcde", "Karweg 12", "2628BX 12 a b c"})
  void parse_notAnAddress_isRefusedWithTheText(String text) {
    assertThatThrownBy(() -> AddressQuery.parse(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not an address");
  }

  @Test
  void compact_isTheLinkForm() {
    assertThat(AddressQuery.parse("2628 bx 12 a-2").compact()).isEqualTo("2628BX12A-2");
    assertThat(AddressQuery.parse(AddressQuery.parse("2628bx 12").compact())).isEqualTo(AddressQuery.parse("2628BX 12"));
  }

  @Test
  void alternative_swapsALoneLetterBetweenLetterAndSuffix() {
    assertThat(AddressQuery.parse("2628BX 12 A").alternative()).isEqualTo(new AddressQuery("2628BX", 12, "", "A"));
    assertThat(AddressQuery.parse("2628BX 12-A").alternative()).isEqualTo(new AddressQuery("2628BX", 12, "A", ""));
    AddressQuery plain = AddressQuery.parse("2628BX 12");
    assertThat(plain.alternative()).isSameAs(plain);
  }
}
