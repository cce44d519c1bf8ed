package nl.dekking.report.map;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * Everything on the coverage map, already projected to pixels: shapes per {@link MapLayer}, texts, a legend, a
 * scale bar and a title. {@link SvgMapWriter} and {@link PngMapWriter} draw the same scene, so the SVG in the HTML
 * report and the PNG picture cannot drift apart.
 *
 * <p>The picture is {@link #width()} by {@link #height()} pixels: the map on top ({@link #mapHeight()} high, north
 * up) and the legend band below it. Build one with {@link #builder(Envelope, int)}: give the extent in RD New and the
 * width in pixels; the height follows from the extent's aspect ratio. Shapes whose envelope lies outside the extent
 * are left out. Building is linear in the number of vertices. Thread-safe and immutable once built.
 */
public final class MapScene {

  /** How far, in pixels, an area's label may lie from the centre of its largest inscribed circle. */
  static final double LABEL_TOLERANCE_PIXELS = 3;

  /** A convex area with at most this many vertices is labelled at its centroid. */
  private static final int SMALL_CONVEX_VERTICES = 96;

  /** An area with more vertices than this has its label sought on its outline simplified to a pixel. */
  private static final int SIMPLIFY_ABOVE_VERTICES = 200;

  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
  static final int LEGEND_PADDING = 12;
  static final int LEGEND_TITLE_HEIGHT = 26;
  static final int LEGEND_ROW_HEIGHT = 22;
  static final int LEGEND_COLUMN_WIDTH = 250;
  /** A generous average width of a character of the 13 px legend font, so columns never overlap. */
  static final double LEGEND_CHARACTER_WIDTH = 7.4;

  /** A shape on one layer: areas as rings of pixel coordinates {@code x0, y0, x1, y1, ...}, points as one pair. */
  public record Shape(MapLayer layer, String id, String title, String colour, List<double[]> rings) {
    public Shape {
      requireNonNull(layer, "layer");
      id = id == null ? "" : id;
      title = title == null ? "" : title;
      colour = colour == null || colour.isEmpty() ? (layer.fill().isEmpty() ? layer.stroke() : layer.fill()) : colour;
      rings = List.copyOf(rings);
    }
  }

  /** What a text names, which sets its font and colour. */
  public enum TextKind {
    /** A street name from the background. */
    STREET,
    /** A group's name at its area's visual centre. */
    GROUP,
    /** A gap cluster's number. */
    GAP
  }

  /** A text centred on a pixel position, rotated counter-clockwise by an angle in degrees. */
  public record Text(TextKind kind, String text, double x, double y, double angleDegrees) {
    public Text {
      requireNonNull(kind, "kind");
      requireNonNull(text, "text");
    }
  }

  /** One legend line: a swatch drawn in the layer's style (in this colour) and its label. */
  public record LegendEntry(MapLayer layer, String colour, String label, double x, double y) {}

  /** The scale bar: a round length in metres, its length in pixels and where it starts (bottom left). */
  public record ScaleBar(int metres, double pixels, double x, double y) {
    /** The length as people write it: {@code 250 m}, {@code 1 km}, {@code 2 km}. */
    public String label() {
      return metres >= 1000 && metres % 1000 == 0 ? metres / 1000 + " km" : metres + " m";
    }
  }

  private final int width;
  private final int mapHeight;
  private final int height;
  private final double metresPerPixel;
  private final String title;
  private final List<Shape> shapes;
  private final List<Text> texts;
  private final List<LegendEntry> legend;
  private final ScaleBar scaleBar;

  private MapScene(Builder b) {
    this.width = b.projection.width();
    this.mapHeight = b.projection.height();
    this.metresPerPixel = b.projection.metresPerPixel();
    this.title = b.title;
    List<Shape> sorted = new ArrayList<>(b.shapes);
    sorted.sort(Comparator.comparingInt(s -> s.layer().ordinal()));
    this.shapes = List.copyOf(sorted);
    this.texts = List.copyOf(b.texts);
    int longest = b.legend.stream().mapToInt(e -> e.label().length()).max().orElse(0);
    int columnWidth = Math.max(LEGEND_COLUMN_WIDTH, (int) Math.ceil(longest * LEGEND_CHARACTER_WIDTH) + 40);
    int columns = Math.max(1, (width - 2 * LEGEND_PADDING) / columnWidth);
    int rows = (b.legend.size() + columns - 1) / columns;
    List<LegendEntry> placed = new ArrayList<>();
    for (int i = 0; i < b.legend.size(); i++) {
      LegendEntry e = b.legend.get(i);
      placed.add(new LegendEntry(e.layer(), e.colour(), e.label(),
          LEGEND_PADDING + (i % columns) * columnWidth,
          mapHeight + LEGEND_TITLE_HEIGHT + LEGEND_PADDING + (i / columns) * LEGEND_ROW_HEIGHT));
    }
    this.legend = List.copyOf(placed);
    this.height = mapHeight + LEGEND_TITLE_HEIGHT + 2 * LEGEND_PADDING + rows * LEGEND_ROW_HEIGHT;
    int metres = niceLength(width * metresPerPixel / 5);
    this.scaleBar = new ScaleBar(metres, MapProjection.round(metres / metresPerPixel), 16, mapHeight - 18);
  }

  /**
   * A builder for a scene of this RD New extent, {@code width} pixels wide.
   *
   * @throws IllegalArgumentException when the extent is empty or the width is not 100 to 20000
   */
  public static Builder builder(Envelope extentRd, int width) {
    return new Builder(new MapProjection(requireNonNull(extentRd, "extentRd"), width));
  }

  /** The largest 1, 2 or 5 times a power of ten not above {@code metres} (at least 1). */
  static int niceLength(double metres) {
    int best = 1;
    for (int p = 1; p <= 1_000_000; p *= 10) {
      for (int f : new int[] {1, 2, 5}) {
        if ((long) f * p <= metres) {
          best = f * p;
        }
      }
    }
    return best;
  }

  /** The picture's width in pixels. */
  public int width() {
    return width;
  }

  /** The picture's height in pixels: the map and the legend band. */
  public int height() {
    return height;
  }

  /** The height of the map part in pixels; the legend band lies below it. */
  public int mapHeight() {
    return mapHeight;
  }

  /** Metres on the ground per pixel. */
  public double metresPerPixel() {
    return metresPerPixel;
  }

  /** The title above the legend, possibly empty. */
  public String title() {
    return title;
  }

  /** The shapes in drawing order (by layer, then in the order added). */
  public List<Shape> shapes() {
    return shapes;
  }

  /** The texts, drawn after all shapes. */
  public List<Text> texts() {
    return texts;
  }

  /** The legend entries with their positions. */
  public List<LegendEntry> legend() {
    return legend;
  }

  /** The scale bar. */
  public ScaleBar scaleBar() {
    return scaleBar;
  }

  /** The shapes on one layer. */
  public List<Shape> shapes(MapLayer layer) {
    return shapes.stream().filter(s -> s.layer() == layer).toList();
  }

  /** Collects a scene; not thread-safe. */
  public static final class Builder {
    private final MapProjection projection;
    private final List<Shape> shapes = new ArrayList<>();
    private final List<Text> texts = new ArrayList<>();
    private final List<LegendEntry> legend = new ArrayList<>();
    private String title = "";

    private Builder(MapProjection projection) {
      this.projection = projection;
    }

    /** The title shown above the legend. */
    public Builder title(String text) {
      this.title = requireNonNull(text, "text");
      return this;
    }

    /**
     * Adds an area (Polygon, MultiPolygon) or line on an area layer; skipped when it lies outside the extent.
     *
     * @param colour {@code #rrggbb}, or empty for the layer's own colour
     */
    public Builder area(MapLayer layer, String id, String title, String colour, Geometry geometry) {
      requireNonNull(layer, "layer");
      requireNonNull(geometry, "geometry");
      if (layer.isPoint()) {
        throw new IllegalArgumentException("layer " + layer + " holds points, not areas (shape '" + id + "')");
      }
      requireColour(colour, id);
      if (geometry.isEmpty() || !projection.shows(geometry.getEnvelopeInternal())) {
        return this;
      }
      List<double[]> rings = projection.rings(geometry);
      if (!rings.isEmpty()) {
        shapes.add(new Shape(layer, id, title, colour, rings));
      }
      return this;
    }

    /** Adds a point on a point layer; skipped when it lies outside the extent. */
    public Builder point(MapLayer layer, String id, String title, double x, double y) {
      requireNonNull(layer, "layer");
      if (!layer.isPoint()) {
        throw new IllegalArgumentException("layer " + layer + " holds areas, not points (shape '" + id + "')");
      }
      if (projection.shows(x, y)) {
        shapes.add(new Shape(layer, id, title, "", List.of(new double[] {projection.px(x), projection.py(y)})));
      }
      return this;
    }

    /** Adds a text centred at an RD New position; skipped when it lies outside the extent. */
    public Builder text(TextKind kind, String text, double x, double y, double angleDegrees) {
      if (projection.shows(x, y) && !text.isBlank()) {
        double a = angleDegrees % 360;
        if (a > 90) {
          a -= 180;
        } else if (a < -90) {
          a += 180;
        }
        texts.add(new Text(kind, text.strip(), projection.px(x), projection.py(y), a));
      }
      return this;
    }

    /**
     * Adds a label at the visual centre of an area (the centre of its largest inscribed circle, to within
     * {@value MapScene#LABEL_TOLERANCE_PIXELS} pixels or an eighth of the area's narrower side), a small convex area
     * at its centroid; an empty area (a drawing that repaired to nothing) or one off the map gets no label.
     */
    public Builder areaLabel(TextKind kind, String text, Geometry area) {
      // an area off the map cannot have its label on it: no inscribed circle is sought (a national run has
      // hundreds of thousands of gap clusters, many of them in villages away from every group)
      if (area.isEmpty() || !projection.shows(area.getEnvelopeInternal()) || area.getArea() <= 0) {
        return this;
      }
      // the centre sought on the largest part as drawn (simplified to a pixel) and to within a few pixels: a
      // city's gap outline has thousands of vertices, and a label needs no finer place
      Geometry largest = largestPart(area);
      Envelope env = largest.getEnvelopeInternal();
      // a few pixels, or an eighth of the area's narrower side: a label needs no finer place in a large area
      double tolerance = Math.max(LABEL_TOLERANCE_PIXELS * projection.metresPerPixel(),
          Math.min(env.getWidth(), env.getHeight()) / 8);
      Point centre;
      if (Math.max(env.getWidth(), env.getHeight()) <= tolerance) {
        // a few pixels across (a hamlet's gap on a municipality's map): any point inside is close enough
        centre = largest.getInteriorPoint();
      } else if (largest.getNumPoints() <= SMALL_CONVEX_VERTICES && isConvex(largest)) {
        // a small convex outline (most gap clusters: a hull with a margin): its centroid lies inside, in the middle
        centre = largest.getCentroid();
      } else {
        Geometry drawn = largest.getNumPoints() > SIMPLIFY_ABOVE_VERTICES
            ? DouglasPeuckerSimplifier.simplify(largest, projection.metresPerPixel()) : largest;
        centre = MaximumInscribedCircle.getCenter(drawn.isEmpty() ? largest : largestPart(drawn), tolerance);
      }
      return text(kind, text, centre.getX(), centre.getY(), 0);
    }

    /** Adds a legend line for a layer, in a colour or (empty) the layer's own. */
    public Builder legend(MapLayer layer, String colour, String label) {
      requireNonNull(layer, "layer");
      requireNonNull(label, "label");
      requireColour(colour, label);
      legend.add(new LegendEntry(layer, colour.isEmpty() ? (layer.fill().isEmpty() ? layer.stroke() : layer.fill()) : colour,
          label, 0, 0));
      return this;
    }

    /** A polygon without holes whose convex hull adds no area (to a part in a million). */
    private static boolean isConvex(Geometry polygon) {
      return polygon instanceof Polygon p && p.getNumInteriorRing() == 0
          && p.convexHull().getArea() <= p.getArea() * (1 + 1e-6);
    }

    private static Geometry largestPart(Geometry area) {
      Geometry largest = area.getGeometryN(0);
      for (int i = 1; i < area.getNumGeometries(); i++) {
        if (area.getGeometryN(i).getArea() > largest.getArea()) {
          largest = area.getGeometryN(i);
        }
      }
      return largest;
    }

    public MapScene build() {
      return new MapScene(this);
    }

    private static void requireColour(String colour, String what) {
      requireNonNull(colour, "colour");
      if (!colour.isEmpty() && !COLOUR.matcher(colour).matches()) {
        throw new IllegalArgumentException("colour must be #rrggbb, was '" + colour + "' (" + what + ")");
      }
    }
  }
}
