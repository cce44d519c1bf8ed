package nl.dekking.report.map;

import static nl.dekking.report.map.MapSceneTest.wkt;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.w3c.dom.Document;

class SvgMapWriterTest {

  static MapScene sampleScene() {
    return MapScene.builder(new Envelope(181000, 182000, 456000, 456500), 800)
        .title("Dekking <Otterlo> & \"Wekerom\"")
        .area(MapLayer.ROAD, "", "", "", wkt("POLYGON ((181000 456240, 182000 456240, 182000 456260, 181000 456260, 181000 456240))"))
        .area(MapLayer.GROUP, "OTT-01", "Dorp <Centrum>", "#1f77b4",
            wkt("POLYGON ((181100 456100, 181500 456100, 181500 456400, 181100 456400, 181100 456100))"))
        .area(MapLayer.GROUP, "OTT-02", "Vijverlaan", "#2ca02c",
            wkt("POLYGON ((181450 456100, 181900 456100, 181900 456400, 181450 456400, 181450 456100))"))
        .area(MapLayer.OVERLAP, "OTT-01/OTT-02", "overlap", "",
            wkt("POLYGON ((181450 456100, 181500 456100, 181500 456400, 181450 456400, 181450 456100))"))
        .point(MapLayer.HOUSEHOLD_UNCOVERED, "", "", 181950, 456450)
        .point(MapLayer.HOUSEHOLD_COVERED, "", "", 181300, 456300)
        .text(MapScene.TextKind.STREET, "Dorpsstraat", 181700, 456250, 0)
        .legend(MapLayer.GROUP, "#1f77b4", "Groepsgebied")
        .legend(MapLayer.OVERLAP, "", "Overlap")
        .legend(MapLayer.HOUSEHOLD_UNCOVERED, "", "Huishouden zonder groep")
        .build();
  }

  @Test
  void num_appended_sameTextAsTheString() {
    java.util.Random random = new java.util.Random(17);
    double[] edges = {0, -0.0, 0.04, -0.04, 0.05, -0.05, 0.95, -0.95, 9.96, 1000, -1000.05, 999_999.95, 1.0e7, -3.0e8};
    for (int i = 0; i < 20_000 + edges.length; i++) {
      double v = i < edges.length ? edges[i] : (random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(7));
      assertThat(SvgMapWriter.num(new StringBuilder("x"), v).toString()).as("%s", v).isEqualTo("x" + SvgMapWriter.num(v));
    }
  }

  @Test
  void toSvg_scene_wellFormedXml() throws Exception {
    String svg = SvgMapWriter.toSvg(sampleScene());

    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
  }

  @Test
  void toSvg_groups_eachShapeCarriesItsGroupId() {
    String svg = SvgMapWriter.toSvg(sampleScene());

    assertThat(svg).contains("data-group-id=\"OTT-01\"", "data-group-id=\"OTT-02\"");
    assertThat(svg.split("data-group-id=", -1)).hasSize(3);
  }

  @Test
  void toSvg_textWithMarkup_escaped() {
    String svg = SvgMapWriter.toSvg(sampleScene());

    assertThat(svg).contains("Dekking &lt;Otterlo&gt; &amp; &quot;Wekerom&quot;", "Dorp &lt;Centrum&gt;");
    assertThat(svg).doesNotContain("<Otterlo>", "<Centrum>");
  }

  @Test
  void toSvg_scene_referencesNothingOutside() {
    String svg = SvgMapWriter.toSvg(sampleScene());

    assertThat(svg.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http:", "https:", "href");
    assertThat(svg).doesNotContainPattern("url\\((?!#)");
  }

  @Test
  void toSvg_coordinates_atMostOneDecimal() {
    String svg = SvgMapWriter.toSvg(sampleScene());

    assertThat(svg).doesNotContainPattern(" d=\"[^\"]*[0-9]\\.[0-9]{2,}").doesNotContainPattern("c[xy]=\"[0-9]*\\.[0-9]{2,}");
  }

  @Test
  void write_file_startsWithXmlDeclaration(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("map.svg");

    SvgMapWriter.write(sampleScene(), file);

    assertThat(Files.readString(file)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ");
  }
}
