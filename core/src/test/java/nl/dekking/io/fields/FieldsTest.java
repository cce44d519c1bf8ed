package nl.dekking.io.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.OptionalInt;
import nl.dekking.crs.RdNew;
import nl.dekking.io.BagFilter;
import nl.dekking.model.Neighbourhood;
import nl.dekking.model.Street;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** The property-name recognisers shared by the readers: CBS neighbourhoods, NWB streets and BAG filters. */
class FieldsTest {

  static Geometry wkt(String wkt) {
    try {
      return new WKTReader(RdNew.GEOMETRY_FACTORY).read(wkt);
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static final Geometry SQUARE = wkt("POLYGON ((187000 558000, 188000 558000, 188000 559000, 187000 559000, 187000 558000))");

  @Test
  void neighbourhoodRead_wijkOnlyFile_usesTheWijkCodeAndDerivesTheMunicipality() {
    Neighbourhood n = NeighbourhoodFields.read(Map.of("wijkcode", "WK007401", "wijknaam", "Wijk 01 Heerenveen",
        "huishoudens", "14965.0")::get, SQUARE);

    assertThat(n.code()).isEqualTo("WK007401");
    assertThat(n.municipalityCode()).isEqualTo("GM0074");
    assertThat(n.reportedHouseholds()).isEqualTo(OptionalInt.of(14965));
  }

  @Test
  void neighbourhoodRead_buurtFileWithWijkCode_prefersTheBuurtCode() {
    Neighbourhood n = NeighbourhoodFields.read(Map.of("buurtcode", "BU00740101", "wijkcode", "WK007401")::get, SQUARE);

    assertThat(n.code()).isEqualTo("BU00740101");
    assertThat(n.name()).isEqualTo("BU00740101");
  }

  @Test
  void neighbourhoodRead_cbsSecrecyCodes_areUnknown() {
    for (String secret : new String[] {"-99997", "-99995", "-99997.0"}) {
      assertThat(NeighbourhoodFields.read(Map.of("buurtcode", "BU1", "aantal_huishoudens", secret)::get, SQUARE)
          .reportedHouseholds()).as(secret).isEmpty();
    }
  }

  @Test
  void neighbourhoodRead_fractionalCount_isRefused() {
    assertThatThrownBy(() -> NeighbourhoodFields.read(Map.of("buurtcode", "BU1", "aantal_hh", "12.5")::get, SQUARE))
        .hasMessageContaining("whole number");
  }

  @Test
  void neighbourhoodIsWaterOnly_waterColumnOrGrootWater() {
    assertThat(NeighbourhoodFields.isWaterOnly(Map.of("water", "JA", "buurtnaam", "Haven")::get)).isTrue();
    assertThat(NeighbourhoodFields.isWaterOnly(Map.of("water", "NEE", "buurtnaam", "Groot water")::get)).isFalse();
    assertThat(NeighbourhoodFields.isWaterOnly(Map.of("wijknaam", "Groot water")::get)).isTrue();
    assertThat(NeighbourhoodFields.isWaterOnly(Map.of("wijknaam", "Centrum")::get)).isFalse();
  }

  @Test
  void streetRead_nwbSegment_writesThePlaceAsTheBagDoes() {
    LineString line = (LineString) wkt("LINESTRING (173000 443000, 173100 443000)");

    Street s = StreetFields.read(Map.of("stt_naam", "Rozenstraat", "wpsnaamnen", "WAGENINGEN")::get, line).orElseThrow();

    assertThat(s.toString()).isEqualTo("Rozenstraat, Wageningen");
    assertThat(s.line()).contains(line);
  }

  @Test
  void streetRead_unnamedSegment_isNoStreet() {
    assertThat(StreetFields.read(Map.of("wpsnaamnen", "WAGENINGEN")::get, wkt("LINESTRING (0 0, 1 1)"))).isEmpty();
  }

  @Test
  void placeCase_capitals_becomeBagSpelling() {
    assertThat(StreetFields.placeCase("'S-HERTOGENBOSCH")).isEqualTo("'s-Hertogenbosch");
    assertThat(StreetFields.placeCase("CAPELLE AAN DEN IJSSEL")).isEqualTo("Capelle aan den IJssel");
    assertThat(StreetFields.placeCase("BERGEN OP ZOOM")).isEqualTo("Bergen op Zoom");
    assertThat(StreetFields.placeCase("DE BILT")).isEqualTo("De Bilt");
    assertThat(StreetFields.placeCase("WAGENINGEN")).isEqualTo("Wageningen");
    assertThat(StreetFields.placeCase("Den Haag")).isEqualTo("Den Haag");
  }

  @Test
  void bagFilterIsInUse_statuses() {
    assertThat(BagFilter.isInUse("Verblijfsobject in gebruik")).isTrue();
    assertThat(BagFilter.isInUse("Verblijfsobject in gebruik (niet ingemeten)")).isTrue();
    assertThat(BagFilter.isInUse("Verbouwing verblijfsobject")).isTrue();
    assertThat(BagFilter.isInUse("Plaats aangewezen")).isTrue();
    assertThat(BagFilter.isInUse("Verblijfsobject gevormd")).isFalse();
    assertThat(BagFilter.isInUse("Niet gerealiseerd verblijfsobject")).isFalse();
    assertThat(BagFilter.isInUse("Verblijfsobject buiten gebruik")).isFalse();
    assertThat(BagFilter.isInUse("Verblijfsobject ingetrokken")).isFalse();
    assertThat(BagFilter.isInUse("Plaats ingetrokken")).isFalse();
  }

  @Test
  void householdId_bagAndOtherIds_prefersIdentificatieThenIdThenLokaalId() {
    assertThat(AddressFields.householdId(Map.of("id", "7", "identificatie", "0228010000012345")::get))
        .hasValue("0228010000012345");
    assertThat(AddressFields.householdId(Map.of("id", " 7 ", "identificatie", " ")::get)).hasValue("7");
    assertThat(AddressFields.householdId(Map.of("lokaal_id", "A-1")::get)).hasValue("A-1");
    assertThat(AddressFields.householdId(Map.of("postcode", "6731AA")::get)).isEmpty();
  }

  @Test
  void neighbourhood_codeOnlyInTheFeatureId_takesItAndItsMunicipality() {
    Neighbourhood n = NeighbourhoodFields.read(java.util.Optional.of("BU02280101"), Map.of("naam", "Centrum")::get, SQUARE);

    assertThat(n.code()).isEqualTo("BU02280101");
    assertThat(n.municipalityCode()).isEqualTo("GM0228");
  }

  @Test
  void street_nameOnly_hasNoLine() {
    assertThat(StreetFields.read(Map.of("addr:street", "Kerkweg", "addr:city", "OTTERLO")::get, java.util.Optional.empty()))
        .hasValue(Street.of("Kerkweg", "Otterlo"));
  }

  @org.junit.jupiter.api.Test
  void addressColumns_sameRowAsProperties_giveTheSameAddressAndId() {
    java.util.List<String> header = java.util.List.of("identificatie", "woonplaats", "straatnaam",
        "openbare_ruimte_naam", "huisnummer", "toevoeging", "postcode", "huisletter");
    AddressFields.Columns columns = AddressFields.columns(header);
    java.util.List<java.util.List<String>> rows = java.util.List.of(
        java.util.List.of("0363010000000001", "Otterlo", "Dorpsstraat", "", "12a-2", "", "6731 aa", ""),
        java.util.List.of("", "Otterlo", "Kerkstraat", "Dorpsstraat", "12", "bis", "6731AA", "B"),
        java.util.List.of("7", " Otterlo ", " ", "Weg", "12.0", "", "6731AA", ""));
    for (java.util.List<String> row : rows) {
      java.util.function.Function<String, String> props = name -> header.contains(name) ? row.get(header.indexOf(name)) : null;

      org.assertj.core.api.Assertions.assertThat(columns.read(row)).isEqualTo(AddressFields.read(props));
      org.assertj.core.api.Assertions.assertThat(columns.householdId(row)).isEqualTo(AddressFields.householdId(props));
    }
    // BAG's name comes before the INSPIRE one when both are filled; a blank one falls through to the next
    org.assertj.core.api.Assertions.assertThat(columns.read(rows.get(1)).street()).isEqualTo("Dorpsstraat");
    org.assertj.core.api.Assertions.assertThat(columns.read(rows.get(2)).street()).isEqualTo("Weg");
  }

  @org.junit.jupiter.api.Test
  void addressColumns_rowWithoutPostcode_failsAsThePropertyReaderDoes() {
    java.util.List<String> header = java.util.List.of("straatnaam", "huisnummer", "postcode", "woonplaats");
    java.util.List<String> row = java.util.List.of("Dorpsstraat", "1", " ", "Otterlo");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> AddressFields.columns(header).read(row))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing postcode");
  }
}
