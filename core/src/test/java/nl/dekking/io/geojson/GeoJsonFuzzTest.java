package nl.dekking.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import nl.dekking.io.DataFileException;

/**
 * Whatever is wrong with a file, the reader's only complaint is a {@link DataFileException}: random edits of
 * valid documents (characters deleted, replaced or inserted, tokens swapped) either still read or fail with one,
 * never with a NullPointerException, ClassCastException or the like.
 */
class GeoJsonFuzzTest {

  private static final String GROUPS = """
      {"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}},
       "features": [
        {"type": "Feature", "id": "N1", "properties": {"name": "Noord", "members": 12, "admin_name": "Anna",
         "admin_email": "anna@example.nl", "consent": "PUBLIC", "extra": [1, {"a": null}]},
         "geometry": {"type": "MultiPolygon", "coordinates": [[[[181000, 456000], [181500, 456000], [181500, 456500],
         [181000, 456000]], [[181100, 456100], [181200, 456100], [181200, 456200], [181100, 456100]]]]}},
        {"type": "Feature", "properties": {"id": "Z2", "leden": "7"}, "geometry": {"type": "Polygon",
         "coordinates": [[[181000, 455000], [181500, 455000], [181500, 455500], [181000, 455000]]]}}
       ]}""";

  private static final String HOUSEHOLDS = """
      {"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": 17, "properties": {"straatnaam": "Dorpsstraat", "huisnummer": "12a-2",
         "postcode": "6731AB", "woonplaats": "Otterlo"}, "geometry": {"type": "Point", "coordinates": [5.77, 52.1, 0]}},
        {"type": "Feature", "properties": {"addr:street": "Kerkweg", "addr:housenumber": "3", "addr:postcode": "6731AC",
         "addr:city": "Otterlo"}, "geometry": {"type": "MultiPoint", "coordinates": [[5.771, 52.101]]}}
       ], "crs": null}""";

  private static final List<String> TOKENS = List.of("{", "}", "[", "]", ",", ":", "\"", "null", "NaN", "-1e999",
      "\"type\"", "\"Feature\"", "\"Polygon\"", "\"Point\"", "\"coordinates\"", "\"features\"", "\"crs\"", "[]", "{}",
      "0", "5.77", "181000", "\"x\"", "true");

  @Provide
  Arbitrary<List<Edit>> edits() {
    Arbitrary<Edit> edit = net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 3),
        Arbitraries.doubles().between(0, 1).withoutEdgeCases(), Arbitraries.integers().between(1, 12), Arbitraries.of(TOKENS))
        .as(Edit::new);
    return edit.list().ofMinSize(1).ofMaxSize(4);
  }

  @Property(tries = 400)
  void readGroups_editedDocument_readsOrThrowsDataFileException(@ForAll("edits") List<Edit> edits) {
    assertReadsOrFailsCleanly(apply(GROUPS, edits), text -> GeoJsonReader.readGroups(stream(text), "groups.geojson"));
  }

  @Property(tries = 400)
  void readHouseholds_editedDocument_readsOrThrowsDataFileException(@ForAll("edits") List<Edit> edits) {
    assertReadsOrFailsCleanly(apply(HOUSEHOLDS, edits),
        text -> GeoJsonReader.readHouseholds(stream(text), "households.geojson"));
  }

  @Property(tries = 200)
  void readFeatures_editedDocument_readsOrThrowsDataFileException(@ForAll("edits") List<Edit> edits) {
    assertReadsOrFailsCleanly(apply(GROUPS, edits), text -> GeoJsonReader.readFeatures(stream(text), "layer.geojson"));
  }

  @Example
  void unedited_documents_read() {
    assertThat(GeoJsonReader.readGroups(stream(GROUPS), "groups.geojson")).hasSize(2);
    assertThat(GeoJsonReader.readHouseholds(stream(HOUSEHOLDS), "households.geojson")).hasSize(2);
  }

  private static void assertReadsOrFailsCleanly(String text, Function<String, List<?>> read) {
    try {
      assertThat(read.apply(text)).isNotNull();
      Statistics.collect("read");
    } catch (DataFileException e) {
      Statistics.collect(e.featureIndex() >= 0 ? "feature error" : "file error");
      assertThat(e.getMessage()).startsWith(e.file()).contains(e.problem());
    } catch (RuntimeException e) {
      throw new AssertionError("not a DataFileException for input:\n" + text, e);
    }
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String apply(String text, List<Edit> edits) {
    StringBuilder sb = new StringBuilder(text);
    for (Edit e : edits) {
      int at = (int) (e.where() * sb.length());
      int end = Math.min(sb.length(), at + e.length());
      switch (e.kind()) {
        case 0 -> sb.delete(at, end);
        case 1 -> sb.replace(at, end, e.token());
        case 2 -> sb.insert(at, e.token());
        default -> {
          // swap two numbers or words: move the token at this place to the end of the span
          String cut = sb.substring(at, end);
          sb.delete(at, end).insert(Math.min(sb.length(), at + e.length()), cut);
        }
      }
    }
    return sb.toString();
  }

  record Edit(int kind, double where, int length, String token) {
  }
}
