package nl.dekking.report.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import org.junit.jupiter.api.Test;

class PointStampTest {

  private static BufferedImage background() {
    BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0xf7f5ef));
    g.fillRect(0, 0, 40, 30);
    g.setColor(new Color(0x1f77b4));
    g.fillRect(20, 0, 20, 30); // half the dots lie over a group's colour
    g.dispose();
    return image;
  }

  private static int[] pixels(BufferedImage image) {
    return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
  }

  /** The dot as PngMapWriter drew it before stamps: the layer's ellipse filled and stroked with Java2D. */
  private static BufferedImage drawnAsShape(MapLayer layer, double x, double y) {
    BufferedImage image = background();
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    double r = layer.pointRadius();
    PngMapWriter.draw(g, layer, layer.fill(), new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
    g.dispose();
    return image;
  }

  @Test
  void stamp_everySubPixelPosition_equalsTheDrawnShapeWithinRounding() {
    for (MapLayer layer : new MapLayer[] {MapLayer.HOUSEHOLD_COVERED, MapLayer.HOUSEHOLD_UNCOVERED}) {
      for (int fx = 0; fx < 10; fx++) {
        for (int fy = 0; fy < 10; fy++) {
          double x = 18 + fx / 10.0; // the dot straddles the two backgrounds
          double y = 12 + fy / 10.0;
          BufferedImage stamped = background();
          PointStamp.of(layer).stamp(pixels(stamped), 40, new Rectangle(0, 0, 40, 30), x, y);
          BufferedImage drawn = drawnAsShape(layer, x, y);

          int[] a = pixels(stamped);
          int[] b = pixels(drawn);
          for (int i = 0; i < a.length; i++) {
            for (int shift = 0; shift <= 16; shift += 8) {
              int da = (a[i] >> shift) & 0xff;
              int db = (b[i] >> shift) & 0xff;
              assertThat(Math.abs(da - db)).as("%s at (%s, %s), pixel %d", layer, x, y, i).isLessThanOrEqualTo(2);
            }
          }
        }
      }
    }
  }

  @Test
  void stamp_wholeDotInsideClip_samePixelsAsTheClippedPath() {
    for (MapLayer layer : new MapLayer[] {MapLayer.HOUSEHOLD_COVERED, MapLayer.HOUSEHOLD_UNCOVERED}) {
      for (int f = 0; f < 10; f++) {
        double x = 20 + f / 10.0;
        double y = 15 + (9 - f) / 10.0;
        BufferedImage whole = background();
        PointStamp.of(layer).stamp(pixels(whole), 40, new Rectangle(0, 0, 40, 30), x, y);
        BufferedImage clipped = background();
        // a clip that cuts the dot in two takes the pixel-by-pixel path; left of the cut both must agree
        PointStamp.of(layer).stamp(pixels(clipped), 40, new Rectangle(0, 0, 21, 30), x, y);

        for (int py = 0; py < 30; py++) {
          for (int px = 0; px < 21; px++) {
            assertThat(clipped.getRGB(px, py)).as("%s at (%s, %s), pixel %d,%d", layer, x, y, px, py)
                .isEqualTo(whole.getRGB(px, py));
          }
        }
        assertThat(clipped.getRGB(21, (int) y)).isEqualTo(background().getRGB(21, (int) y));
        assertThat(whole.getRGB(21, (int) y)).isNotEqualTo(background().getRGB(21, (int) y));
      }
    }
  }

  @Test
  void stamp_uncoveredHousehold_redCentre() {
    BufferedImage image = background();

    PointStamp.of(MapLayer.HOUSEHOLD_UNCOVERED).stamp(pixels(image), 40, new Rectangle(0, 0, 40, 30), 10, 10);

    Color c = new Color(image.getRGB(10, 10));
    assertThat(c.getRed()).isGreaterThan(200);
    assertThat(c.getGreen()).isLessThan(60);
  }

  @Test
  void stamp_dotAcrossTheClip_leavesPixelsOutsideItAlone() {
    BufferedImage image = background();
    int[] before = pixels(background());

    PointStamp.of(MapLayer.HOUSEHOLD_UNCOVERED).stamp(pixels(image), 40, new Rectangle(0, 0, 40, 10), 10, 10);

    int[] after = pixels(image);
    for (int i = 10 * 40; i < after.length; i++) {
      assertThat(after[i]).isEqualTo(before[i]);
    }
    assertThat(new Color(image.getRGB(10, 9)).getGreen()).isLessThan(200); // the dot's top half is drawn
  }

  @Test
  void stamp_dotAtTheEdgeOfThePicture_staysInside() {
    BufferedImage image = background();

    PointStamp.of(MapLayer.HOUSEHOLD_UNCOVERED).stamp(pixels(image), 40, new Rectangle(0, 0, 40, 30), 0.2, 29.9);

    assertThat(new Color(image.getRGB(0, 29)).getRed()).isGreaterThan(200);
  }

  @Test
  void of_areaLayer_refused() {
    assertThatThrownBy(() -> PointStamp.of(MapLayer.GROUP)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GROUP");
  }
}
