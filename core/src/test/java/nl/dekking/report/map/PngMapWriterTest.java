package nl.dekking.report.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngMapWriterTest {

  @Test
  void toImage_scene_sizeOfScene() {
    MapScene scene = SvgMapWriterTest.sampleScene();

    BufferedImage image = PngMapWriter.toImage(scene);

    assertThat(image.getWidth()).isEqualTo(scene.width());
    assertThat(image.getHeight()).isEqualTo(scene.height());
  }

  @Test
  void toImage_groupArea_tintedInGroupColour() {
    // OTT-01 (#1f77b4, blue) covers x 181100..181450 alone; 1.25 m per pixel; centre (181200, 456200)
    BufferedImage image = PngMapWriter.toImage(SvgMapWriterTest.sampleScene());

    Color c = new Color(image.getRGB(160, 240));
    assertThat(c.getBlue()).isGreaterThan(c.getRed() + 40);
  }

  @Test
  void toImage_overlap_hatchedRed() {
    // the overlap x 181450..181500 is pixels 360..400; some pixels in it are strongly red
    BufferedImage image = PngMapWriter.toImage(SvgMapWriterTest.sampleScene());

    int red = 0;
    for (int x = 362; x < 398; x++) {
      Color c = new Color(image.getRGB(x, 150));
      if (c.getRed() > 180 && c.getGreen() < 100) {
        red++;
      }
    }
    assertThat(red).isGreaterThan(5);
  }

  @Test
  void toImage_uncoveredHousehold_redDot() {
    // (181950, 456450) is pixel (760, 40)
    BufferedImage image = PngMapWriter.toImage(SvgMapWriterTest.sampleScene());

    Color c = new Color(image.getRGB(760, 40));
    assertThat(c.getRed()).isGreaterThan(180);
    assertThat(c.getGreen()).isLessThan(90);
  }

  @Test
  void toImage_polygonWithHole_holeLeftUnfilled() {
    MapScene scene = MapScene.builder(new org.locationtech.jts.geom.Envelope(181000, 182000, 456000, 456500), 1000)
        .area(MapLayer.ROAD, "", "", "", MapSceneTest.wkt("POLYGON ((181100 456100, 181400 456100, 181400 456400, 181100 456400, 181100 456100),"
            + " (181200 456200, 181300 456200, 181300 456300, 181200 456300, 181200 456200))"))
        .area(MapLayer.ROAD, "", "", "", MapSceneTest.wkt("POLYGON ((181350 456150, 181500 456150, 181500 456350, 181350 456350, 181350 456150))"))
        .build();

    BufferedImage image = PngMapWriter.toImage(scene);

    // the hole at (181250, 456250) shows the map's background; the overlap of the two roads at (181375, 456250) is road
    assertThat(new Color(image.getRGB(250, 250))).isEqualTo(new Color(0xf7f5ef));
    assertThat(new Color(image.getRGB(375, 250))).isEqualTo(new Color(0xd4d4d4));
  }

  @Test
  void write_file_readableAsPng(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("map.png");

    PngMapWriter.write(SvgMapWriterTest.sampleScene(), file);

    BufferedImage read = ImageIO.read(file.toFile());
    assertThat(read.getWidth()).isEqualTo(800);
  }

  @Test
  void toPng_scene_decodesToAnImageOfTheSceneSize() throws Exception {
    MapScene scene = SvgMapWriterTest.sampleScene();

    BufferedImage read = ImageIO.read(new ByteArrayInputStream(PngMapWriter.toPng(scene)));

    assertThat(read.getWidth()).isEqualTo(scene.width());
    assertThat(read.getHeight()).isEqualTo(scene.height());
  }
}
