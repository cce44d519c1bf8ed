package nl.dekking.report.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import nl.dekking.io.DataFileException;
import org.junit.jupiter.api.Test;

class BgtBackgroundReaderTest {

  private static final String CRS = "\"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"urn:ogc:def:crs:EPSG::28992\"}}";
  private static final String ROADS = "{\"type\": \"FeatureCollection\", " + CRS + ", \"features\": ["
      + "{\"type\": \"Feature\", \"properties\": {\"lokaalID\": \"P1\", \"function\": \"rijbaan lokale weg\"},"
      + " \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[181000, 456000], [181010, 456000], [181010, 456005], [181000, 456000]]]}}]}";
  private static final String LABELS = "{\"type\": \"FeatureCollection\", " + CRS + ", \"features\": ["
      + "{\"type\": \"Feature\", \"properties\": {\"tekst\": \"Heideweg\", \"hoek\": \"[ 21.8 -12.3 -14.1  67.8]\"},"
      + " \"geometry\": {\"type\": \"Point\", \"coordinates\": [181235.342, 456124.969]}},"
      + "{\"type\": \"Feature\", \"properties\": {\"tekst\": \"Kerklaan\", \"hoek\": [-72.1]},"
      + " \"geometry\": {\"type\": \"Point\", \"coordinates\": [181452.399, 457062.314]}}]}";

  private static InputStream in(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void read_rdFiles_roadsAndLabelsInRd() {
    MapBackground background = BgtBackgroundReader.read(in(ROADS), "roads.geojson", in(LABELS), "labels.geojson");

    assertThat(background.roads()).hasSize(1);
    assertThat(background.roads().get(0).getEnvelopeInternal().getMinX()).isEqualTo(181000);
    assertThat(background.labels()).extracting(MapBackground.StreetLabel::text).containsExactly("Heideweg", "Kerklaan");
    assertThat(background.labels().get(0).x()).isCloseTo(181235.342, within(1e-6));
  }

  @Test
  void read_angleAsTextOrArray_firstAngleUsed() {
    MapBackground background = BgtBackgroundReader.read(in(ROADS), "roads.geojson", in(LABELS), "labels.geojson");

    assertThat(background.labels()).extracting(MapBackground.StreetLabel::angleDegrees).containsExactly(21.8, -72.1);
  }

  @Test
  void read_roadThatIsALine_failsNamingFileAndFeature() {
    String roads = ROADS.replace("\"type\": \"Polygon\", \"coordinates\": [[[181000, 456000], [181010, 456000], [181010, 456005], [181000, 456000]]]",
        "\"type\": \"LineString\", \"coordinates\": [[181000, 456000], [181010, 456000]]");

    assertThatThrownBy(() -> BgtBackgroundReader.read(in(roads), "roads.geojson", in(LABELS), "labels.geojson"))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("roads.geojson").hasMessageContaining("P1").hasMessageContaining("LineString");
  }

  @Test
  void read_angleWithTrailingDecimalPoint_readAsPdokWritesIt() {
    // PDOK's BGT label export writes "hoek": [ 67. ] (as in the bundled sample): not JSON, but unambiguous
    String labels = LABELS.replace("[-72.1]", "[ 67. ]");

    MapBackground background = BgtBackgroundReader.read(in(ROADS), "roads.geojson", in(labels), "labels.geojson");

    assertThat(background.labels()).extracting(MapBackground.StreetLabel::angleDegrees).containsExactly(21.8, 67.0);
  }

  @Test
  void read_invalidJson_failsNamingFileAndLine() {
    String labels = LABELS.replace("[-72.1]", "[-72.1");

    assertThatThrownBy(() -> BgtBackgroundReader.read(in(ROADS), "roads.geojson", in(labels), "labels.geojson"))
        .isInstanceOf(DataFileException.class).hasMessageContaining("labels.geojson").hasMessageContaining("line 1");
  }

  @Test
  void read_labelWithoutText_failsNamingFileAndFeature() {
    String labels = LABELS.replace("\"tekst\": \"Kerklaan\", ", "\"identificatieBAGOPR\": \"0274300000000042\", ");

    assertThatThrownBy(() -> BgtBackgroundReader.read(in(ROADS), "roads.geojson", in(labels), "labels.geojson"))
        .isInstanceOf(DataFileException.class).hasMessageContaining("labels.geojson")
        .hasMessageContaining("0274300000000042").hasMessageContaining("tekst");
  }

  @Test
  void read_wgs84WithoutCrs_transformedToRd() {
    String labels = "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"properties\":"
        + " {\"tekst\": \"Dorpsstraat\"}, \"geometry\": {\"type\": \"Point\", \"coordinates\": [5.92, 52.96]}}]}";

    MapBackground background = BgtBackgroundReader.read(in(ROADS), "roads.geojson", in(labels), "labels.geojson");

    assertThat(background.labels().get(0).x()).isCloseTo(190801.65, within(0.05));
    assertThat(background.labels().get(0).angleDegrees()).isZero();
  }
}
