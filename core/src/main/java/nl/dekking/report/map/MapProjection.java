package nl.dekking.report.map;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * The linear map from RD New metres to map pixels: x grows east, y is flipped so north is up. RD New is metric and
 * nearly conformal, so one scale (metres per pixel) serves both axes. Also turns geometries into rings of pixel
 * coordinates, simplified to a fraction of a pixel (Douglas-Peucker) and rounded to 0.1 pixel, which keeps the
 * SVG small without a visible change. Shells and holes run in opposite directions (JTS normalised), so renderers
 * fill with the non-zero winding rule and overlapping polygons in one path stay filled. Linear in the number of vertices. Thread-safe and immutable.
 */
final class MapProjection {

  /** Vertices closer than this many pixels to the simplified line are dropped. */
  private static final double SIMPLIFY_PIXELS = 0.35;

  private final Envelope extent;
  private final double metresPerPixel;
  private final int width;
  private final int height;

  MapProjection(Envelope extent, int width) {
    if (extent.isNull() || extent.getWidth() <= 0 || extent.getHeight() <= 0) {
      throw new IllegalArgumentException("map extent must have a positive width and height, was " + extent);
    }
    if (width < 100 || width > 20_000) {
      throw new IllegalArgumentException("map width must be 100 to 20000 pixels, was " + width);
    }
    this.extent = new Envelope(extent);
    this.width = width;
    this.metresPerPixel = extent.getWidth() / width;
    this.height = (int) Math.ceil(extent.getHeight() / metresPerPixel);
  }

  Envelope extent() {
    return new Envelope(extent);
  }

  double metresPerPixel() {
    return metresPerPixel;
  }

  int width() {
    return width;
  }

  int height() {
    return height;
  }

  double px(double x) {
    return round((x - extent.getMinX()) / metresPerPixel);
  }

  double py(double y) {
    return round((extent.getMaxY() - y) / metresPerPixel);
  }

  boolean shows(Envelope e) {
    return extent.intersects(e);
  }

  boolean shows(double x, double y) {
    return extent.contains(x, y);
  }

  /** The rings (shells and holes) of a polygonal or linear geometry in pixels; empty when nothing is left. */
  List<double[]> rings(Geometry geometry) {
    Geometry g = DouglasPeuckerSimplifier.simplify(geometry, SIMPLIFY_PIXELS * metresPerPixel);
    List<double[]> rings = new ArrayList<>();
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Geometry part = g.getGeometryN(i);
      if (part instanceof Polygon polygon) {
        // shells one way round, holes the other, so the non-zero fill rule draws holes as holes even when the
        // rings of many polygons share one path
        Polygon p = (Polygon) polygon.copy();
        p.normalize();
        addRing(rings, p.getExteriorRing());
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
          addRing(rings, p.getInteriorRingN(h));
        }
      } else if (part instanceof LineString l) {
        addRing(rings, l);
      }
    }
    return rings;
  }

  private void addRing(List<double[]> rings, LineString line) {
    Coordinate[] cs = line.getCoordinates();
    if (cs.length < 2) {
      return;
    }
    double[] xy = new double[cs.length * 2];
    int n = 0;
    for (Coordinate c : cs) {
      double x = px(c.x);
      double y = py(c.y);
      if (n >= 2 && xy[n - 2] == x && xy[n - 1] == y) {
        continue;
      }
      xy[n++] = x;
      xy[n++] = y;
    }
    if (n >= 4) {
      rings.add(java.util.Arrays.copyOf(xy, n));
    }
  }

  static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
