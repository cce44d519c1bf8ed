package nl.dekking.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import nl.dekking.io.MunicipalityFilter.Match;
import org.junit.jupiter.api.Test;

class MunicipalityFilterTest {

  @Test
  void parse_codeInAnyWriting_isNormalisedToGmAndFourDigits() {
    assertThat(MunicipalityFilter.parse("GM0074").code()).isEqualTo("GM0074");
    assertThat(MunicipalityFilter.parse("gm74").code()).isEqualTo("GM0074");
    assertThat(MunicipalityFilter.parse(" 0074 ").code()).isEqualTo("GM0074");
    assertThat(MunicipalityFilter.parse("228").code()).isEqualTo("GM0228");
  }

  @Test
  void parse_name_filtersByNameIgnoringCase() {
    MunicipalityFilter f = MunicipalityFilter.parse("Súdwest-Fryslân");

    assertThat(f.byCode()).isFalse();
    assertThat(f.test("", "SÚDWEST-FRYSLÂN")).isEqualTo(Match.YES);
    assertThat(f.test("GM1900", "Harlingen")).isEqualTo(Match.NO);
    assertThat(f.test("GM1900", "")).isEqualTo(Match.UNKNOWN);
  }

  @Test
  void parse_blank_isRefused() {
    assertThatThrownBy(() -> MunicipalityFilter.parse("  ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GM0074");
  }

  @Test
  void test_nwbMunicipalityNumber_matchesTheCode() {
    MunicipalityFilter f = MunicipalityFilter.parse("GM0289");

    assertThat(f.test(Map.of("gme_id", "289", "gme_naam", "Wageningen")::get)).isEqualTo(Match.YES);
    assertThat(f.test(Map.of("gme_id", "228.0")::get)).isEqualTo(Match.NO);
  }

  @Test
  void test_onlyABuurtCode_takesTheMunicipalityFromIt() {
    MunicipalityFilter f = MunicipalityFilter.parse("GM0072");

    assertThat(f.test(Map.of("statcode", "BU00720001")::get)).isEqualTo(Match.YES);
    assertThat(f.test(Map.of("BU_CODE".toLowerCase(), "BU00740101")::get)).isEqualTo(Match.NO);
    assertThat(f.test(Map.of("straat", "Voorstraat")::get)).isEqualTo(Match.UNKNOWN);
  }
}
