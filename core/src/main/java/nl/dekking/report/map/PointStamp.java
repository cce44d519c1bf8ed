package nl.dekking.report.map;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.EnumMap;
import java.util.Map;

/**
 * Draws the household dots of a point layer by stamping a pre-drawn dot: each layer's dot (its fill and stroke,
 * antialiased, by {@link PngMapWriter}'s own drawing) is drawn once for each of the 10 x 10 sub-pixel positions a
 * scene coordinate can take (scenes round to 0.1 pixel), and each household blends the matching stamp into the
 * picture's pixels. The picture looks as if every dot were filled and stroked as a shape (pixels differ by
 * rounding only), at a fraction of the cost: a national run draws a million dots.
 *
 * <p>The stamps are drawn once per JVM and never change. Thread-safe.
 */
final class PointStamp {

  private static final int PHASES = 10;
  private static final Map<MapLayer, PointStamp> STAMPS = stamps();

  private final int size;
  private final int offset;
  /** Per sub-pixel phase {@code fy * PHASES + fx}: {@code size * size} premultiplied ARGB pixels. */
  private final int[][] pixels;
  /** Per phase, the row and the column in the stamp of each pixel the dot touches (alpha above 0), in row order. */
  private final int[][] touchedRows;
  private final int[][] touchedColumns;

  private PointStamp(MapLayer layer) {
    double reach = layer.pointRadius() + (layer.stroke().isEmpty() ? 0 : layer.strokeWidth() / 2);
    this.offset = (int) Math.ceil(reach) + 1;
    this.size = 2 * offset + 2;
    this.pixels = new int[PHASES * PHASES][];
    double r = layer.pointRadius();
    for (int fy = 0; fy < PHASES; fy++) {
      for (int fx = 0; fx < PHASES; fx++) {
        BufferedImage sprite = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = sprite.createGraphics();
        try {
          g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
          g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
          double cx = offset + fx / (double) PHASES;
          double cy = offset + fy / (double) PHASES;
          PngMapWriter.draw(g, layer, layer.fill(), new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        } finally {
          g.dispose();
        }
        pixels[fy * PHASES + fx] = ((DataBufferInt) sprite.getRaster().getDataBuffer()).getData();
      }
    }
    this.touchedRows = new int[PHASES * PHASES][];
    this.touchedColumns = new int[PHASES * PHASES][];
    for (int phase = 0; phase < pixels.length; phase++) {
      int[] sprite = pixels[phase];
      int[] touched = java.util.stream.IntStream.range(0, sprite.length).filter(k -> sprite[k] >>> 24 != 0).toArray();
      touchedRows[phase] = java.util.Arrays.stream(touched).map(k -> k / size).toArray();
      touchedColumns[phase] = java.util.Arrays.stream(touched).map(k -> k % size).toArray();
    }
  }

  private static Map<MapLayer, PointStamp> stamps() {
    Map<MapLayer, PointStamp> stamps = new EnumMap<>(MapLayer.class);
    for (MapLayer layer : MapLayer.values()) {
      if (layer.isPoint()) {
        stamps.put(layer, new PointStamp(layer));
      }
    }
    return stamps;
  }

  /** The stamp of a point layer. */
  static PointStamp of(MapLayer layer) {
    PointStamp stamp = STAMPS.get(layer);
    if (stamp == null) {
      throw new IllegalArgumentException("layer " + layer + " holds areas, not points");
    }
    return stamp;
  }

  /**
   * Blends this layer's dot centred on {@code (x, y)} into an RGB picture's pixels ({@code width} wide, row by
   * row), within {@code clip}.
   */
  void stamp(int[] target, int width, Rectangle clip, double x, double y) {
    int ix = (int) Math.floor(x);
    int iy = (int) Math.floor(y);
    int fx = (int) Math.round((x - ix) * PHASES);
    int fy = (int) Math.round((y - iy) * PHASES);
    if (fx == PHASES) {
      ix++;
      fx = 0;
    }
    if (fy == PHASES) {
      iy++;
      fy = 0;
    }
    int[] sprite = pixels[fy * PHASES + fx];
    int left = ix - offset;
    int top = iy - offset;
    if (left >= clip.x && top >= clip.y && left + size <= clip.x + clip.width && top + size <= clip.y + clip.height) {
      // wholly inside: only the pixels the dot touches, opaque ones copied, the same blend as below otherwise
      int phase = fy * PHASES + fx;
      int[] rows = touchedRows[phase];
      int[] columns = touchedColumns[phase];
      for (int j = 0; j < rows.length; j++) {
        int p = sprite[rows[j] * size + columns[j]];
        int t = (top + rows[j]) * width + left + columns[j];
        int a = p >>> 24;
        if (a == 255) {
          target[t] = p & 0xffffff;
          continue;
        }
        int d = target[t];
        int keep = 255 - a;
        int r = ((p >>> 16) & 0xff) + div255(((d >>> 16) & 0xff) * keep);
        int g = ((p >>> 8) & 0xff) + div255(((d >>> 8) & 0xff) * keep);
        int b = (p & 0xff) + div255((d & 0xff) * keep);
        target[t] = r << 16 | g << 8 | b;
      }
      return;
    }
    int x0 = Math.max(left, clip.x);
    int y0 = Math.max(top, clip.y);
    int x1 = Math.min(left + size, clip.x + clip.width);
    int y1 = Math.min(top + size, clip.y + clip.height);
    for (int py = y0; py < y1; py++) {
      int s = (py - top) * size - left;
      int t = py * width;
      for (int px = x0; px < x1; px++) {
        int p = sprite[s + px];
        int a = p >>> 24;
        if (a == 0) {
          continue;
        }
        int d = target[t + px];
        int keep = 255 - a;
        int r = ((p >>> 16) & 0xff) + div255(((d >>> 16) & 0xff) * keep);
        int g = ((p >>> 8) & 0xff) + div255(((d >>> 8) & 0xff) * keep);
        int b = (p & 0xff) + div255((d & 0xff) * keep);
        target[t + px] = r << 16 | g << 8 | b;
      }
    }
  }

  private static int div255(int v) {
    return (v + 127) / 255;
  }
}
