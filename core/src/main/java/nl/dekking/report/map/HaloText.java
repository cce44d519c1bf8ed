package nl.dekking.report.map;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;

/**
 * Draws map texts over a white halo, as the SVG's 3 px white stroke under each text ({@code paint-order="stroke"}):
 * the text's glyph outlines are filled once, antialiased, into a coverage mask; the halo is that mask grown by
 * 1.5 px (the largest coverage within a disc, each neighbour weighted by how much of a 1.5 px stroke would reach
 * over it); both are blended straight into the picture's pixels. The text's own pixels are those of filling its
 * outline, as before; the halo matches a round-joined 3 px stroke to within antialiasing. Stroking every glyph
 * outline with round joins took most of the picture's time on a map with many labels (a 1 M household national
 * run, bench/README.md); this takes a fraction of it. Linear in the text's pixel area.
 *
 * <p>One per picture: it keeps its mask between texts and writes the picture's pixel array itself (within a clip
 * rectangle), so the picture must be a plain {@code TYPE_INT_RGB} image. Not thread-safe.
 */
final class HaloText {

  /** The halo's reach in pixels (half the SVG's stroke width). */
  static final double RADIUS = 1.5;
  /** Blank pixels around a text's outline in the mask: the halo reaches 2 pixels, its taps 2 more. */
  private static final int PAD = 4;
  /**
   * How far (0..256) a fully covered pixel's halo reaches over a pixel at distance d: a covered pixel reaches
   * d - 0.5 towards this pixel's centre, the stroke {@link #RADIUS} beyond that, so this pixel is covered by about
   * RADIUS + 1 - d, clamped to 0..1: all of it within the 3 x 3 neighbours, half at distance 2, a quarter at the
   * knight's moves (distance &radic;5), nothing further.
   */
  private static final int REACH_2 = reach(2);
  private static final int REACH_KNIGHT = reach(Math.sqrt(5));
  /** Antialiased glyphs with fractional metrics: the font's outlines unhinted, as a filled outline draws them. */
  private static final FontRenderContext UNHINTED = new FontRenderContext(null, true, true);

  private final int[] target;
  private final int targetWidth;
  private final int targetHeight;
  private BufferedImage mask;
  private Graphics2D maskGraphics;
  private byte[] coverage;
  private int[] near;
  private int[] far;

  /**
   * Draws into this picture, which must be {@link BufferedImage#TYPE_INT_RGB} with its pixels in one array (a new
   * {@code BufferedImage} of that type).
   */
  HaloText(BufferedImage picture) {
    if (picture.getType() != BufferedImage.TYPE_INT_RGB
        || !(picture.getRaster().getDataBuffer() instanceof DataBufferInt ints) || ints.getNumBanks() != 1
        || ints.getData().length != picture.getWidth() * picture.getHeight()) {
      throw new IllegalArgumentException("halo text draws into a plain RGB image, was " + picture);
    }
    this.target = ints.getData();
    this.targetWidth = picture.getWidth();
    this.targetHeight = picture.getHeight();
  }

  /**
   * Draws a text centred on a point (horizontally; vertically on its ascent above the baseline), rotated
   * counter-clockwise by {@code angle} degrees, in {@code fill} over a white halo.
   */
  void draw(Graphics2D g, String text, Font font, Color fill, double x, double y, double angle, Rectangle clip) {
    GlyphVector glyphs = font.createGlyphVector(g.getFontRenderContext(), text);
    FontMetrics metrics = g.getFontMetrics(font);
    double dx = -glyphs.getLogicalBounds().getWidth() / 2;
    double dy = (metrics.getAscent() - metrics.getDescent()) / 2.0;
    if (angle == 0) {
      level(glyphs, font, text, x + dx, y + dy, fill, clip);
      return;
    }
    AffineTransform at = new AffineTransform();
    at.translate(x, y);
    at.rotate(Math.toRadians(-angle));
    at.translate(dx, dy);
    Shape outline = at.createTransformedShape(glyphs.getOutline());
    Rectangle bounds = outline.getBounds();
    if (bounds.isEmpty()) {
      return;
    }
    int ox = bounds.x - PAD;
    int oy = bounds.y - PAD;
    int w = bounds.width + 2 * PAD;
    int h = bounds.height + 2 * PAD;
    prepare(w, h);
    maskGraphics.translate(-ox, -oy);
    maskGraphics.fill(outline);
    maskGraphics.translate(ox, oy);
    composite(ox, oy, w, h, clip, fill);
  }

