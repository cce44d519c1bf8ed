package nl.dekking.io.geojson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import nl.dekking.crs.CrsTransform;
import nl.dekking.io.output.DecimalText;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a JTS geometry in RD New as a GeoJSON geometry object: transformed to WGS84 longitude/latitude (or left
 * in RD New), every ordinate rounded to a fixed number of decimals, and polygon rings wound as RFC 7946 asks
 * (exterior counter-clockwise, holes clockwise, decided by the ring's signed area so that self-intersecting
 * rings get a definite answer). Rings stay exactly closed: the first and last position are the same input point.
 *
 * <p>Complexity O(n) in the number of coordinates. Not thread-safe (the transform is not); one per writer.
 */
final class GeometryEncoder {

  private static final SerializedString TYPE = new SerializedString("type");
  private static final SerializedString POINT = new SerializedString("Point");
  private static final SerializedString COORDINATES = new SerializedString("coordinates");

  private final CrsTransform transform; // null: write RD New as is
  private final int decimals;
  private final double scale;
  /** One position's text, {@code [x,y]}, written as one raw value. */
  private final char[] text = new char[2 * DecimalText.MAX_LENGTH + 3];

  GeometryEncoder(CrsTransform transform, int decimals) {
    this.transform = transform;
    this.decimals = decimals;
    this.scale = Math.pow(10, decimals);
  }

  void write(JsonGenerator g, Geometry geometry) throws IOException {
    g.writeStartObject();
    // a JTS LinearRing is a closed LineString to GeoJSON
    g.writeStringField("type", geometry instanceof LineString ? "LineString" : geometry.getGeometryType());
    if (geometry instanceof GeometryCollection c && !(geometry instanceof MultiPoint
        || geometry instanceof MultiLineString || geometry instanceof MultiPolygon)) {
      g.writeArrayFieldStart("geometries");
      for (int i = 0; i < c.getNumGeometries(); i++) {
        write(g, c.getGeometryN(i));
      }
      g.writeEndArray();
      g.writeEndObject();
      return;
    }
    g.writeFieldName("coordinates");
    if (geometry instanceof Point p) {
      if (p.isEmpty()) {
        g.writeStartArray();
        g.writeEndArray();
      } else {
        position(g, p.getX(), p.getY());
      }
    } else if (geometry instanceof LineString l) {
      positions(g, l.getCoordinateSequence(), false, false);
    } else if (geometry instanceof Polygon p) {
      polygon(g, p);
    } else {
      g.writeStartArray();
      for (int i = 0; i < geometry.getNumGeometries(); i++) {
        Geometry part = geometry.getGeometryN(i);
        if (part instanceof Point p) {
          position(g, p.getX(), p.getY());
        } else if (part instanceof LineString l) {
          positions(g, l.getCoordinateSequence(), false, false);
        } else {
          polygon(g, (Polygon) part);
        }
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /**
   * Writes a point as {@link #write} writes a Point geometry; {@code inOutputCrs} when the caller has transformed it
   * already (WGS84 for an RFC 7946 encoder), so it is only rounded.
   */
  void point(JsonGenerator g, double x, double y, boolean inOutputCrs) throws IOException {
    g.writeStartObject();
    g.writeFieldName(TYPE);
    g.writeString(POINT);
    g.writeFieldName(COORDINATES);
    if (inOutputCrs) {
      writePosition(g, requireFinite(x), requireFinite(y));
    } else {
      position(g, x, y);
    }
    g.writeEndObject();
  }

  /** Whether positions are written as WGS84 longitude and latitude (transformed from RD New). */
  boolean writesWgs84() {
    return transform != null;
  }

  private void polygon(JsonGenerator g, Polygon p) throws IOException {
    g.writeStartArray();
    if (!p.isEmpty()) {
      positions(g, p.getExteriorRing().getCoordinateSequence(), true, true);
      for (int i = 0; i < p.getNumInteriorRing(); i++) {
        positions(g, p.getInteriorRingN(i).getCoordinateSequence(), true, false);
      }
    }
    g.writeEndArray();
  }

  private void positions(JsonGenerator g, CoordinateSequence seq, boolean ring, boolean exterior) throws IOException {
    int n = seq.size();
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      double x = seq.getX(i);
      double y = seq.getY(i);
      if (transform != null) {
        Coordinate c = transform.apply(x, y);
        x = c.x;
        y = c.y;
      }
      xs[i] = requireFinite(x);
      ys[i] = requireFinite(y);
    }
    boolean reverse = false;
    if (ring) {
      // the winding of the ring as written: of the rounded positions
      double area2 = 0;
      for (int i = 0; i < n - 1; i++) {
        area2 += round(xs[i]) * round(ys[i + 1]) - round(xs[i + 1]) * round(ys[i]);
      }
      boolean ccw = area2 > 0;
      reverse = exterior != ccw;
    }
    g.writeStartArray();
    for (int k = 0; k < n; k++) {
      int i = reverse ? n - 1 - k : k;
      writePosition(g, xs[i], ys[i]);
    }
    g.writeEndArray();
  }

  private void position(JsonGenerator g, double x, double y) throws IOException {
    if (transform != null) {
      Coordinate c = transform.apply(x, y);
      x = c.x;
      y = c.y;
    }
    writePosition(g, requireFinite(x), requireFinite(y));
  }

  /**
   * Writes {@code [x,y]}, each rounded, as one raw value: the text {@code writeNumber(round(v))} gave
   * ({@link DecimalText#rounded}), without {@code Double.toString}.
   */
  private void writePosition(JsonGenerator g, double x, double y) throws IOException {
    int at = 0;
    text[at++] = '[';
    at = DecimalText.rounded(x, decimals, text, at);
    text[at++] = ',';
    at = DecimalText.rounded(y, decimals, text, at);
    text[at++] = ']';
    g.writeRawValue(text, 0, at);
  }

  private static double requireFinite(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("cannot write a non-finite coordinate: " + v);
    }
    return v;
  }

  private double round(double v) {
    double r = Math.round(v * scale) / scale;
    return r == 0 ? 0 : r; // no -0.0
  }
}
