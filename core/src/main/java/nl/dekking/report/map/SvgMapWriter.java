package nl.dekking.report.map;

import static java.util.Objects.requireNonNull;

import nl.dekking.io.output.XmlText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a {@link MapScene} as one self-contained SVG: no external fonts, images or style sheets, so it can be
 * inlined into an HTML page or published on its own. Every shape carries its layer's CSS class; group areas carry
 * {@code data-group-id} and all shapes with an id a {@code <title>} tooltip. Text is XML-escaped.
 *
 * <p>Coordinates are written with at most one decimal. Linear in the scene's size. Stateless and thread-safe.
 */
public final class SvgMapWriter {

  static final String FONT = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";

  private SvgMapWriter() {}

  /** The scene as an SVG document fragment ({@code <svg>...</svg>}), ready to inline into HTML. */
  public static String toSvg(MapScene scene) {
    requireNonNull(scene, "scene");
    StringBuilder sb = new StringBuilder(1 << 16);
    int w = scene.width();
    int h = scene.height();
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"dekking-map\" viewBox=\"0 0 ").append(w).append(' ')
        .append(h).append("\" width=\"").append(w).append("\" height=\"").append(h)
        .append("\" role=\"img\" aria-labelledby=\"dekking-map-title\" font-family=\"").append(FONT).append("\">\n");
    sb.append("<title id=\"dekking-map-title\">").append(escape(scene.title())).append("</title>\n");
    sb.append("<defs>\n");
    for (MapLayer layer : MapLayer.values()) {
      if (layer.hatched()) {
        sb.append("<pattern id=\"dekking-hatch-").append(layer.cssClass())
            .append("\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\" patternTransform=\"rotate(45)\">")
            .append("<rect width=\"8\" height=\"8\" fill=\"").append(layer.fill()).append("\" fill-opacity=\"0.25\"/>")
            .append("<rect width=\"3\" height=\"8\" fill=\"").append(layer.fill()).append("\"/></pattern>\n");
      }
    }
    sb.append("<clipPath id=\"dekking-map-clip\"><rect width=\"").append(w).append("\" height=\"")
        .append(scene.mapHeight()).append("\"/></clipPath>\n</defs>\n");
    sb.append("<rect class=\"background\" width=\"").append(w).append("\" height=\"").append(h)
        .append("\" fill=\"#ffffff\"/>\n");
    sb.append("<rect width=\"").append(w).append("\" height=\"").append(scene.mapHeight()).append("\" fill=\"#f7f5ef\"/>\n");
    sb.append("<g clip-path=\"url(#dekking-map-clip)\">\n");
    MapLayer open = null;
    boolean inMergedPath = false;
    for (MapScene.Shape s : scene.shapes()) {
      if (s.layer() != open) {
        if (inMergedPath) {
          sb.append("\"/>\n");
          inMergedPath = false;
        }
        if (open != null) {
          sb.append("</g>\n");
        }
        open = s.layer();
        sb.append("<g class=\"layer-").append(open.cssClass()).append('"');
        style(sb, open, null);
        sb.append(">\n");
      }
      if (isAnonymousArea(s)) {
        // shapes nobody points at (road surfaces) share one path: a third smaller than a path each
        if (!inMergedPath) {
          sb.append("<path d=\"");
          inMergedPath = true;
        }
        pathData(sb, s);
      } else {
        shape(sb, s);
      }
    }
    if (inMergedPath) {
      sb.append("\"/>\n");
    }
    if (open != null) {
      sb.append("</g>\n");
    }
    MapScene.TextKind kind = null;
    for (MapScene.Text t : scene.texts()) {
      if (t.kind() != kind) {
        if (kind != null) {
          sb.append("</g>\n");
        }
        kind = t.kind();
        textGroup(sb, kind);
      }
      text(sb, t);
    }
    if (kind != null) {
      sb.append("</g>\n");
    }
    sb.append("</g>\n");
    sb.append("<rect width=\"").append(w).append("\" height=\"").append(scene.mapHeight())
        .append("\" fill=\"none\" stroke=\"#888888\" stroke-width=\"1\"/>\n");
    scaleBar(sb, scene.scaleBar());
    northArrow(sb, w);
    legend(sb, scene);
    sb.append("</svg>\n");
    return sb.toString();
  }

  /** Writes the scene to a standalone {@code .svg} file (UTF-8, with an XML declaration). */
  public static void write(MapScene scene, Path file) {
    requireNonNull(file, "file");
    try {
      Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + toSvg(scene), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the map SVG " + file + ": " + e.getMessage(), e);
    }
  }

  /** Writes a layer's style; {@code groupColour} is the group's colour, or null on the group layer's {@code <g>}. */
  private static void style(StringBuilder sb, MapLayer layer, String groupColour) {
    if (layer.hatched()) {
      sb.append(" fill=\"url(#dekking-hatch-").append(layer.cssClass()).append(")\"");
    } else if (layer.fill().isEmpty()) {
      sb.append(" fill=\"none\"");
    } else {
      String fill = layer == MapLayer.GROUP ? groupColour : layer.fill();
      if (fill != null) {
        sb.append(" fill=\"").append(fill).append('"');
      }
      sb.append(" fill-opacity=\"").append(num(layer.fillOpacity())).append('"');
    }
    if (layer.stroke().isEmpty()) {
      sb.append(" stroke=\"none\"");
      return;
    }
    String stroke = layer == MapLayer.GROUP ? groupColour : layer.stroke();
    if (stroke != null) {
      sb.append(" stroke=\"").append(stroke).append('"');
    }
    sb.append(" stroke-width=\"").append(num(layer.strokeWidth())).append("\" stroke-linejoin=\"round\"");
    float[] dash = layer.dash();
    if (dash.length > 0) {
      sb.append(" stroke-dasharray=\"");
      for (int i = 0; i < dash.length; i++) {
        sb.append(i == 0 ? "" : " ").append(num(dash[i]));
      }
      sb.append('"');
    }
  }

  private static boolean isAnonymousArea(MapScene.Shape s) {
    return !s.layer().isPoint() && s.layer() != MapLayer.GROUP && s.id().isEmpty() && s.title().isEmpty();
  }

  private static void pathData(StringBuilder sb, MapScene.Shape s) {
    for (double[] ring : s.rings()) {
      int n = ring.length;
      boolean closed = n >= 6 && ring[0] == ring[n - 2] && ring[1] == ring[n - 1];
      int end = closed ? n - 2 : n;
      for (int i = 0; i < end; i += 2) {
        num(num(sb.append(i == 0 ? 'M' : 'L'), ring[i]).append(' '), ring[i + 1]);
      }
      if (closed || s.layer() != MapLayer.NEIGHBOURHOOD) {
        sb.append('Z');
      }
    }
  }

  private static void shape(StringBuilder sb, MapScene.Shape s) {
    MapLayer layer = s.layer();
    if (layer.isPoint()) {
      double[] p = s.rings().get(0);
      num(num(sb.append("<circle cx=\""), p[0]).append("\" cy=\""), p[1]).append("\" r=\"")
          .append(num(layer.pointRadius())).append('"');
    } else {
      sb.append("<path");
      if (layer == MapLayer.GROUP) {
        sb.append(" fill=\"").append(s.colour()).append("\" stroke=\"").append(s.colour()).append('"');
      }
      sb.append(" d=\"");
      pathData(sb, s);
      sb.append('"');
    }
    if (layer == MapLayer.GROUP) {
      escape(sb.append(" data-group-id=\""), s.id()).append('"');
    } else if (!s.id().isEmpty()) {
      escape(sb.append(" data-id=\""), s.id()).append('"');
    }
    if (s.title().isEmpty()) {
      sb.append("/>\n");
    } else {
      escape(sb.append("><title>"), s.title()).append("</title>").append(layer.isPoint() ? "</circle>\n" : "</path>\n");
    }
  }

  /** Opens a group with the font and halo of one kind of text; the texts inherit them. */
  private static void textGroup(StringBuilder sb, MapScene.TextKind kind) {
    String attributes = switch (kind) {
      case STREET -> "font-size=\"11\" font-style=\"italic\" fill=\"#555555\"";
      case GROUP -> "font-size=\"14\" font-weight=\"bold\" fill=\"#111111\"";
      case GAP -> "font-size=\"15\" font-weight=\"bold\" fill=\"#b34700\"";
    };
    sb.append("<g class=\"label-").append(kind.name().toLowerCase(Locale.ROOT)).append("\" ").append(attributes)
        .append(" text-anchor=\"middle\" stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\"")
        .append(" paint-order=\"stroke\">\n");
  }

  private static void text(StringBuilder sb, MapScene.Text t) {
    sb.append("<text x=\"").append(num(t.x())).append("\" y=\"").append(num(t.y())).append('"');
    if (t.angleDegrees() != 0) {
      sb.append(" transform=\"rotate(").append(num(-t.angleDegrees())).append(' ').append(num(t.x())).append(' ')
          .append(num(t.y())).append(")\"");
    }
    sb.append(" dominant-baseline=\"central\">").append(escape(t.text())).append("</text>\n");
  }

  private static void scaleBar(StringBuilder sb, MapScene.ScaleBar bar) {
    double x = bar.x();
    double y = bar.y();
    sb.append("<g class=\"scale-bar\">")
        .append("<rect x=\"").append(num(x - 6)).append("\" y=\"").append(num(y - 22)).append("\" width=\"")
        .append(num(bar.pixels() + 12)).append("\" height=\"32\" fill=\"#ffffff\" fill-opacity=\"0.85\"/>")
        .append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
        .append(num(bar.pixels() / 2)).append("\" height=\"5\" fill=\"#222222\"/>")
        .append("<rect x=\"").append(num(x + bar.pixels() / 2)).append("\" y=\"").append(num(y)).append("\" width=\"")
        .append(num(bar.pixels() / 2)).append("\" height=\"5\" fill=\"#ffffff\" stroke=\"#222222\"/>")
        .append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y - 6)).append("\" font-size=\"12\">0</text>")
        .append("<text x=\"").append(num(x + bar.pixels())).append("\" y=\"").append(num(y - 6))
        .append("\" font-size=\"12\" text-anchor=\"end\">").append(bar.label()).append("</text>")
        .append("</g>\n");
  }

  private static void northArrow(StringBuilder sb, int width) {
    double x = width - 28;
    sb.append("<g class=\"north-arrow\"><path d=\"M").append(num(x)).append(" 14L").append(num(x + 9)).append(" 40L")
        .append(num(x)).append(" 34L").append(num(x - 9)).append(" 40Z\" fill=\"#222222\"/>")
        .append("<text x=\"").append(num(x)).append("\" y=\"54\" font-size=\"13\" font-weight=\"bold\" text-anchor=\"middle\"")
        .append(" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">N</text></g>\n");
  }

  private static void legend(StringBuilder sb, MapScene scene) {
    sb.append("<g class=\"legend\">\n");
    sb.append("<text x=\"").append(MapScene.LEGEND_PADDING).append("\" y=\"").append(scene.mapHeight() + 24)
        .append("\" font-size=\"14\" font-weight=\"bold\">").append(escape(scene.title())).append("</text>\n");
    for (MapScene.LegendEntry e : scene.legend()) {
      MapLayer layer = e.layer();
      double x = e.x();
      double y = e.y();
      sb.append("<g class=\"legend-entry legend-").append(layer.cssClass()).append("\">");
      if (layer.isPoint()) {
        sb.append("<circle cx=\"").append(num(x + 9)).append("\" cy=\"").append(num(y + 7)).append("\" r=\"")
            .append(num(layer.pointRadius() + 0.8)).append('"');
      } else {
        sb.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"18\" height=\"14\"");
      }
      style(sb, layer, e.colour());
      sb.append("/>");
      sb.append("<text x=\"").append(num(x + 26)).append("\" y=\"").append(num(y + 7))
          .append("\" font-size=\"13\" dominant-baseline=\"central\">").append(escape(e.label())).append("</text></g>\n");
    }
    sb.append("</g>\n");
  }

  /**
   * Appends {@link #num(double)} of {@code v} without making a string: a city's map writes millions of
   * coordinates. The same text for every value a map holds (below 10⁷ pixels).
   */
  static StringBuilder num(StringBuilder sb, double v) {
    long tenths = Math.round(v * 10);
    if (Math.abs(tenths) >= 100_000_000L) {
      return sb.append(num(v));
    }
    if (tenths % 10 == 0) {
      return sb.append(tenths / 10);
    }
    if (tenths < 0) {
      sb.append('-');
      tenths = -tenths;
    }
    return sb.append(tenths / 10).append('.').append((char) ('0' + tenths % 10));
  }

  static String num(double v) {
    double r = Math.round(v * 10) / 10.0;
    if (r == Math.rint(r)) {
      return Long.toString((long) r);
    }
    return Double.toString(r);
  }

  /**
   * Escapes text for XML and HTML content and attribute values: the five markup characters become entities, and
   * every character XML does not allow (control characters such as NUL and ESC, lone surrogates) becomes U+FFFD
   * ({@link XmlText#clean}), so the output always parses.
   * The report page uses it too, so the map and the page escape alike.
   */
  public static String escape(String s) {
    return escape(new StringBuilder(s.length() + 16), s).toString();
  }

  /** Appends {@link #escape(String)} of {@code s}: the map writes a title per household. */
  static StringBuilder escape(StringBuilder sb, String s) {
    if (isPlainAscii(s)) {
      return sb.append(s); // an address, mostly: nothing to escape or clean
    }
    String clean = XmlText.clean(s);
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb;
  }

  /** Printable ASCII without the five markup characters. */
  private static boolean isPlainAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c >= 0x7F || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') {
        return false;
      }
    }
    return true;
  }
}
