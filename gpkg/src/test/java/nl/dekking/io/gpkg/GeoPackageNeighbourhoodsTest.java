package nl.dekking.io.gpkg;

import nl.dekking.io.GeoPackageLayer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalInt;
import nl.dekking.io.DataFileException;
import nl.dekking.io.ReadOptions;
import nl.dekking.model.Neighbourhood;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoPackageNeighbourhoodsTest {

  static final String SQUARE_1 = "POLYGON ((187000 558000, 188000 558000, 188000 559000, 187000 559000, 187000 558000))";
  static final String SQUARE_2 = "POLYGON ((188000 558000, 189000 558000, 189000 559000, 188000 559000, 188000 558000))";
  static final String SQUARE_3 = "POLYGON ((189000 558000, 190000 558000, 190000 559000, 189000 559000, 189000 558000))";
  static final String SQUARE_4 = "MULTIPOLYGON (((186000 558000, 187000 558000, 187000 559000, 186000 559000, 186000 558000)))";

  @TempDir
  Path dir;

  static List<Neighbourhood> read(Path file, ReadOptions options) {
    try (GeoPackageReader reader = GeoPackageReader.open(file)) {
      return reader.readNeighbourhoods(options);
    }
  }

  /** A CBS wijk- en buurtkaart 2023 or later: lower-case names, aantal_huishoudens, water JA/NEE. */
  Path cbs2023() throws SQLException {
    Path file = dir.resolve("wijkenbuurten_2023.gpkg");
    List<String> columns = List.of("buurtcode", "buurtnaam", "wijkcode", "gemeentecode", "gemeentenaam",
        "aantal_huishoudens", "water");
    try (TestGeoPackage g = new TestGeoPackage(file)) {
      g.layer("buurten", "MULTIPOLYGON", 28992, columns)
          .row("buurten", 28992, SQUARE_1, "BU00720001", "Oude Stad", "WK007200", "GM0072", "Harlingen", "1250", "NEE")
          .row("buurten", 28992, SQUARE_2, "BU00720002", "Zuidoost", "WK007200", "GM0072", "Harlingen", "-99997", "NEE")
          .row("buurten", 28992, SQUARE_3, "BU00729999", "Waddenzee", "WK007299", "GM0072", "Harlingen", "0", "JA")
          .row("buurten", 28992, SQUARE_4, "BU00740101", "Centrum", "WK007401", "GM0074", "Heerenveen", "2100", "NEE");
    }
    return file;
  }

  /** A CBS wijk- en buurtkaart before 2023: upper-case names, AANTAL_HH, WATER. */
  Path cbsOld() throws SQLException {
    Path file = dir.resolve("buurt_2020.gpkg");
    List<String> columns = List.of("BU_CODE", "BU_NAAM", "WK_CODE", "GM_CODE", "GM_NAAM", "AANTAL_HH", "WATER");
    try (TestGeoPackage g = new TestGeoPackage(file)) {
      g.layer("buurt_2020", "POLYGON", 28992, columns)
          .row("buurt_2020", 28992, SQUARE_1, "BU00720001", "Oude Stad", "WK007200", "GM0072", "Harlingen", "1230", "NEE")
          .row("buurt_2020", 28992, SQUARE_2, "BU00740101", "Centrum", "WK007401", "GM0074", "Heerenveen", "-99997", "NEE")
          .row("buurt_2020", 28992, SQUARE_3, "BU00749999", "Tjeukemeer", "WK007499", "GM0074", "Heerenveen", "-99997", "JA");
    }
    return file;
  }

  @Test
  void readNeighbourhoods_cbs2023Names_readsCodesNamesMunicipalitiesAndHouseholds() throws SQLException {
    List<Neighbourhood> all = read(cbs2023(), ReadOptions.defaults());

    assertThat(all).extracting(Neighbourhood::code).containsExactly("BU00720001", "BU00720002", "BU00740101");
    Neighbourhood first = all.get(0);
    assertThat(first.name()).isEqualTo("Oude Stad");
    assertThat(first.municipalityCode()).isEqualTo("GM0072");
    assertThat(first.municipalityName()).isEqualTo("Harlingen");
    assertThat(first.reportedHouseholds()).isEqualTo(OptionalInt.of(1250));
    assertThat(first.area().getArea()).isEqualTo(1_000_000.0);
  }

  @Test
  void readNeighbourhoods_cbsUnknownValue_isEmptyNotMinus99997() throws SQLException {
    List<Neighbourhood> all = read(cbs2023(), ReadOptions.defaults());

    assertThat(all.get(1).reportedHouseholds()).isEmpty();
  }

  @Test
  void readNeighbourhoods_waterOnly_isLeftOutUnlessAsked() throws SQLException {
    Path file = cbs2023();

    assertThat(read(file, ReadOptions.defaults())).extracting(Neighbourhood::code).doesNotContain("BU00729999");
    assertThat(read(file, ReadOptions.defaults().withWater(true))).extracting(Neighbourhood::code).contains("BU00729999");
  }

  @Test
  void readNeighbourhoods_oldCbsNames_readsTheSameFields() throws SQLException {
    List<Neighbourhood> all = read(cbsOld(), ReadOptions.defaults());

    assertThat(all).extracting(Neighbourhood::code).containsExactly("BU00720001", "BU00740101");
    assertThat(all.get(0).name()).isEqualTo("Oude Stad");
    assertThat(all.get(0).municipalityCode()).isEqualTo("GM0072");
    assertThat(all.get(0).municipalityName()).isEqualTo("Harlingen");
    assertThat(all.get(0).reportedHouseholds()).isEqualTo(OptionalInt.of(1230));
    assertThat(all.get(1).reportedHouseholds()).isEmpty();
  }

  @Test
  void readNeighbourhoods_municipalityByCodeOrName_keepsThatMunicipality() throws SQLException {
    Path file = cbs2023();

    assertThat(read(file, ReadOptions.defaults().withMunicipality("GM0074"))).extracting(Neighbourhood::code)
        .containsExactly("BU00740101");
    assertThat(read(file, ReadOptions.defaults().withMunicipality("gm72"))).extracting(Neighbourhood::code)
        .containsExactly("BU00720001", "BU00720002");
    assertThat(read(file, ReadOptions.defaults().withMunicipality("HEERENVEEN"))).extracting(Neighbourhood::code)
        .containsExactly("BU00740101");
  }

  @Test
  void readNeighbourhoods_negativeHouseholdCount_isRefusedNamingTheFeature() throws SQLException {
    Path file = dir.resolve("bad.gpkg");
    try (TestGeoPackage g = new TestGeoPackage(file)) {
      g.layer("buurten", "POLYGON", 28992, List.of("buurtcode", "buurtnaam", "aantal_huishoudens"))
          .row("buurten", 28992, SQUARE_1, "BU00720001", "Oude Stad", "-5");
    }

    assertThatThrownBy(() -> read(file, ReadOptions.defaults()))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith(file + " (layer buurten), feature 0 (id 'fid 1'): household count must be a whole number");
  }

  @Test
  void readNeighbourhoods_nameFilterWithoutMunicipalityNames_isRefusedSuggestingACode() throws SQLException {
    Path file = dir.resolve("codes.gpkg");
    try (TestGeoPackage g = new TestGeoPackage(file)) {
      g.layer("buurten", "POLYGON", 28992, List.of("statcode", "statnaam"))
          .row("buurten", 28992, SQUARE_1, "BU00720001", "Oude Stad");
    }

    assertThat(read(file, ReadOptions.defaults().withMunicipality("GM0072"))).hasSize(1);
    assertThatThrownBy(() -> read(file, ReadOptions.defaults().withMunicipality("Harlingen")))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("feature 0")
        .hasMessageContaining("filter by code (GM0074) instead");
  }

  @Test
  void readNeighbourhoods_wijkenbuurtenWithoutLayer_takesTheBuurten() throws SQLException {
    Path file = dir.resolve("wijkenbuurten_2023_v1.gpkg");
    try (TestGeoPackage g = new TestGeoPackage(file)) {
      g.layer("gemeenten", "MULTIPOLYGON", 28992, List.of("gemeentecode", "gemeentenaam"))
          .row("gemeenten", 28992, SQUARE_4, "GM0074", "Heerenveen");
      g.layer("wijken", "MULTIPOLYGON", 28992, List.of("wijkcode", "wijknaam", "gemeentecode"))
          .row("wijken", 28992, SQUARE_4, "WK007401", "Wijk 01 Heerenveen", "GM0074");
      g.layer("buurten", "MULTIPOLYGON", 28992, List.of("buurtcode", "buurtnaam", "wijkcode", "gemeentecode"))
          .row("buurten", 28992, SQUARE_4, "BU00740101", "Centrum", "WK007401", "GM0074");
    }

    assertThat(read(file, ReadOptions.defaults())).extracting(Neighbourhood::code).containsExactly("BU00740101");
    assertThat(read(file, ReadOptions.defaults().withLayer("wijken"))).extracting(Neighbourhood::code)
        .containsExactly("WK007401");
    assertThat(nl.dekking.io.DataFiles.layers(file)).extracting(GeoPackageLayer::name)
        .containsExactly("gemeenten", "wijken", "buurten");
  }

  @Test
  void readNeighbourhoods_lineLayer_isRefusedAsWrongGeometryType() {
    Path nwb = GeoPackageReaderTest.resource("nwb-wegvakken-wageningen-rd.gpkg");

    assertThatThrownBy(() -> read(nwb, ReadOptions.defaults()))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("nwb-wegvakken-wageningen-rd.gpkg: has no polygon layer");
    assertThatThrownBy(() -> read(nwb, ReadOptions.defaults().withLayer("wegvakken")))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("layer 'wegvakken' has geometry type LINESTRING, but areas need a polygon layer");
  }
}
