package nl.dekking.report.map;

import static java.util.Objects.requireNonNull;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.TexturePaint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Draws a {@link MapScene} with Java2D into a {@link BufferedImage} and writes it as PNG: the same layers, styles,
 * texts, legend and scale bar as {@link SvgMapWriter}, for places that take a picture rather than SVG. Runs headless
 * (no display needed); text uses the JDK's logical {@code SansSerif} font. Household dots are stamped
 * ({@link PointStamp}) and texts drawn over their halo ({@link HaloText}) straight into the image's pixels, areas
 * with Java2D in styles made once per layer: a national run draws 343 of these maps. Linear in the scene's size;
 * memory is the image, 4 bytes per pixel. Stateless and thread-safe.
 */
public final class PngMapWriter {

  private static final Font STREET_FONT = new Font(Font.SANS_SERIF, Font.ITALIC, 11);
  private static final Font GROUP_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 14);
  private static final Font GAP_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);
  private static final Font NORTH_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 13);
  private static final Color STREET_INK = colour("#555555", 1);
  private static final Color GROUP_INK = colour("#111111", 1);
  private static final Color GAP_INK = colour("#b34700", 1);

  private static final Map<MapLayer, Color> FILLS = perLayer(l -> !l.fill().isEmpty() && !l.hatched(),
      l -> colour(l.fill(), l.fillOpacity()));
  private static final Map<MapLayer, Paint> HATCHES = perLayer(MapLayer::hatched, l -> hatch(l.fill()));
  private static final Map<MapLayer, Color> STROKE_COLOURS = perLayer(l -> !l.stroke().isEmpty(),
      l -> colour(l.stroke(), 1));
  private static final Map<MapLayer, BasicStroke> STROKES = perLayer(l -> !l.stroke().isEmpty(), PngMapWriter::stroke);

  private PngMapWriter() {}

  /** Draws the scene into a new RGB image of the scene's size. */
  public static BufferedImage toImage(MapScene scene) {
    requireNonNull(scene, "scene");
    BufferedImage image = new BufferedImage(scene.width(), scene.height(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    HaloText halo = new HaloText(image);
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, scene.width(), scene.height());
      g.setColor(colour("#f7f5ef", 1));
      g.fillRect(0, 0, scene.width(), scene.mapHeight());
      Shape oldClip = g.getClip();
      Rectangle map = new Rectangle(0, 0, scene.width(), scene.mapHeight());
      g.setClip(map);
      int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
      for (MapScene.Shape s : scene.shapes()) {
        if (s.layer().isPoint()) {
          double[] p = s.rings().get(0);
          PointStamp.of(s.layer()).stamp(pixels, scene.width(), map, p[0], p[1]);
        } else {
          draw(g, s.layer(), s.colour(), shapeOf(s));
        }
      }
      for (MapScene.Text t : scene.texts()) {
        text(g, halo, t, map);
      }
      g.setClip(oldClip);
      g.setColor(colour("#888888", 1));
      g.setStroke(new BasicStroke(1f));
      g.drawRect(0, 0, scene.width() - 1, scene.mapHeight() - 1);
      scaleBar(g, scene.scaleBar());
      northArrow(g, halo, scene.width());
      legend(g, scene);
    } finally {
      halo.dispose();
      g.dispose();
    }
    return image;
  }

  /** Draws the scene and encodes it as PNG, for a caller that writes the bytes itself (atomically, say). */
  public static byte[] toPng(MapScene scene) {
    return PngEncoder.encode(toImage(scene));
  }

  /** Draws the scene and writes it to a PNG file. */
  public static void write(MapScene scene, Path file) {
    requireNonNull(file, "file");
    byte[] png = toPng(scene);
    try {
      Files.write(file, png);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the map PNG " + file + ": " + e.getMessage(), e);
    }
  }

  /** An area or line shape as a path. */
  private static Shape shapeOf(MapScene.Shape s) {
    Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO);
    for (double[] ring : s.rings()) {
      path.moveTo(ring[0], ring[1]);
      for (int i = 2; i < ring.length; i += 2) {
        path.lineTo(ring[i], ring[i + 1]);
      }
      if (s.layer() != MapLayer.NEIGHBOURHOOD) {
        path.closePath();
      }
    }
    return path;
  }

  /** Fills and strokes a shape in its layer's style ({@code colour} is a group's own). */
  static void draw(Graphics2D g, MapLayer layer, String colour, Shape shape) {
    if (!layer.fill().isEmpty()) {
      if (layer.hatched()) {
        g.setPaint(HATCHES.get(layer));
      } else {
        g.setPaint(layer == MapLayer.GROUP ? colour(colour, layer.fillOpacity()) : FILLS.get(layer));
      }
      g.fill(shape);
    }
    if (!layer.stroke().isEmpty()) {
      g.setPaint(layer == MapLayer.GROUP ? colour(colour, 1) : STROKE_COLOURS.get(layer));
      g.setStroke(STROKES.get(layer));
      g.draw(shape);
    }
  }

  /** Per layer, for each area layer: its flat fill, hatch, stroke colour and stroke, made once. */
  private static <T> Map<MapLayer, T> perLayer(Predicate<MapLayer> has, Function<MapLayer, T> make) {
    Map<MapLayer, T> map = new EnumMap<>(MapLayer.class);
    for (MapLayer layer : MapLayer.values()) {
      if (has.test(layer)) {
        map.put(layer, make.apply(layer));
      }
    }
    return map;
  }

  private static BasicStroke stroke(MapLayer layer) {
    float[] dash = layer.dash();
    return dash.length == 0
        ? new BasicStroke((float) layer.strokeWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)
        : new BasicStroke((float) layer.strokeWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
  }

  /** Diagonal stripes 3 px wide every 8 px over a 25% tint, as the SVG pattern; never changed once made. */
  private static Paint hatch(String hex) {
    int size = 8;
    BufferedImage tile = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D t = tile.createGraphics();
    t.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    t.setComposite(AlphaComposite.Src);
    t.setColor(colour(hex, 0.25));
    t.fillRect(0, 0, size, size);
    t.setColor(colour(hex, 1));
    t.setStroke(new BasicStroke(2.2f));
    for (int k = -size; k <= 2 * size; k += size) {
      t.drawLine(k, 0, k - size, size);
    }
    t.dispose();
    return new TexturePaint(tile, new Rectangle2D.Double(0, 0, size, size));
  }

  private static void text(Graphics2D g, HaloText halo, MapScene.Text t, Rectangle clip) {
    switch (t.kind()) {
      case STREET -> halo.draw(g, t.text(), STREET_FONT, STREET_INK, t.x(), t.y(), t.angleDegrees(), clip);
      case GROUP -> halo.draw(g, t.text(), GROUP_FONT, GROUP_INK, t.x(), t.y(), t.angleDegrees(), clip);
      default -> halo.draw(g, t.text(), GAP_FONT, GAP_INK, t.x(), t.y(), t.angleDegrees(), clip);
    }
  }

  private static void scaleBar(Graphics2D g, MapScene.ScaleBar bar) {
    double x = bar.x();
    double y = bar.y();
    g.setPaint(colour("#ffffff", 0.85));
    g.fill(new Rectangle2D.Double(x - 6, y - 22, bar.pixels() + 12, 32));
    g.setPaint(colour("#222222", 1));
    g.fill(new Rectangle2D.Double(x, y, bar.pixels() / 2, 5));
    g.setStroke(new BasicStroke(1f));
    g.draw(new Rectangle2D.Double(x + bar.pixels() / 2, y, bar.pixels() / 2, 5));
    Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    g.setFont(font);
    g.drawString("0", (float) x, (float) (y - 6));
    String label = bar.label();
    g.drawString(label, (float) (x + bar.pixels() - g.getFontMetrics().stringWidth(label)), (float) (y - 6));
  }

  private static void northArrow(Graphics2D g, HaloText halo, int width) {
    double x = width - 28;
    Path2D.Double arrow = new Path2D.Double();
    arrow.moveTo(x, 14);
    arrow.lineTo(x + 9, 40);
    arrow.lineTo(x, 34);
    arrow.lineTo(x - 9, 40);
    arrow.closePath();
    g.setPaint(colour("#222222", 1));
    g.fill(arrow);
    halo.draw(g, "N", NORTH_FONT, colour("#222222", 1), x, 50, 0, new Rectangle(0, 0, width, 60));
  }

  private static void legend(Graphics2D g, MapScene scene) {
    g.setPaint(colour("#111111", 1));
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    g.drawString(scene.title(), MapScene.LEGEND_PADDING, scene.mapHeight() + 24);
    Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    for (MapScene.LegendEntry e : scene.legend()) {
      MapLayer layer = e.layer();
      Shape swatch = layer.isPoint()
          ? new Ellipse2D.Double(e.x() + 9 - layer.pointRadius() - 0.8, e.y() + 7 - layer.pointRadius() - 0.8,
              2 * (layer.pointRadius() + 0.8), 2 * (layer.pointRadius() + 0.8))
          : new Rectangle2D.Double(e.x(), e.y(), 18, 14);
      draw(g, layer, e.colour(), swatch);
      g.setPaint(colour("#111111", 1));
      g.setFont(font);
      FontMetrics m = g.getFontMetrics();
      g.drawString(e.label(), (float) (e.x() + 26), (float) (e.y() + 7 + (m.getAscent() - m.getDescent()) / 2.0));
    }
  }

  static Color colour(String hex, double opacity) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, (int) Math.round(opacity * 255));
  }
}
