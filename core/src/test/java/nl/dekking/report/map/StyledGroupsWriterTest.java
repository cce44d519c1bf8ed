package nl.dekking.report.map;

import static nl.dekking.report.map.MapSceneTest.wkt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.dekking.io.geojson.GeoJsonFeature;
import nl.dekking.model.Consent;
import nl.dekking.model.Contact;
import nl.dekking.model.Group;
import nl.dekking.model.PublicGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StyledGroupsWriterTest {

  private static final Group GROUP = new Group("OTT-02", "Vijverlaan",
      wkt("POLYGON ((181650 455500, 182130 455500, 182130 456350, 181650 456350, 181650 455500))"), 44,
      List.of(new Contact("Bram Jansen", "bram.jansen@example.nl", "0612345602", Consent.NONE),
          new Contact("Pia Publiek", "pia@example.nl", "", Consent.PUBLIC)),
      Map.of("beschrijving", "Bram Jansen belt 0612345602"));

  private static StyledGroupsWriter.StyledGroup styled(String colour, Map<String, ?> extra) {
    return new StyledGroupsWriter.StyledGroup(PublicGroup.of(GROUP, List.of("Vijverlaan"), colour, ""), GROUP.area(),
        0.35, extra);
  }

  @Test
  void features_group_simpleStyleAfterGroupFields() {
    GeoJsonFeature f = StyledGroupsWriter.features(List.of(
        styled("#2ca02c", Map.of("households", 107)))).get(0);

    Map<String, Object> properties = Map.copyOf(f.properties());
    assertThat(properties).containsEntry("id", "OTT-02").containsEntry("households", 107)
        .containsEntry("fill", "#2ca02c").containsEntry("stroke", "#2ca02c").containsEntry("fill-opacity", 0.35);
  }

  @Test
  void features_adminWithoutConsent_leftOutPublicAdminKept() {
    GeoJsonFeature f = StyledGroupsWriter.features(List.of(styled("#2ca02c", Map.of()))).get(0);

    Map<String, Object> properties = Map.copyOf(f.properties());
    assertThat(properties.values().toString()).doesNotContain("Bram", "bram.jansen@example.nl", "0612345602");
    assertThat(properties).containsEntry("admin_name", "Pia Publiek").containsEntry("streets", "Vijverlaan")
        .doesNotContainKey("beschrijving");
  }

  @Test
  void styledGroup_textInExtra_refused() {
    assertThatThrownBy(() -> styled("#2ca02c", Map.of("note", "Bram Jansen")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OTT-02");
  }

  @Test
  void write_file_rfc7946Wgs84(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("groups.geojson");

    StyledGroupsWriter.write(List.of(styled("#2ca02c", Map.of())), file);

    JsonNode root = new ObjectMapper().readTree(Files.readString(file));
    assertThat(root.has("crs")).isFalse();
    JsonNode geometry = root.path("features").get(0).path("geometry");
    assertThat(geometry.path("type").asText()).isEqualTo("MultiPolygon");
    double lat = geometry.path("coordinates").get(0).get(0).get(0).get(1).asDouble();
    assertThat(lat).isBetween(52.0, 52.2);
  }

  @Test
  void styledGroup_badColour_refusedNamingGroup() {
    assertThatThrownBy(() -> styled("green", Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OTT-02").hasMessageContaining("'green'");
  }
}
