package nl.dekking.report.map;

/**
 * The layers of the coverage map, in drawing order (first drawn first, so later layers lie on top), each with the
 * one style both renderers use. Colours are {@code #rrggbb}; widths are pixels. Group areas take their colour per
 * group from {@link GroupPalette}; their style here gives opacity and width only.
 */
public enum MapLayer {
  /** Road surfaces: the streets people recognise. */
  ROAD("road", "#d4d4d4", 1.0, null, 0, null, false, 0),
  /** CBS wijk or buurt outlines. */
  NEIGHBOURHOOD("neighbourhood", null, 0, "#6b6b6b", 1.5, new float[] {8, 4}, false, 0),
  /** A group's area, coloured per group. */
  GROUP("group", "#1f77b4", 0.35, "#1f77b4", 2.0, null, false, 0),
  /** Where two or more groups overlap: hatched red. */
  OVERLAP("overlap", "#d62728", 0.55, "#8b0000", 1.5, null, true, 0),
  /** A gap cluster: uncovered households close together, where a new group could start. */
  GAP("gap", "#ff7f0e", 0.18, "#e65100", 2.5, new float[] {6, 3}, false, 0),
  /** A sliver: a narrow strip between neighbouring groups, a drawing error rather than a real gap. */
  SLIVER("sliver", null, 0, "#c000c0", 3.0, null, false, 0),
  /** A household covered by a group. */
  HOUSEHOLD_COVERED("household-covered", "#404040", 0.85, null, 0, null, false, 1.4),
  /** A household covered by no group. */
  HOUSEHOLD_UNCOVERED("household-uncovered", "#d62728", 1.0, "#ffffff", 0.6, null, false, 2.6);

  private final String cssClass;
  private final String fill;
  private final double fillOpacity;
  private final String stroke;
  private final double strokeWidth;
  private final float[] dash;
  private final boolean hatched;
  private final double pointRadius;

  MapLayer(String cssClass, String fill, double fillOpacity, String stroke, double strokeWidth, float[] dash,
      boolean hatched, double pointRadius) {
    this.cssClass = cssClass;
    this.fill = fill;
    this.fillOpacity = fillOpacity;
    this.stroke = stroke;
    this.strokeWidth = strokeWidth;
    this.dash = dash;
    this.hatched = hatched;
    this.pointRadius = pointRadius;
  }

  /** The CSS class of this layer's shapes in SVG, which tests and style sheets select on. */
  public String cssClass() {
    return cssClass;
  }

  /** The fill colour {@code #rrggbb}, or empty for no fill. */
  public String fill() {
    return fill == null ? "" : fill;
  }

  /** The fill opacity, 0 to 1. */
  public double fillOpacity() {
    return fillOpacity;
  }

  /** The stroke colour {@code #rrggbb}, or empty for no stroke. */
  public String stroke() {
    return stroke == null ? "" : stroke;
  }

  /** The stroke width in pixels. */
  public double strokeWidth() {
    return strokeWidth;
  }

  /** The dash pattern in pixels, empty for a solid line. */
  public float[] dash() {
    return dash == null ? new float[0] : dash.clone();
  }

  /** Whether the fill is hatched (diagonal lines in the fill colour) rather than flat. */
  public boolean hatched() {
    return hatched;
  }

  /** The radius of a point shape in pixels; 0 for layers of areas. */
  public double pointRadius() {
    return pointRadius;
  }

  /** Whether this layer holds points rather than areas. */
  public boolean isPoint() {
    return pointRadius > 0;
  }
}
