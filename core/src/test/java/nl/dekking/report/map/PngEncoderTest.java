package nl.dekking.report.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngEncoderTest {

  private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
    assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
    assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
    for (int y = 0; y < expected.getHeight(); y++) {
      for (int x = 0; x < expected.getWidth(); x++) {
        int e = expected.getRGB(x, y) & 0xffffff;
        int a = actual.getRGB(x, y) & 0xffffff;
        if (e != a) {
          throw new AssertionError(String.format("pixel (%d, %d): expected %06x, was %06x", x, y, e, a));
        }
      }
    }
  }

  @Test
  void encode_noisyImage_decodesToTheSamePixels() throws IOException {
    BufferedImage image = new BufferedImage(301, 157, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(3);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        image.setRGB(x, y, random.nextInt(1 << 24));
      }
    }

    BufferedImage read = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(image)));

    assertSamePixels(image, read);
  }

  @Test
  void encode_drawnMapLikeImage_decodesToTheSamePixelsAndIsSmall() throws IOException {
    BufferedImage image = new BufferedImage(1000, 800, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 1000, 800);
    g.setColor(new Color(0x2b6cb0));
    g.fill(new Ellipse2D.Double(100, 100, 600, 400));
    g.setColor(new Color(0xc53030));
    g.drawString("Buurtpreventie Otterlo", 300, 600);
    g.dispose();

    byte[] png = PngEncoder.encode(image);

    assertSamePixels(image, ImageIO.read(new ByteArrayInputStream(png)));
    assertThat(png.length).isLessThan(1000 * 800 * 3 / 50);
  }

  @Test
  void encode_imageOfAnotherType_decodesToItsRgb() throws IOException {
    BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
    for (int y = 0; y < 30; y++) {
      for (int x = 0; x < 40; x++) {
        image.setRGB(x, y, 0xff000000 | (x * 6) << 16 | (y * 8) << 8 | 0x40);
      }
    }

    assertSamePixels(image, ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(image))));
  }
}
