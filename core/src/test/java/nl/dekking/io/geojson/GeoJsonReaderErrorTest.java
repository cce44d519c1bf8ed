package nl.dekking.io.geojson;

import static nl.dekking.io.geojson.GeoJsonReaderTest.collection;
import static nl.dekking.io.geojson.GeoJsonReaderTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.dekking.io.DataFileException;
import nl.dekking.model.Household;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoJsonReaderErrorTest {

  @TempDir
  Path dir;

  private static final String GOOD = household("[5.77, 52.10]", "\"huisnummer\": \"1\"");

  private static String household(String coordinates, String number) {
    return "{\"type\": \"Feature\", \"properties\": {\"straatnaam\": \"Dorpsstraat\", " + number
        + ", \"postcode\": \"6731AB\", \"woonplaats\": \"Otterlo\"}, \"geometry\": {\"type\": \"Point\", \"coordinates\": "
        + coordinates + "}, \"id\": \"bad-one\"}";
  }

  private static String group(String geometry) {
    return "{\"type\": \"Feature\", \"id\": \"bad-one\", \"properties\": {\"name\": \"Noord\"}, \"geometry\": "
        + geometry + "}";
  }

  /** Writes two good households and then the bad feature (index 2) to a file and reads households from it. */
  private DataFileException householdsFail(String badFeature) throws IOException {
    Path file = dir.resolve("bad-input.geojson");
    Files.writeString(file, collection(GOOD, GOOD.replace("bad-one", "good-two"), badFeature));
    return catchThrowableOfType(DataFileException.class, () -> GeoJsonReader.readHouseholds(file));
  }

  private DataFileException groupsFail(String badGeometry) throws IOException {
    Path file = dir.resolve("bad-groups.geojson");
    String good1 = group("{\"type\": \"Polygon\", \"coordinates\": [[[5.77, 52.10], [5.78, 52.10], [5.78, 52.11], [5.77, 52.10]]]}")
        .replace("bad-one", "g1");
    String good2 = good1.replace("g1", "g2");
    Files.writeString(file, collection(good1, good2, group(badGeometry)));
    return catchThrowableOfType(DataFileException.class, () -> GeoJsonReader.readGroups(file));
  }

  private static void assertNames(DataFileException e, String file, String... problem) {
    assertThat(e).as("a DataFileException").isNotNull();
    assertThat(e.getMessage()).contains(file, "feature 2", "(id 'bad-one')").contains(problem);
    assertThat(e.featureIndex()).isEqualTo(2);
    assertThat(e.featureId()).hasValue("bad-one");
  }

  @Test
  void readHouseholds_notJson_namesFileAndProblem() throws IOException {
    Path file = dir.resolve("notes.geojson");
    Files.writeString(file, "Dorpsstraat 1, Otterlo\n");

    assertThatThrownBy(() -> GeoJsonReader.readHouseholds(file))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("notes.geojson").hasMessageContaining("not valid JSON").hasMessageContaining("line 1");
  }

  @Test
  void readHouseholds_jsonBrokenInsideFeature_namesFeature() throws IOException {
    DataFileException e = householdsFail("{\"type\": \"Feature\", \"id\": \"bad-one\", \"properties\": {\"a\": }");

    assertNames(e, "bad-input.geojson", "not valid JSON");
  }

  @Test
  void readHouseholds_emptyFile_namesFile() {
    assertThatThrownBy(() -> GeoJsonReader.readHouseholds(json(""), "leeg.geojson"))
        .isInstanceOf(DataFileException.class).hasMessageContaining("leeg.geojson").hasMessageContaining("empty");
  }

  @Test
  void readHouseholds_singleFeatureInsteadOfCollection_saysSo() {
    assertThatThrownBy(() -> GeoJsonReader.readHouseholds(json(GOOD), "feature.geojson"))
        .isInstanceOf(DataFileException.class).hasMessageContaining("feature.geojson")
        .hasMessageContaining("not a GeoJSON FeatureCollection").hasMessageContaining("Feature");
  }

  @Test
  void readHouseholds_polygonGeometry_namesWrongGeometryType() throws IOException {
    DataFileException e = householdsFail(group(
        "{\"type\": \"Polygon\", \"coordinates\": [[[5.77, 52.10], [5.78, 52.10], [5.78, 52.11], [5.77, 52.10]]]}"));

    assertNames(e, "bad-input.geojson", "must be a Point, was Polygon");
  }

  @Test
  void readHouseholds_nanCoordinate_namesNonFiniteNumber() throws IOException {
    DataFileException e = householdsFail(household("[NaN, 52.10]", "\"huisnummer\": \"1\""));

    assertNames(e, "bad-input.geojson", "not a finite number: NaN");
  }

  @Test
  void readHouseholds_stringCoordinate_namesProblem() throws IOException {
    DataFileException e = householdsFail(household("[\"5.77\", 52.10]", "\"huisnummer\": \"1\""));

    assertNames(e, "bad-input.geojson", "coordinates must be numbers", "'5.77'");
  }

  @Test
  void readHouseholds_pointOutsideTheNetherlands_namesExtent() throws IOException {
    DataFileException e = householdsFail(household("[2.3522, 48.8566]", "\"huisnummer\": \"1\"")); // Paris

    assertNames(e, "bad-input.geojson", "outside the Netherlands");
  }

  @Test
  void readHouseholds_swappedLatLon_saysAxesLookSwapped() throws IOException {
    DataFileException e = householdsFail(household("[52.10, 5.77]", "\"huisnummer\": \"1\""));

    assertNames(e, "bad-input.geojson", "outside the Netherlands", "swapped");
  }

  @Test
  void readHouseholds_rdCoordinatesWithoutCrsMember_saysTheseAreNotDegrees() throws IOException {
    DataFileException e = householdsFail(household("[181500, 457000]", "\"huisnummer\": \"1\""));

    assertNames(e, "bad-input.geojson", "outside the Netherlands", "not degrees");
  }

  @Test
  void readHouseholds_missingHouseNumber_namesMissingField() throws IOException {
    DataFileException e = householdsFail(household("[5.77, 52.10]", "\"huisletter\": \"a\""));

    assertNames(e, "bad-input.geojson", "missing house number");
  }

  @Test
  void readHouseholds_noGeometry_saysAHouseholdNeedsAPoint() throws IOException {
    DataFileException e = householdsFail(household("[5.77, 52.10]", "\"huisnummer\": \"1\"")
        .replace("{\"type\": \"Point\", \"coordinates\": [5.77, 52.10]}", "null"));

    assertNames(e, "bad-input.geojson", "no geometry");
  }

  @Test
  void readGroups_unclosedRing_isAnErrorNotSilentlyClosed() throws IOException {
    DataFileException e = groupsFail(
        "{\"type\": \"Polygon\", \"coordinates\": [[[5.77, 52.10], [5.78, 52.10], [5.78, 52.11], [5.77, 52.11]]]}");

    assertNames(e, "bad-groups.geojson", "exterior ring is not closed", "5.77, 52.11");
  }

  @Test
  void readGroups_ringOfThreePositions_namesMinimum() throws IOException {
    DataFileException e = groupsFail("{\"type\": \"Polygon\", \"coordinates\": [[[5.77, 52.10], [5.78, 52.10], [5.77, 52.10]]]}");

    assertNames(e, "bad-groups.geojson", "has 3 positions", "at least 4");
  }

  @Test
  void readGroups_unclosedHoleInMultiPolygon_namesPolygonAndRing() throws IOException {
    DataFileException e = groupsFail("{\"type\": \"MultiPolygon\", \"coordinates\": [[[[5.77, 52.10], [5.78, 52.10],"
        + " [5.78, 52.11], [5.77, 52.10]]], [[[5.70, 52.10], [5.75, 52.10], [5.75, 52.15], [5.70, 52.10]],"
        + " [[5.71, 52.11], [5.72, 52.11], [5.72, 52.12], [5.71, 52.12]]]]}");

    assertNames(e, "bad-groups.geojson", "polygon 1 of the MultiPolygon", "interior ring 1 is not closed");
  }

  @Test
  void readGroups_lineStringArea_namesWrongGeometryType() throws IOException {
    DataFileException e = groupsFail("{\"type\": \"LineString\", \"coordinates\": [[5.77, 52.10], [5.78, 52.10]]}");

    assertNames(e, "bad-groups.geojson", "must be a Polygon or MultiPolygon, was LineString");
  }

  @Test
  void readGroups_polygonCoordinatesNestedAsLine_namesNesting() throws IOException {
    DataFileException e = groupsFail("{\"type\": \"Polygon\", \"coordinates\": [[5.77, 52.10], [5.78, 52.10]]}");

    assertNames(e, "bad-groups.geojson", "nested wrongly");
  }

  @Test
  void readGroups_duplicateId_namesBothFeatures() throws IOException {
    Path file = dir.resolve("dubbel.geojson");
    String polygon = "{\"type\": \"Polygon\", \"coordinates\": [[[5.77, 52.10], [5.78, 52.10], [5.78, 52.11], [5.77, 52.10]]]}";
    Files.writeString(file, collection(group(polygon).replace("bad-one", "N1"), group(polygon).replace("bad-one", "N1")));

    assertThatThrownBy(() -> GeoJsonReader.readGroups(file)).isInstanceOf(DataFileException.class)
        .hasMessageContaining("dubbel.geojson, feature 1 (id 'N1')").hasMessageContaining("used by feature 0 too");
  }

  @Test
  void readGroups_unknownConsentValue_namesValue() throws IOException {
    Path file = dir.resolve("toestemming.geojson");
    String polygon = "{\"type\": \"Polygon\", \"coordinates\": [[[5.77, 52.10], [5.78, 52.10], [5.78, 52.11], [5.77, 52.10]]]}";
    Files.writeString(file, collection(group(polygon).replace("\"name\": \"Noord\"",
        "\"name\": \"Noord\", \"beheerder\": \"Anna\", \"toestemming\": \"misschien\"")));

    assertThatThrownBy(() -> GeoJsonReader.readGroups(file)).isInstanceOf(DataFileException.class)
        .hasMessageContaining("feature 0 (id 'bad-one')").hasMessageContaining("'misschien'");
  }

  @Test
  void readHouseholds_unsupportedCrs_namesCrs() {
    String text = "{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", \"properties\": {\"name\":"
        + " \"urn:ogc:def:crs:EPSG::3857\"}}, \"features\": [" + GOOD + "]}";

    assertThatThrownBy(() -> GeoJsonReader.readHouseholds(json(text), "mercator.geojson"))
        .isInstanceOf(DataFileException.class).hasMessageContaining("mercator.geojson")
        .hasMessageContaining("EPSG::3857");
  }

  @Test
  void readHouseholds_badFeatureAfterGoodOnes_returnsNothingButThrows() throws IOException {
    List<Household> seen = new ArrayList<>();
    Path file = dir.resolve("half.geojson");
    Files.writeString(file, collection(GOOD, household("[5.77, 52.10]", "\"huisletter\": \"a\"")));

    assertThatThrownBy(() -> seen.addAll(GeoJsonReader.readHouseholds(file))).isInstanceOf(DataFileException.class);
    assertThat(seen).isEmpty();
  }

  @Test
  void readHouseholds_badFeatureInStreamWithoutCrs_namesFeatureAndSource() {
    String text = collection(GOOD, GOOD.replace("bad-one", "good-two"), household("[52.10, 5.77]", "\"huisnummer\": \"1\""));
    DataFileException e = catchThrowableOfType(DataFileException.class,
        () -> GeoJsonReader.readHouseholds(json(text), "upload.geojson"));

    assertNames(e, "upload.geojson", "swapped");
  }

  @Test
  void readHouseholds_brokenJsonInStreamWithoutCrs_namesFeatureWithoutMisleadingLine() {
    String text = collection(GOOD, GOOD.replace("bad-one", "good-two"),
        "{\"type\": \"Feature\", \"id\": \"bad-one\", \"properties\": {\"a\": }");
    DataFileException e = catchThrowableOfType(DataFileException.class,
        () -> GeoJsonReader.readHouseholds(json(text), "upload.geojson"));

    assertNames(e, "upload.geojson", "not valid JSON");
    assertThat(e.getMessage()).doesNotContain("line");
  }

  @Test
  void readHouseholds_contentAfterTheCollection_isAnError() {
    assertThatThrownBy(() -> GeoJsonReader.readHouseholds(json(collection(GOOD) + " {}"), "twee.geojson"))
        .isInstanceOf(DataFileException.class).hasMessageContaining("twee.geojson")
        .hasMessageContaining("content after the end");
  }

  @Test
  void readHouseholds_noFeaturesMember_isAnError() {
    assertThatThrownBy(() -> GeoJsonReader.readHouseholds(json("{\"type\": \"FeatureCollection\"}"), "leeg.geojson"))
        .isInstanceOf(DataFileException.class).hasMessageContaining("leeg.geojson")
        .hasMessageContaining("no 'features' member");
  }

  @Test
  void readHouseholds_bgtStreetLabels_areNotAddressesButTheirRdPointsAreRead() {
    // label points in RD New with a crs member: the geometry is accepted (the crs is honoured), the properties are
    // a label text, not an address
    assertThatThrownBy(() -> GeoJsonReader.readHouseholds(GeoJsonReaderTest.resource("bgt-street-labels-otterlo-rd.geojson")))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("bgt-street-labels-otterlo-rd.geojson, feature 0: missing street")
        .hasMessageNotContaining("outside the Netherlands");
  }
}
