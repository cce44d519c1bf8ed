package nl.dekking.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class ModelTest {

  private static Geometry wkt(String text) {
    try {
      return new WKTReader().read(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static final Geometry SQUARE = wkt("POLYGON ((182000 453000, 182100 453000, 182100 453100, 182000 453100, 182000 453000))");

  @Test
  void address_display_showsLetterAndSuffixAsOnAnEnvelope() {
    Address a = new Address("Dorpsstraat", 12, "a", "2", "6731 AB", "Otterlo");
    assertThat(a.display()).isEqualTo("Dorpsstraat 12a-2, Otterlo");
    assertThat(a.postcode()).isEqualTo("6731AB");
    assertThat(Address.of("Dorpsstraat", 1, "6731AB", "Otterlo").display()).isEqualTo("Dorpsstraat 1, Otterlo");
  }

  @Test
  void address_key_isPostcodeNumberLetterSuffixIgnoringCase() {
    Address lower = new Address("Dorpsstraat", 12, "a", "", "6731AB", "Otterlo");
    Address upper = new Address("DORPSSTRAAT", 12, "A", null, "6731 ab", "Otterlo");
    Address other = new Address("Dorpsstraat", 12, "b", "", "6731AB", "Otterlo");
    assertThat(lower.key()).isEqualTo(upper.key());
    assertThat(lower.key()).isNotEqualTo(other.key());
  }

  @Test
  void address_invalidParts_areRefusedWithTheValue() {
    assertThatThrownBy(() -> Address.of("Dorpsstraat", 0, "6731AB", "Otterlo")).hasMessageContaining("was 0");
    assertThatThrownBy(() -> Address.of("Dorpsstraat", 1, "ABCD12", "Otterlo")).hasMessageContaining("'ABCD12'");
    assertThatThrownBy(() -> Address.of(" ", 1, "6731AB", "Otterlo")).hasMessageContaining("street");
    assertThatThrownBy(() -> new Address("Dorpsstraat", 1, "ab", "", "6731AB", "Otterlo")).hasMessageContaining("'ab'");
  }

  @Test
  void household_outsideTheNetherlands_isRefusedNamingIt() {
    Address a = Address.of("Dorpsstraat", 1, "6731AB", "Otterlo");
    assertThatThrownBy(() -> new Household("h1", a, 5.77, 52.09))
        .hasMessageContaining("household h1 (Dorpsstraat 1, Otterlo)")
        .hasMessageContaining("outside the Netherlands");
    assertThat(new Household("h1", a, 182000, 453000).x()).isEqualTo(182000);
  }

  @Test
  void group_lineArea_isRefused() {
    assertThatThrownBy(() -> Group.of("Noord-3", "Noord", wkt("LINESTRING (0 0, 1 1)")))
        .hasMessage("group 'Noord-3' area is not a polygon: LineString");
  }

  @Test
  void group_invalidBowTie_isAcceptedForTheAnalysisToRepair() {
    Group g = Group.of("g", "Bow tie", wkt("POLYGON ((182000 453000, 182100 453100, 182100 453000, 182000 453100, 182000 453000))"));
    assertThat(g.area().isValid()).isFalse();
  }

  @Test
  void group_isImmutable_evenThoughJtsGeometriesAreNot() {
    Group g = Group.of("g", "G", SQUARE);
    g.area().getCoordinates()[0].x = 0;
    assertThat(g.area().getCoordinates()[0].x).isEqualTo(182000);
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("status", "actief");
    Group withMeta = new Group("g", "G", SQUARE, 3, List.of(), meta);
    meta.put("status", "gestopt");
    assertThat(withMeta.metadata()).containsEntry("status", "actief");
  }

  @Test
  void group_negativeMembers_isRefused() {
    assertThatThrownBy(() -> new Group("g", "G", SQUARE, -1, List.of(), Map.of())).hasMessageContaining("was -1");
  }

  @Test
  void group_publicAdmins_leavesOutContactsWithoutPublicConsent() {
    Contact open = new Contact("Jan", "jan@example.nl", "0612345678", Consent.PUBLIC);
    Contact closed = new Contact("Piet", "piet@example.nl", "", Consent.MUNICIPALITY_ONLY);
    Group g = new Group("g", "G", SQUARE, 10, List.of(open, closed), Map.of());
    assertThat(g.publicAdmins()).containsExactly(open);
    assertThat(closed.toString()).doesNotContain("piet@example.nl");
  }

  @Test
  void contact_malformedEmail_isRefused() {
    assertThatThrownBy(() -> new Contact("Jan", "jan.example.nl", "", Consent.NONE)).hasMessageContaining("'jan.example.nl'");
  }

  @Test
  void neighbourhood_cbsUnknownValue_mustBeEmptyNotNegative() {
    assertThatThrownBy(() -> new Neighbourhood("BU00740101", "Centrum", "GM0074", "Heerenveen", SQUARE, OptionalInt.of(-99997)))
        .hasMessageContaining("-99997");
    assertThat(new Neighbourhood("BU00740101", null, "", "", SQUARE, OptionalInt.empty()).name()).isEqualTo("BU00740101");
  }

  @Test
  void street_key_ignoresCase_andLineMustBeLinear() {
    assertThat(Street.of("Dorpsstraat", "Otterlo").key()).isEqualTo(Street.of("DORPSSTRAAT", "otterlo").key());
    assertThat(Street.Key.of(Address.of("Dorpsstraat", 1, "6731AB", "Otterlo"))).isEqualTo(Street.of("Dorpsstraat", "Otterlo").key());
    assertThatThrownBy(() -> new Street("Dorpsstraat", "Otterlo", Optional.of(SQUARE))).hasMessageContaining("Polygon");
  }

  @Test
  void dataset_duplicateGroupIds_areRefused() {
    Group a = Group.of("g1", "A", SQUARE);
    Group b = Group.of("g1", "B", SQUARE);
    assertThatThrownBy(() -> Dataset.of("Otterlo", List.of(), List.of(a, b))).hasMessageContaining("'g1'");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"0731AB", "6731A", "67311B", "6731ABC", "673AAB", "6731ÄB", ""})
  void address_postcodeNotLikeDutchOnes_isRefusedNamingIt(String postcode) {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Address("Dorpsstraat", 1, "", "", postcode, "Otterlo"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("postcode must look like 1234AB");
  }

  @Test
  void address_postcodeInLowerCaseWithSpace_isNormalised() {
    assertThat(new Address("Dorpsstraat", 1, "", "", "6731 ab", "Otterlo").postcode()).isEqualTo("6731AB");
    assertThat(new Address("Dorpsstraat", 1, "", "", "9999ZZ", "Otterlo").postcode()).isEqualTo("9999ZZ");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"ABCDE", "A-1", "é", "1 2", "_"})
  void address_suffixNotOneToFourLettersOrDigits_isRefused(String suffix) {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Address("Dorpsstraat", 1, "", suffix, "6731AB", "Otterlo"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("suffix must be 1 to 4");
  }

  @Test
  void address_suffixOfFourLettersOrDigits_isKept() {
    assertThat(new Address("Dorpsstraat", 1, "", "bis", "6731AB", "Otterlo").suffix()).isEqualTo("bis");
    assertThat(new Address("Dorpsstraat", 1, "", "A1z9", "6731AB", "Otterlo").suffix()).isEqualTo("A1z9");
  }
}
