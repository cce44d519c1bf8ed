package nl.dekking.report.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class HaloTextTest {

  private static final Font FONT = new Font(Font.SANS_SERIF, Font.BOLD, 14);
  private static final Color INK = new Color(0x111111);
  private static final Color GROUND = new Color(0x1f3f7f);

  private static BufferedImage picture() {
    BufferedImage image = new BufferedImage(200, 60, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(GROUND);
    g.fillRect(0, 0, 200, 60);
    g.dispose();
    return image;
  }

  private static Graphics2D graphics(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    return g;
  }

  private static int count(BufferedImage image, Rectangle where, Color colour, int tolerance) {
    int n = 0;
    for (int y = where.y; y < where.y + where.height; y++) {
      for (int x = where.x; x < where.x + where.width; x++) {
        Color c = new Color(image.getRGB(x, y));
        if (Math.abs(c.getRed() - colour.getRed()) <= tolerance && Math.abs(c.getGreen() - colour.getGreen()) <= tolerance
            && Math.abs(c.getBlue() - colour.getBlue()) <= tolerance) {
          n++;
        }
      }
    }
    return n;
  }

  private static void draw(BufferedImage image, String text, double angle, Rectangle clip) {
    Graphics2D g = graphics(image);
    HaloText halo = new HaloText(image);
    halo.draw(g, text, FONT, INK, 100, 30, angle, clip);
    halo.dispose();
    g.dispose();
  }

  @Test
  void draw_levelText_inkOverAWhiteHaloAndNothingFar() {
    BufferedImage image = picture();

    draw(image, "Dorp Centrum", 0, new Rectangle(0, 0, 200, 60));

    Rectangle label = new Rectangle(40, 15, 120, 30);
    assertThat(count(image, label, INK, 12)).isGreaterThan(80);       // the glyphs
    assertThat(count(image, label, Color.WHITE, 12)).isGreaterThan(80); // the halo around them
    assertThat(count(image, new Rectangle(0, 0, 200, 8), GROUND, 0)).isEqualTo(200 * 8); // above: untouched
  }

  @Test
  void draw_levelText_haloHugsTheGlyphs() {
    // every white pixel lies within 3 pixels of an ink pixel: a halo about 1.5 px wide, not a box
    BufferedImage image = picture();

    draw(image, "Dorp Centrum", 0, new Rectangle(0, 0, 200, 60));

    for (int y = 3; y < 57; y++) {
      for (int x = 3; x < 197; x++) {
        if (count(image, new Rectangle(x, y, 1, 1), Color.WHITE, 12) == 1) {
          assertThat(count(image, new Rectangle(x - 3, y - 3, 7, 7), INK, 100)).as("white at %d, %d", x, y)
              .isPositive();
        }
      }
    }
  }

  @Test
  void draw_rotatedText_drawnWithHalo() {
    BufferedImage image = picture();

    draw(image, "Dorpsstraat", 35, new Rectangle(0, 0, 200, 60));

    Rectangle all = new Rectangle(0, 0, 200, 60);
    assertThat(count(image, all, INK, 12)).isGreaterThan(40);
    assertThat(count(image, all, Color.WHITE, 12)).isGreaterThan(40);
  }

  @Test
  void draw_clipped_leavesPixelsOutsideTheClipAlone() {
    BufferedImage image = picture();

    draw(image, "Dorp Centrum", 0, new Rectangle(0, 0, 100, 60));

    assertThat(count(image, new Rectangle(100, 0, 100, 60), GROUND, 0)).isEqualTo(100 * 60);
    assertThat(count(image, new Rectangle(0, 0, 100, 60), Color.WHITE, 12)).isPositive();
  }

  @Test
  void new_imageOfAnotherType_refused() {
    BufferedImage argb = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB);

    assertThatThrownBy(() -> new HaloText(argb)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RGB");
  }
}
