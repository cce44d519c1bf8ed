package nl.dekking.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report --per-gemeente} on a hand-made country of three municipalities (RD New, 1 km wide each): a report
 * per municipality, the national index and summary, and a group on a border counted in both.
 */
class PerGemeenteTest {

  private static String box(double x0, double y0, double x1, double y1) {
    return String.format(Locale.ROOT, "[[[%s, %s], [%s, %s], [%s, %s], [%s, %s], [%s, %s]]]", x0, y0, x1, y0, x1, y1,
        x0, y1, x0, y0);
  }

  static Path wijken(Path dir) throws Exception {
    StringBuilder f = new StringBuilder("""
        {"type": "FeatureCollection",
         "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}},
         "features": [
        """);
    String[][] w = {{"WK022801", "Ede-Noord", "GM0228", "Ede"}, {"WK027401", "Renkum", "GM0274", "Renkum"},
        {"WK028901", "Wageningen", "GM0289", "Wageningen"}};
    for (int i = 0; i < w.length; i++) {
      f.append(i == 0 ? "" : ",\n").append(String.format(Locale.ROOT,
          "  {\"type\": \"Feature\", \"properties\": {\"wijkcode\": \"%s\", \"wijknaam\": \"%s\", \"gemeentecode\": \"%s\","
              + " \"gemeentenaam\": \"%s\"}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": %s}}",
          w[i][0], w[i][1], w[i][2], w[i][3], box(180_000 + 1000 * i, 440_000, 181_000 + 1000 * i, 441_000)));
    }
    return Files.writeString(dir.resolve("wijken.geojson"), f.append("\n]}\n").toString());
  }

  static Path households(Path dir) throws Exception {
    StringBuilder csv = new StringBuilder("straatnaam;huisnummer;postcode;woonplaats;x;y\n");
    for (int i = 0; i < 3; i++) {
      for (int n = 1; n <= 10; n++) {
        csv.append(String.format(Locale.ROOT, "Dorpsstraat;%d;67%d1AB;Plaats%d;%d;%d%n", n, i + 1, i,
            180_000 + 1000 * i + 50 + 90 * n, 440_500));
      }
    }
    return Files.writeString(dir.resolve("households.csv"), csv.toString());
  }

  static Path groups(Path dir) throws Exception {
    return Files.writeString(dir.resolve("groups.geojson"), """
        {"type": "FeatureCollection",
         "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}},
         "features": [
          {"type": "Feature", "properties": {"id": "G1", "name": "Grens"},
           "geometry": {"type": "Polygon", "coordinates": %s}},
          {"type": "Feature", "properties": {"id": "G2", "name": "Wageningen-Centrum"},
           "geometry": {"type": "Polygon", "coordinates": %s}}
         ]}
        """.formatted(box(180_500, 440_400, 181_500, 440_600), box(182_000, 440_400, 182_300, 440_600)));
  }

  @Test
  void report_perGemeente_writesEachMunicipalityIndexAndSummary(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("landelijk");
    ReportCommandTest.Run r = ReportCommandTest.run("report", "--per-gemeente", "--households",
        households(dir).toString(), "--groups", groups(dir).toString(), "--neighbourhoods", wijken(dir).toString(),
        "--out", out.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("3 municipalities");
    for (String code : new String[] {"GM0228", "GM0274", "GM0289"}) {
      assertThat(out.resolve(code).resolve("report.html")).isRegularFile();
      assertThat(out.resolve(code).resolve("summary.json")).isRegularFile();
    }
    String index = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
    assertThat(index).contains("href=\"GM0228/report.html\"", "Wageningen", "Renkum");
    JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertThat(s.get("households").asInt()).isEqualTo(30);
    // G1 covers x 180500-181500: households 5-10 of Ede (x 180500..180950) and 1-5 of Renkum (x 181140..181500)
    JsonNode g1 = s.get("groups").get(0);
    assertThat(g1.get("id").asText()).isEqualTo("G1");
    assertThat(g1.get("municipalities")).extracting(JsonNode::asText).containsExactly("GM0228", "GM0274");
    assertThat(g1.get("households").asInt()).isEqualTo(6 + 5);
    // G2 covers x 182000-182300: households 1 and 2 of Wageningen (x 182140, 182230)
    assertThat(s.get("covered").asInt()).isEqualTo(11 + 2);
  }

  @Test
  void report_perGemeenteWithoutNeighbourhoods_exitsWith2AndAsksForCbsWijken(@TempDir Path dir) throws Exception {
    ReportCommandTest.Run r = ReportCommandTest.run("report", "--per-gemeente", "--households",
        households(dir).toString(), "--groups", groups(dir).toString(), "--out", dir.resolve("out").toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--neighbourhoods").contains("gemeentecode");
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