  /**
   * A level text: its glyphs, at the positions the picture's layout gave them, from the font's cache of unhinted
   * antialiased glyph images, which look as the filled outlines do (hinted ones look a weight lighter).
   */
  private void level(GlyphVector layout, Font font, String text, double x, double y, Color fill, Rectangle clip) {
    GlyphVector glyphs = font.createGlyphVector(UNHINTED, text);
    int n = Math.min(glyphs.getNumGlyphs(), layout.getNumGlyphs());
    for (int i = 0; i <= n; i++) {
      glyphs.setGlyphPosition(i, layout.getGlyphPosition(i));
    }
    Rectangle bounds = glyphs.getPixelBounds(UNHINTED, (float) x, (float) y);
    if (bounds.isEmpty()) {
      return;
    }
    int ox = bounds.x - PAD;
    int oy = bounds.y - PAD;
    int w = bounds.width + 2 * PAD;
    int h = bounds.height + 2 * PAD;
    prepare(w, h);
    maskGraphics.drawGlyphVector(glyphs, (float) (x - ox), (float) (y - oy));
    composite(ox, oy, w, h, clip, fill);
  }

  /** A clear mask and tile of at least this size. */
  private void prepare(int w, int h) {
    if (mask == null || mask.getWidth() < w || mask.getHeight() < h) {
      if (maskGraphics != null) {
        maskGraphics.dispose();
      }
      int mw = Math.max(w, mask == null ? 0 : mask.getWidth());
      int mh = Math.max(h, mask == null ? 0 : mask.getHeight());
      mask = new BufferedImage(mw, mh, BufferedImage.TYPE_BYTE_GRAY);
      coverage = ((DataBufferByte) mask.getRaster().getDataBuffer()).getData();
      maskGraphics = mask.createGraphics();
      maskGraphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      maskGraphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      maskGraphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      maskGraphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      maskGraphics.setColor(Color.WHITE);
      near = new int[mw * mh];
      far = new int[mw * mh];
    } else {
      int stride = mask.getWidth();
      for (int row = 0; row < h; row++) {
        java.util.Arrays.fill(coverage, row * stride, row * stride + w, (byte) 0);
      }
    }
  }

  /**
   * Blends the text in its fill colour by the mask's coverage over white by the grown coverage onto the picture's
   * pixels within {@code clip} (picture coordinates; the mask's top left corner lies at {@code ox, oy}).
   */
  private void composite(int ox, int oy, int w, int h, Rectangle clip, Color fill) {
    Rectangle area = new Rectangle(ox, oy, w, h).intersection(clip)
        .intersection(new Rectangle(0, 0, targetWidth, targetHeight));
    if (area.isEmpty()) {
      return;
    }
    int stride = mask.getWidth();
    byte[] m = coverage;
    // per row: the largest coverage among the three pixels around x, and between the two pixels 2 away
    for (int y = 0; y < h; y++) {
      int row = y * stride;
      for (int x = 2; x < w - 2; x++) {
        int i = row + x;
        near[i] = Math.max(m[i] & 0xff, Math.max(m[i - 1] & 0xff, m[i + 1] & 0xff));
        far[i] = Math.max(m[i - 2] & 0xff, m[i + 2] & 0xff);
      }
    }
    int fr = fill.getRed();
    int fg = fill.getGreen();
    int fb = fill.getBlue();
    int x0 = Math.max(area.x, ox + 2);
    int x1 = Math.min(area.x + area.width, ox + w - 2);
    int y0 = Math.max(area.y, oy + 2);
    int y1 = Math.min(area.y + area.height, oy + h - 2);
    for (int py = y0; py < y1; py++) {
      int row = (py - oy) * stride - ox;
      for (int px = x0; px < x1; px++) {
        int i = row + px;
        int text = m[i] & 0xff;
        int halo = Math.max(near[i], Math.max(near[i - stride], near[i + stride]));
        if (halo < 255) {
          int two = Math.max(far[i], Math.max(m[i - 2 * stride] & 0xff, m[i + 2 * stride] & 0xff));
          int knight = Math.max(Math.max(far[i - stride], far[i + stride]),
              Math.max(near[i - 2 * stride], near[i + 2 * stride]));
          halo = Math.max(halo, Math.max((two * REACH_2) >> 8, (knight * REACH_KNIGHT) >> 8));
          if (halo == 0) {
            continue;
          }
        }
        // white under the halo, then the text: d' = fill t + (white h + d (1 - h)) (1 - t), in 0..255
        int j = py * targetWidth + px;
        int d = target[j];
        int dr = (d >>> 16) & 0xff;
        int dg = (d >>> 8) & 0xff;
        int db = d & 0xff;
        dr = blend(blend(dr, 255, halo), fr, text);
        dg = blend(blend(dg, 255, halo), fg, text);
        db = blend(blend(db, 255, halo), fb, text);
        target[j] = dr << 16 | dg << 8 | db;
      }
    }
  }

  private static int reach(double distance) {
    return (int) Math.round(256 * Math.min(1, Math.max(0, RADIUS + 1 - distance)));
  }

  /** {@code over} at coverage {@code alpha} (0..255) over {@code under}. */
  private static int blend(int under, int over, int alpha) {
    return under + div255((over - under) * alpha);
  }

  private static int div255(int v) {
    return v >= 0 ? (v + 127) / 255 : -((-v + 127) / 255);
  }

  /** Frees the mask's graphics. */
  void dispose() {
    if (maskGraphics != null) {
      maskGraphics.dispose();
      maskGraphics = null;
    }
  }
}
