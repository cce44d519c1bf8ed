package nl.dekking.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.dekking.model.Streets;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.model.Neighbourhood;
import nl.dekking.model.Street;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFilesTest {

  @TempDir
  Path dir;

  static Path resource(String name) {
    try {
      return Path.of(DataFilesTest.class.getResource("/data/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static final Path WIJKEN = resource("cbs-wijken-2024-wgs84.geojson");
  static final Path BUURTEN = resource("cbs-buurten-2023-harlingen-heerenveen-rd.geojson");

  // --- households ----------------------------------------------------------------------------------------

  @Test
  void streetsFromAddresses_otterloWekerom_derives112StreetsWithoutLines() {
    List<Household> households = DataFiles.readHouseholds(resource("addresses-otterlo-wekerom-wgs84.geojson"),
        ReadOptions.defaults());

    List<Street> streets = Streets.fromAddresses(households);

    assertThat(streets).hasSize(112).allSatisfy(s -> assertThat(s.line()).isEmpty());
    assertThat(streets).contains(Street.of("Edeseweg", "Wekerom"), Street.of("Arnhemseweg", "Otterlo"));
    // every household's street is among them, so per-street house numbers can be listed from addresses alone
    assertThat(streets.stream().map(Street::key).collect(Collectors.toSet()))
        .containsAll(households.stream().map(h -> Street.Key.of(h.address())).toList());
  }

  // --- neighbourhoods ------------------------------------------------------------------------------------

  @Test
  void readNeighbourhoods_cbsWijken2024_reads3475WijkenWithWater() {
    List<Neighbourhood> all = DataFiles.readNeighbourhoods(WIJKEN, ReadOptions.defaults().withWater(true));

    assertThat(all).hasSize(3475);
  }

  @Test
  void readNeighbourhoods_cbsWijken2024_leavesThe81GrootWaterWijkenOutByDefault() {
    List<Neighbourhood> land = DataFiles.readNeighbourhoods(WIJKEN, ReadOptions.defaults());

    assertThat(land).hasSize(3475 - 81).noneMatch(n -> n.name().equals("Groot water"));
  }

  /**
   * The wijken's households summed per municipality. CBS publishes 23,850 households for Heerenveen and 7,828 for
   * Harlingen (cbs-gemeenten-2024); the wijk figures are rounded to multiples of 5 to protect privacy, so their sums
   * are 23,845 and 7,830. Harlingen's "Groot water" wijk (WK007299) has no households and is left out.
   */
  @Test
  void readNeighbourhoods_heerenveenAndHarlingen_sumTheWijkHouseholds() {
    List<Neighbourhood> heerenveen = DataFiles.readNeighbourhoods(WIJKEN, ReadOptions.defaults().withMunicipality("GM0074"));
    List<Neighbourhood> harlingen = DataFiles.readNeighbourhoods(WIJKEN, ReadOptions.defaults().withMunicipality("harlingen"));

    assertThat(heerenveen).hasSize(7).allSatisfy(n -> assertThat(n.municipalityName()).isEqualTo("Heerenveen"));
    assertThat(harlingen).extracting(Neighbourhood::code).containsExactly("WK007200", "WK007201", "WK007202");
    assertThat(households(heerenveen)).isEqualTo(23_845);
    assertThat(households(harlingen)).isEqualTo(7_830);
    assertThat(heerenveen.get(0).code()).isEqualTo("WK007401");
    assertThat(heerenveen.get(0).reportedHouseholds()).hasValue(14_965);
  }

  private static int households(List<Neighbourhood> ns) {
    return ns.stream().mapToInt(n -> n.reportedHouseholds().orElseThrow()).sum();
  }

  @Test
  void readNeighbourhoods_cbsBuurten2023InRdNew_reads43BuurtenOfTwoMunicipalities() {
    List<Neighbourhood> all = DataFiles.readNeighbourhoods(BUURTEN, ReadOptions.defaults());

    assertThat(all).hasSize(43);
    assertThat(DataFiles.readNeighbourhoods(BUURTEN, ReadOptions.defaults().withMunicipality("GM0072"))).hasSize(12);
    assertThat(DataFiles.readNeighbourhoods(BUURTEN, ReadOptions.defaults().withMunicipality("GM0074"))).hasSize(31);
    Neighbourhood first = all.get(0);
    assertThat(first.code()).isEqualTo("BU00720001");
    assertThat(first.name()).isEqualTo("De Spiker en het industrieterrein Hermes");
    assertThat(first.municipalityCode()).isEqualTo("GM0072");
    // in RD New already: the area lies around Harlingen (x ~158 km, y ~576 km)
    assertThat(first.area().getCentroid().getX()).isBetween(150_000.0, 165_000.0);
    assertThat(first.area().getCentroid().getY()).isBetween(570_000.0, 582_000.0);
  }

  @Test
  void readNeighbourhoods_geoJsonWithCbsWaterColumn_leavesWaterOutUnlessAskedLikeGeoPackage() {
    Path file = resource("cbs-buurten-old-names-water.geojson");

    assertThat(DataFiles.readNeighbourhoods(file, ReadOptions.defaults().withMunicipality("Ede")))
        .extracting(Neighbourhood::code).containsExactly("BU02280101", "BU02280102");
    assertThat(DataFiles.readNeighbourhoods(file, ReadOptions.defaults().withWater(true).withMunicipality("GM0228")))
        .extracting(Neighbourhood::code).containsExactly("BU02280101", "BU02289999", "BU02280102");
    assertThatThrownBy(() -> DataFiles.readNeighbourhoods(file, ReadOptions.defaults().withMunicipality("GM0074")))
        .isInstanceOf(DataFileException.class)
        .hasMessage(file + ": holds no neighbourhoods of municipality GM0074");
  }

  @Test
  void readNeighbourhoods_nameFilterOnFileWithCodesOnly_failsSuggestingTheCode() {
    assertThatThrownBy(() -> DataFiles.readNeighbourhoods(BUURTEN, ReadOptions.defaults().withMunicipality("Harlingen")))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith(BUURTEN + ", feature 0 (id 'BU00720001')")
        .hasMessageContaining("filter by code (GM0074) instead");
  }

  // --- streets -------------------------------------------------------------------------------------------

  // --- groups --------------------------------------------------------------------------------------------

  @Test
  void readGroups_kmlFile_readsPlacemarksAsGroups() throws IOException {
    Path kml = dir.resolve("kaart.kml");
    Files.writeString(kml, nl.dekking.io.kml.KmlTestFiles.MY_MAPS);

    List<Group> groups = DataFiles.readGroups(kml, ReadOptions.defaults());

    assertThat(groups).extracting(Group::id).containsExactly("HV-01", "pm-2");
  }

  // --- errors --------------------------------------------------------------------------------------------

  @Test
  void readHouseholds_emptyFeatureCollection_isAnErrorNotZeroHouseholds() throws IOException {
    Path file = Files.writeString(dir.resolve("adressen.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[]}");

    assertThatThrownBy(() -> DataFiles.readHouseholds(file, ReadOptions.defaults()))
        .isInstanceOf(DataFileException.class)
        .hasMessage(file + ": holds no households");
  }

  @Test
  void readHouseholds_csvWithOnlyAHeader_isAnErrorNotZeroHouseholds() throws IOException {
    Path file = Files.writeString(dir.resolve("adressen.csv"), "straat,huisnummer,postcode,woonplaats,x,y\n");

    assertThatThrownBy(() -> DataFiles.readHouseholds(file, ReadOptions.defaults()))
        .isInstanceOf(DataFileException.class)
        .hasMessage(file + ": holds no households");
  }

  @Test
  void readHouseholds_municipalityMatchingNoRow_isAnErrorNamingTheMunicipality() throws IOException {
    Path file = Files.writeString(dir.resolve("adressen.csv"),
        "straat,huisnummer,postcode,woonplaats,gemeentecode,x,y\nA,1,6731AA,Otterlo,GM0228,180000,455000\n");

    assertThatThrownBy(() -> DataFiles.readHouseholds(file, ReadOptions.defaults().withMunicipality("GM0072")))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith(file + ": holds no households of municipality ")
        .hasMessageContaining("GM0072");
  }

  @Test
  void readGroups_kmlWithoutPlacemarks_isAnErrorNotZeroGroups() throws IOException {
    Path file = Files.writeString(dir.resolve("kaart.kml"),
        "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document><name>leeg</name></Document></kml>");

    assertThatThrownBy(() -> DataFiles.readGroups(file, ReadOptions.defaults()))
        .isInstanceOf(DataFileException.class)
        .hasMessage(file + ": holds no groups");
  }

  @Test
  void readHouseholds_geoPackageWithoutTheGpkgModule_namesTheArtifactToAdd() throws IOException {
    Path gpkg = Files.write(dir.resolve("adressen.gpkg"), new byte[100]);

    assertThatThrownBy(() -> DataFiles.readHouseholds(gpkg, ReadOptions.defaults()))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith(gpkg + ": reading a GEOPACKAGE file needs the module dekking-gpkg")
        .hasMessageContaining("artifactId dekking-gpkg");
  }

  @Test
  void readHouseholds_unknownExtension_failsListingTheFormats() throws IOException {
    Path shp = Files.writeString(dir.resolve("adressen.shp"), "");

    assertThatThrownBy(() -> DataFiles.readHouseholds(shp, ReadOptions.defaults()))
        .isInstanceOf(DataFileException.class)
        .hasMessage(shp + ": unknown file type '.shp': Dekking reads .gpkg, .geojson/.json, .kml/.kmz and .csv");
  }

  @Test
  void readHouseholds_kmlFile_failsSayingWhereHouseholdsComeFrom() throws IOException {
    Path kml = Files.writeString(dir.resolve("kaart.kml"), "<kml/>");

    assertThatThrownBy(() -> DataFiles.readHouseholds(kml, ReadOptions.defaults()))
        .isInstanceOf(DataFileException.class)
        .hasMessage(kml + ": a KML file does not hold households for Dekking; read households from .gpkg, .geojson or .csv");
  }

  @Test
  void readHouseholds_missingFile_failsNamingIt() {
    Path missing = dir.resolve("weg.csv");

    assertThatThrownBy(() -> DataFiles.readHouseholds(missing, ReadOptions.defaults()))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith(missing + ": file does not exist");
  }

  @Test
  void readHouseholds_csvWithoutPostcodeColumn_failsWithOneError() throws IOException {
    Path csv = Files.writeString(dir.resolve("adressen.csv"), "straat;huisnummer;woonplaats;x;y\nA;1;Otterlo;180000;455000\n");

    assertThatThrownBy(() -> DataFiles.readHouseholds(csv, ReadOptions.defaults()))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith(csv + ": has no address columns");
  }

  @Test
  void readHouseholds_geoJsonWithNaN_failsWithOneError() throws IOException {
    Path file = Files.writeString(dir.resolve("nan.geojson"), """
        {"type":"FeatureCollection","features":[
         {"type":"Feature","properties":{"straatnaam":"A","huisnummer":"1","postcode":"6731AA","woonplaats":"Otterlo"},
          "geometry":{"type":"Point","coordinates":[5.77,52.10]}},
         {"type":"Feature","properties":{"straatnaam":"A","huisnummer":"3","postcode":"6731AA","woonplaats":"Otterlo"},
          "geometry":{"type":"Point","coordinates":[NaN,52.10]}}]}
        """);

    assertThatThrownBy(() -> DataFiles.readHouseholds(file, ReadOptions.defaults()))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("nan.geojson, feature 1");
  }

  @Test
  void readGroups_geoJsonWithUnclosedRing_failsWithOneError() throws IOException {
    Path file = Files.writeString(dir.resolve("groepen.geojson"), """
        {"type":"FeatureCollection","features":[
         {"type":"Feature","properties":{"id":"Noord"},
          "geometry":{"type":"Polygon","coordinates":[[[5.92,52.96],[5.93,52.96],[5.93,52.965],[5.92,52.965]]]}}]}
        """);

    assertThatThrownBy(() -> DataFiles.readGroups(file, ReadOptions.defaults()))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("groepen.geojson, feature 0")
        .hasMessageContaining("closed");
  }

  @Test
  void readHouseholds_geoJsonWithSwappedLatitudeLongitude_failsWithOneError() throws IOException {
    Path file = Files.writeString(dir.resolve("swapped.geojson"), """
        {"type":"FeatureCollection","features":[
         {"type":"Feature","properties":{"straatnaam":"A","huisnummer":"1","postcode":"6731AA","woonplaats":"Otterlo"},
          "geometry":{"type":"Point","coordinates":[52.10,5.77]}}]}
        """);

    assertThatThrownBy(() -> DataFiles.readHouseholds(file, ReadOptions.defaults()))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("swapped.geojson, feature 0")
        .hasMessageContaining("swapped");
  }

  @Test
  void formatOf_extensions_areRecognisedCaseInsensitively() {
    assertThat(DataFiles.Format.of(Path.of("BAG-LIGHT.GPKG"))).isEqualTo(DataFiles.Format.GEOPACKAGE);
    assertThat(DataFiles.Format.of(Path.of("a.json"))).isEqualTo(DataFiles.Format.GEOJSON);
    assertThat(DataFiles.Format.of(Path.of("kaart.kmz"))).isEqualTo(DataFiles.Format.KML);
    assertThat(DataFiles.Format.of(Path.of("adressen.csv"))).isEqualTo(DataFiles.Format.CSV);
  }
}
