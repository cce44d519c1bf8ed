package nl.dekking.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.dekking.io.DataFileException;
import nl.dekking.model.Household;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full read of many households interprets them on every core and must still read as the streaming read does. */
class GeoJsonParallelReadTest {

  @TempDir
  Path dir;

  private static String feature(int i, String number) {
    return "{\"type\": \"Feature\", \"properties\": {\"identificatie\": \"" + String.format("%016d", i)
        + "\", \"openbare_ruimte_naam\": \"Straat " + (i % 500) + "\", \"huisnummer\": " + number
        + ", \"postcode\": \"6731AB\", \"woonplaats_naam\": \"Otterlo\"}, \"geometry\": {\"type\": \"Point\","
        + " \"coordinates\": [" + (175_000 + i % 10_000) + ".25, " + (450_000 + i / 10_000) + ".5]}}";
  }

  private Path collection(int n, int badAt, String tail) throws IOException {
    StringBuilder json = new StringBuilder("{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\","
        + " \"properties\": {\"name\": \"urn:ogc:def:crs:EPSG::28992\"}}, \"features\": [\n");
    for (int i = 0; i < n; i++) {
      json.append(i == 0 ? "" : ",\n").append(feature(i, i == badAt ? "\"twaalf\"" : Integer.toString(1 + i % 300)));
    }
    json.append(tail);
    return Files.writeString(dir.resolve("huishoudens.geojson"), json);
  }

  @Test
  void households_manyBatches_equalTheStreamingReadInFileOrder() throws IOException {
    Path file = collection(30_000, -1, "]}");

    List<Household> all = GeoJsonReader.readHouseholds(file);
    List<Household> streamed = new ArrayList<>();
    GeoJsonReader.defaults().forEachHousehold(file, streamed::add);

    assertThat(all).hasSize(30_000).containsExactlyElementsOf(streamed);
    assertThat(all.get(29_999).id()).isEqualTo("0000000000029999");
  }

  @Test
  void households_badFeatureInALaterBatch_isNamedByIndex() throws IOException {
    Path file = collection(30_000, 21_000, "]}");

    assertThatThrownBy(() -> GeoJsonReader.readHouseholds(file)).isInstanceOf(DataFileException.class)
        .hasMessageContaining("huishoudens.geojson").hasMessageContaining("21000").hasMessageContaining("twaalf");
  }

  @Test
  void households_badFeatureBeforeBrokenJson_reportsTheBadFeatureFirst() throws IOException {
    // feature 9,000 is bad, and the file breaks off in the middle of the array much later
    Path file = collection(12_000, 9_000, ", {\"type\": \"Feature\", \"properties\": {\"huisnummer\": ");

    assertThatThrownBy(() -> GeoJsonReader.readHouseholds(file)).isInstanceOf(DataFileException.class)
        .hasMessageContaining("9000").hasMessageContaining("twaalf");
  }

  @Test
  void households_brokenJsonAfterManyGoodFeatures_isReported() throws IOException {
    Path file = collection(12_000, -1, ", {\"type\": \"Feature\", \"properties\": {\"huisnummer\": ");

    assertThatThrownBy(() -> GeoJsonReader.readHouseholds(file)).isInstanceOf(DataFileException.class)
        .hasMessageContaining("huishoudens.geojson");
  }
}
