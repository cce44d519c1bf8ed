package nl.dekking.io.geojson;

import static nl.dekking.io.geojson.GeoJsonReaderTest.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import nl.dekking.crs.RdNew;
import nl.dekking.model.Audience;
import nl.dekking.model.Address;
import nl.dekking.model.Consent;
import nl.dekking.model.Contact;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.model.Neighbourhood;
import nl.dekking.model.Street;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class GeoJsonWriterTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path dir;

  static Geometry rd(String wkt) {
    try {
      return new WKTReader(RdNew.GEOMETRY_FACTORY).read(wkt);
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static Group group(String id, Contact... admins) {
    return new Group(id, "Groep " + id, rd("POLYGON ((181000 456000, 181500 456000, 181500 456500, 181000 456500, 181000 456000))"),
        25, List.of(admins), Map.of("status", "actief"));
  }

  private static final Contact PUBLIC = new Contact("Anna de Vries", "anna@example.nl", "0612345601", Consent.PUBLIC);
  private static final Contact MUNICIPALITY = new Contact("Bram Jansen", "bram@example.nl", "0612345602", Consent.MUNICIPALITY_ONLY);
  private static final Contact NONE = new Contact("Cor Smit", "cor@example.nl", "0612345603", Consent.NONE);

  // ---- round trips

  @Test
  void writeHouseholds_wgs84RoundTripOfRealAddresses_isWithinOneMillimetre() throws IOException {
    List<Household> original = GeoJsonReader.readHouseholds(resource("addresses-otterlo-wekerom-wgs84.geojson"));
    Path file = dir.resolve("out.geojson");

    GeoJsonWriter.writeHouseholds(original, file);
    List<Household> back = GeoJsonReader.readHouseholds(file);

    assertThat(back).hasSize(original.size());
    for (int i = 0; i < original.size(); i++) {
      assertThat(back.get(i).id()).isEqualTo(original.get(i).id());
      assertThat(back.get(i).address()).isEqualTo(original.get(i).address());
      assertThat(back.get(i).x()).isCloseTo(original.get(i).x(), within(0.001));
      assertThat(back.get(i).y()).isCloseTo(original.get(i).y(), within(0.001));
    }
    assertThat(Files.readString(file)).doesNotContain("\"crs\"");
  }

  @Test
  void writeHouseholds_rdNewRoundTrip_isWithinOneMillimetreAndHasCrsMember() throws IOException {
    List<Household> original = List.of(
        new Household("a", new Address("Dorpsstraat", 12, "a", "2", "6731AB", "Otterlo"), 181234.56789, 456789.01234),
        new Household("b", Address.of("Kerkweg", 1, "6731AC", "Otterlo"), 181000.0004, 456000.9996));
    Path file = dir.resolve("rd.geojson");

    GeoJsonWriter.rdNew().households(original, file);
    List<Household> back = GeoJsonReader.readHouseholds(file);

    assertThat(back).hasSize(2);
    for (int i = 0; i < 2; i++) {
      assertThat(back.get(i).address()).isEqualTo(original.get(i).address());
      assertThat(back.get(i).x()).isCloseTo(original.get(i).x(), within(0.001));
      assertThat(back.get(i).y()).isCloseTo(original.get(i).y(), within(0.001));
    }
    assertThat(Files.readString(file)).contains("urn:ogc:def:crs:EPSG::28992");
  }

  @Test
  void writeHouseholds_rfc7946_roundsToSevenDecimals() throws IOException {
    Household h = new Household("a", Address.of("Dorpsstraat", 1, "6731AB", "Otterlo"), 181234.56789, 456789.01234);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    GeoJsonWriter.writeHouseholds(List.of(h), out);

    JsonNode c = MAPPER.readTree(out.toByteArray()).at("/features/0/geometry/coordinates");
    for (JsonNode ordinate : c) {
      String text = ordinate.asText();
      assertThat(text.substring(text.indexOf('.') + 1)).hasSizeLessThanOrEqualTo(7);
    }
    assertThat(c.get(0).asDouble()).isBetween(5.7, 5.8); // longitude first
    assertThat(c.get(1).asDouble()).isBetween(52.0, 52.2);
  }

  @Test
  void writeNeighbourhoods_roundTripOfCbsBuurten_keepsCodesNamesAndAreas() {
    List<Neighbourhood> original = GeoJsonReader.readNeighbourhoods(resource("cbs-buurten-2023-harlingen-heerenveen-rd.geojson"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    GeoJsonWriter.writeNeighbourhoods(original, out);
    List<Neighbourhood> back = GeoJsonReader.readNeighbourhoods(new ByteArrayInputStream(out.toByteArray()), "buurten");

    assertThat(back).hasSize(43);
    for (int i = 0; i < back.size(); i++) {
      Neighbourhood a = original.get(i);
      Neighbourhood b = back.get(i);
      assertThat(b.code()).isEqualTo(a.code());
      assertThat(b.name()).isEqualTo(a.name());
      assertThat(b.municipalityCode()).isEqualTo(a.municipalityCode());
      assertThat(b.reportedHouseholds()).isEqualTo(a.reportedHouseholds());
      // 7 decimals of a degree are at most about 6 mm here
      assertThat(DiscreteHausdorffDistance.distance(a.area(), b.area())).isLessThan(0.01);
      assertThat(b.area().getNumPoints()).isEqualTo(a.area().getNumPoints());
    }
  }

  @Test
  void writeNeighbourhoods_householdCount_isWrittenWhenKnownOnly() throws IOException {
    Geometry area = rd("POLYGON ((181000 456000, 181500 456000, 181500 456500, 181000 456000))");
    List<Neighbourhood> n = List.of(new Neighbourhood("BU02280101", "A", "", "", area, OptionalInt.of(12)),
        new Neighbourhood("BU02280102", "B", "", "", area, OptionalInt.empty()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    GeoJsonWriter.writeNeighbourhoods(n, out);

    JsonNode features = MAPPER.readTree(out.toByteArray()).get("features");
    assertThat(features.get(0).at("/properties/huishoudens").asInt()).isEqualTo(12);
    assertThat(features.get(1).get("properties").has("huishoudens")).isFalse();
  }

  @Test
  void writeStreets_roundTrip_keepsNamesAndLines() {
    List<Street> streets = List.of(new Street("Dorpsstraat", "Otterlo",
        Optional.of(rd("LINESTRING (181000 456000, 181500 456100, 181700 456400)"))), Street.of("Kerkweg", "Otterlo"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    GeoJsonWriter.writeStreets(streets, out);
    List<Street> back = GeoJsonReader.readStreets(new ByteArrayInputStream(out.toByteArray()), "straten");

    assertThat(back).extracting(Street::key).containsExactly(streets.get(0).key(), streets.get(1).key());
    assertThat(back.get(0).line()).hasValueSatisfying(l -> {
      assertThat(l.getNumPoints()).isEqualTo(3);
      assertThat(l.getLength()).isCloseTo(streets.get(0).line().get().getLength(), within(0.05));
    });
    assertThat(back.get(1).line()).isEmpty();
  }

  @Test
  void writeGroups_roundTripForMunicipality_keepsEverything() {
    Group original = group("OTT-01", PUBLIC, MUNICIPALITY, NONE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    GeoJsonWriter.writeGroups(List.of(original), out, Audience.MUNICIPALITY);
    Group back = GeoJsonReader.readGroups(new ByteArrayInputStream(out.toByteArray()), "groepen").get(0);

    assertThat(back.id()).isEqualTo(original.id());
    assertThat(back.name()).isEqualTo(original.name());
    assertThat(back.members()).isEqualTo(25);
    assertThat(back.admins()).isEqualTo(original.admins());
    assertThat(back.metadata()).isEqualTo(original.metadata());
    assertThat(DiscreteHausdorffDistance.distance(back.area(), original.area())).isLessThan(0.01);
  }

  // ---- consent

  @Test
  void writeGroups_publicAudience_leavesOutContactsWithoutPublicConsent() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    GeoJsonWriter.writeGroups(List.of(group("OTT-01", MUNICIPALITY, PUBLIC, NONE)), out, Audience.PUBLIC);

    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("Anna de Vries", "anna@example.nl", "0612345601");
    assertThat(text).doesNotContain("Bram", "bram@example.nl", "0612345602", "Cor Smit", "cor@example.nl", "0612345603");
    Group back = GeoJsonReader.readGroups(new ByteArrayInputStream(out.toByteArray()), "publiek").get(0);
    assertThat(back.admins()).containsExactly(PUBLIC);
  }

  @Test
  void writeGroups_municipalityAudience_includesEveryContactWithItsConsent() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    GeoJsonWriter.writeGroups(List.of(group("OTT-01", MUNICIPALITY, PUBLIC, NONE)), out, Audience.MUNICIPALITY);

    JsonNode p = MAPPER.readTree(out.toByteArray()).at("/features/0/properties");
    assertThat(p.get("admin_name").asText()).isEqualTo("Bram Jansen");
    assertThat(p.get("consent").asText()).isEqualTo("MUNICIPALITY_ONLY");
    assertThat(p.get("admin_name_3").asText()).isEqualTo("Cor Smit");
    assertThat(p.get("admin_email_3").asText()).isEqualTo("cor@example.nl");
    assertThat(p.get("consent_3").asText()).isEqualTo("NONE");
  }

  @Test
  void writeGroups_toPathForPublic_holdsNoNonPublicContact() throws IOException {
    Path file = dir.resolve("groepen.geojson");

    GeoJsonWriter.writeGroups(List.of(group("A", NONE), group("B", MUNICIPALITY)), file, Audience.PUBLIC);

    String text = Files.readString(file);
    assertThat(text).doesNotContain("admin_name", "@example.nl", "0612");
    assertThat(GeoJsonReader.readGroups(file)).extracting(Group::id).containsExactly("A", "B");
  }

  @Test
  void writeGroups_noAudienceGiven_writesForThePublic() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    GeoJsonWriter.writeGroups(List.of(group("OTT-01", MUNICIPALITY, PUBLIC, NONE)), out);

    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Anna de Vries").doesNotContain("Bram", "Cor");
  }

  // ---- geometry encoding

  @Test
  void writeFeatures_polygonWithClockwiseShellAndHole_writesRfc7946Winding() throws IOException {
    // shell clockwise and hole counter-clockwise in RD New: the opposite of RFC 7946
    Geometry polygon = rd("POLYGON ((181000 456000, 181000 456500, 181500 456500, 181500 456000, 181000 456000),"
        + " (181100 456100, 181200 456100, 181200 456200, 181100 456200, 181100 456100))");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    GeoJsonWriter.writeFeatures(List.of(GeoJsonFeature.of("gap-1", polygon, Map.of("households", 12))), out);

    JsonNode f = MAPPER.readTree(out.toByteArray()).at("/features/0");
    assertThat(f.get("id").asText()).isEqualTo("gap-1");
    assertThat(f.at("/properties/households").asInt()).isEqualTo(12);
    JsonNode rings = f.at("/geometry/coordinates");
    assertThat(signedArea(rings.get(0))).isPositive();
    assertThat(signedArea(rings.get(1))).isNegative();
    assertThat(rings.get(0).get(0)).isEqualTo(rings.get(0).get(rings.get(0).size() - 1));
  }

  @Test
  void open_streamingWriter_writesEachFeatureAndEndsTheCollectionOnClose() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    try (FeatureCollectionWriter w = GeoJsonWriter.rfc7946().open(out)) {
      w.write("p", rd("POINT (181000 456000)"), Map.of("kind", "gap"));
      w.write("l", rd("MULTILINESTRING ((181000 456000, 181100 456000), (181200 456000, 181300 456000))"), Map.of());
      w.write("none", null, Map.of("note", "no geometry"));
    }

    JsonNode features = MAPPER.readTree(out.toByteArray()).get("features");
    assertThat(features).hasSize(3);
    assertThat(features.get(1).at("/geometry/type").asText()).isEqualTo("MultiLineString");
    assertThat(features.get(2).get("geometry").isNull()).isTrue();
  }

  @Test
  void writePoint_textProperties_sameBytesAsWriteWithAMap() {
    FeatureCollectionWriter.PropertyNames names = FeatureCollectionWriter.PropertyNames.of("layer", "street", "note",
        "empty", "none");
    String[] values = {"uncoveredHousehold", "Ds. \"Kuyper\"straat \\ 't Hooft", "é ë\u0001\n</script>", "", null};
    for (GeoJsonWriter writer : List.of(GeoJsonWriter.rfc7946(), GeoJsonWriter.rdNew())) {
      ByteArrayOutputStream fast = new ByteArrayOutputStream();
      ByteArrayOutputStream general = new ByteArrayOutputStream();
      try (FeatureCollectionWriter w = writer.open(fast)) {
        w.writePoint("h-1", 181000.125, 456000.875, names, values);
        w.writePoint("", 181001, 456001, names, values);
      }
      java.util.Map<String, Object> properties = new java.util.LinkedHashMap<>();
      for (int i = 0; i < values.length; i++) {
        properties.put(List.of("layer", "street", "note", "empty", "none").get(i), values[i]);
      }
      try (FeatureCollectionWriter w = writer.open(general)) {
        w.write("h-1", rd("POINT (181000.125 456000.875)"), properties);
        w.write("", rd("POINT (181001 456001)"), properties);
      }

      assertThat(fast.toString(StandardCharsets.UTF_8)).isEqualTo(general.toString(StandardCharsets.UTF_8));
    }
  }

  @Test
  void writePointWgs84_pointTransformedByTheCaller_sameBytesAsWritePoint() {
    FeatureCollectionWriter.PropertyNames names = FeatureCollectionWriter.PropertyNames.of("layer", "id");
    ByteArrayOutputStream rd = new ByteArrayOutputStream();
    ByteArrayOutputStream wgs84 = new ByteArrayOutputStream();
    nl.dekking.crs.CrsTransform toWgs84 = nl.dekking.crs.CrsTransform.rdToWgs84();
    java.util.Random random = new java.util.Random(5);
    double[][] points = new double[500][];
    for (int i = 0; i < points.length; i++) {
      points[i] = new double[] {10_000 + random.nextDouble() * 270_000, 310_000 + random.nextDouble() * 300_000};
    }
    try (FeatureCollectionWriter w = GeoJsonWriter.rfc7946().open(rd)) {
      for (double[] p : points) {
        w.writePoint("h", p[0], p[1], names, "uncoveredHousehold", "h");
      }
    }
    try (FeatureCollectionWriter w = GeoJsonWriter.rfc7946().open(wgs84)) {
      for (double[] p : points) {
        org.locationtech.jts.geom.Coordinate c = toWgs84.apply(p[0], p[1]);
        w.writePointWgs84("h", c.x, c.y, names, "uncoveredHousehold", "h");
      }
    }

    assertThat(wgs84.toString(StandardCharsets.UTF_8)).isEqualTo(rd.toString(StandardCharsets.UTF_8));
    FeatureCollectionWriter rdWriter = GeoJsonWriter.rdNew().open(new ByteArrayOutputStream());
    assertThatThrownBy(() -> rdWriter.writePointWgs84("h-9", 5.1, 52.1, names, "a", "b"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("h-9").hasMessageContaining("RD New");
  }

  @Test
  void writePoint_wrongNumberOfValuesOrOutsideTheNetherlands_namesTheFeature() {
    FeatureCollectionWriter.PropertyNames names = FeatureCollectionWriter.PropertyNames.of("layer", "id");
    FeatureCollectionWriter w = GeoJsonWriter.rfc7946().open(new ByteArrayOutputStream());

    assertThatThrownBy(() -> w.writePoint("h-2", 181000, 456000, names, "one"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("h-2").hasMessageContaining("1 property values for 2 names");
    assertThatThrownBy(() -> w.writePoint("h-3", 5.77, 52.1, names, "a", "b"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("h-3");
    assertThatThrownBy(() -> w.writePoint("h-4", 181000, 456000, names, "a", "b"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("failed on an earlier feature");
  }

  @Test
  void write_nonFiniteProperty_isRejected() {
    FeatureCollectionWriter w = GeoJsonWriter.rfc7946().open(new ByteArrayOutputStream());

    assertThatThrownBy(() -> w.write("x", null, Map.of("share", Double.NaN)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("share").hasMessageContaining("NaN");
  }

  @Test
  void write_wgs84GeometryByMistake_namesFeatureAndSaysItLooksLikeWgs84() {
    FeatureCollectionWriter w = GeoJsonWriter.rfc7946().open(new ByteArrayOutputStream());
    Geometry lonLat = new org.locationtech.jts.geom.GeometryFactory().createPoint(new org.locationtech.jts.geom.Coordinate(5.77, 52.1));

    assertThatThrownBy(() -> w.write("gap-3", lonLat, Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gap-3")
        .hasMessageContaining("looks like WGS84");
    assertThatThrownBy(() -> w.write("gap-4", rd("POINT (181000 456000)"), Map.of()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("failed on an earlier feature");
  }

  @Test
  void writeFeatures_toPathFailingHalfway_leavesThePreviousFileAndNoTemporaryFile() throws IOException {
    Path file = dir.resolve("lagen.geojson");
    Files.writeString(file, "previous");
    List<GeoJsonFeature> features = List.of(GeoJsonFeature.of("a", rd("POINT (181000 456000)"), Map.of()),
        GeoJsonFeature.of("b", rd("POINT (181000 456000)"), Map.of("share", Double.NaN)));

    assertThatThrownBy(() -> GeoJsonWriter.writeFeatures(features, file)).isInstanceOf(IllegalArgumentException.class);

    assertThat(Files.readString(file)).isEqualTo("previous");
    try (var listing = Files.list(dir)) {
      assertThat(listing).containsExactly(file);
    }
  }

  private static double signedArea(JsonNode ring) {
    double a = 0;
    for (int i = 0; i < ring.size() - 1; i++) {
      a += ring.get(i).get(0).asDouble() * ring.get(i + 1).get(1).asDouble()
          - ring.get(i + 1).get(0).asDouble() * ring.get(i).get(1).asDouble();
    }
    return a / 2;
  }
}
