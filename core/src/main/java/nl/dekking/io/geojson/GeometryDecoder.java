package nl.dekking.io.geojson;

import java.util.List;
import nl.dekking.crs.CrsTransform;
import nl.dekking.crs.RdNew;
import nl.dekking.io.geojson.RawGeometry.Positions;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Turns a parsed GeoJSON geometry into a JTS geometry in RD New, checking its structure on the way: the nesting
 * depth its type demands, at least two points per line, and for polygons rings that are closed (the last position
 * equal to the first, exactly, in the file's coordinates) and have at least four positions. An unclosed ring is an
 * error, never silently closed. Polygons are not checked for validity (self-intersection): group and
 * neighbourhood areas are kept as read and repaired, with a report, by the analysis.
 *
 * <p>Every coordinate goes through the {@link CrsTransform}, which rejects points outside the Netherlands.
 *
 * <p>Complexity O(n) in the number of positions. Not thread-safe (the transform is not); one per read.
 */
final class GeometryDecoder {

  private static final GeometryFactory FACTORY = RdNew.GEOMETRY_FACTORY;

  private final CrsTransform transform;

  GeometryDecoder(CrsTransform transform) {
    this.transform = transform;
  }

  /**
   * The Polygon or MultiPolygon area of a group or neighbourhood ({@code what}) in RD New.
   *
   * @param raw the feature's geometry, null when it has none
   * @throws IllegalArgumentException when there is no geometry, it is of another type or malformed
   */
  Geometry decodeArea(RawGeometry raw, String what) {
    if (raw == null) {
      throw new IllegalArgumentException("feature has no geometry; a " + what + " needs a Polygon or MultiPolygon");
    }
    Geometry area = decode(raw);
    if (!(area instanceof Polygon || area instanceof MultiPolygon)) {
      throw new IllegalArgumentException("a " + what + "'s area must be a Polygon or MultiPolygon, was "
          + area.getGeometryType());
    }
    return area;
  }

  /**
   * The geometry in RD New.
   *
   * @throws IllegalArgumentException naming what is wrong with the geometry
   */
  Geometry decode(RawGeometry raw) {
    if (raw.problem() != null) {
      throw new IllegalArgumentException(raw.problem());
    }
    if (raw.type() == null) {
      throw new IllegalArgumentException("geometry has no type");
    }
    Object c = raw.coordinates();
    if (c == null && !raw.type().equals("GeometryCollection")) {
      throw new IllegalArgumentException(raw.type() + " has no coordinates");
    }
    return switch (raw.type()) {
      case "Point" -> FACTORY.createPoint(point(c));
      case "MultiPoint" -> FACTORY.createMultiPointFromCoords(coordinates(positions(c, "MultiPoint"), "MultiPoint"));
      case "LineString" -> line(positions(c, "LineString"));
      case "MultiLineString" -> {
        List<?> lines = list(c, "MultiLineString", "a list of lines");
        LineString[] out = new LineString[lines.size()];
        for (int i = 0; i < out.length; i++) {
          out[i] = line(positions(lines.get(i), "MultiLineString"));
        }
        yield FACTORY.createMultiLineString(out);
      }
      case "Polygon" -> polygon(c, "");
      case "MultiPolygon" -> {
        List<?> polygons = list(c, "MultiPolygon", "a list of polygons");
        if (polygons.isEmpty()) {
          throw new IllegalArgumentException("MultiPolygon has no polygons");
        }
        Polygon[] out = new Polygon[polygons.size()];
        for (int i = 0; i < out.length; i++) {
          out[i] = polygon(polygons.get(i), "polygon " + i + " of the MultiPolygon: ");
        }
        yield FACTORY.createMultiPolygon(out);
      }
      case "GeometryCollection" -> throw new IllegalArgumentException(
          "geometry type GeometryCollection is not supported: use a Multi* geometry");
      default -> throw new IllegalArgumentException("unknown geometry type '" + raw.type() + "'");
    };
  }

  private Coordinate point(Object c) {
    if (!(c instanceof double[] p)) {
      throw new IllegalArgumentException("Point coordinates must be one position [x, y], were " + shape(c));
    }
    return transform.apply(p[0], p[1]);
  }

  private LineString line(Positions p) {
    if (p.size() < 2) {
      throw new IllegalArgumentException("a line needs at least 2 positions, has " + p.size());
    }
    return FACTORY.createLineString(coordinates(p, "LineString"));
  }

  private Polygon polygon(Object c, String context) {
    List<?> rings = list(c, "Polygon", "a list of rings");
    if (rings.isEmpty()) {
      throw new IllegalArgumentException(context + "Polygon has no rings");
    }
    LinearRing shell = ring(rings.get(0), context + "exterior ring");
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int i = 1; i < rings.size(); i++) {
      holes[i - 1] = ring(rings.get(i), context + "interior ring " + i);
    }
    return FACTORY.createPolygon(shell, holes);
  }

  private LinearRing ring(Object c, String what) {
    Positions p = positions(c, "Polygon");
    int n = p.size();
    if (n < 4) {
      throw new IllegalArgumentException(what + " has " + n
          + " positions; a ring needs at least 4 (3 corners and the first repeated at the end)");
    }
    if (p.x(0) != p.x(n - 1) || p.y(0) != p.y(n - 1)) {
      throw new IllegalArgumentException(what + " is not closed: first position " + p.x(0) + ", " + p.y(0)
          + " differs from last position " + p.x(n - 1) + ", " + p.y(n - 1)
          + " (a GeoJSON ring repeats its first position at the end)");
    }
    Coordinate[] coords = coordinates(p, "Polygon");
    coords[n - 1] = coords[0].copy(); // exactly closed after transformation too
    return FACTORY.createLinearRing(coords);
  }

  private Coordinate[] coordinates(Positions p, String type) {
    Coordinate[] out = new Coordinate[p.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = transform.apply(p.x(i), p.y(i));
    }
    return out;
  }

  private static Positions positions(Object c, String type) {
    if (c instanceof Positions p) {
      return p;
    }
    if (c instanceof List<?> l && l.isEmpty()) {
      return new Positions(new double[0]);
    }
    throw new IllegalArgumentException(type + " coordinates are nested wrongly: expected a list of positions, found "
        + shape(c));
  }

  private static List<?> list(Object c, String type, String expected) {
    if (c instanceof List<?> l) {
      return l;
    }
    throw new IllegalArgumentException(type + " coordinates are nested wrongly: expected " + expected + ", found "
        + shape(c));
  }

  private static String shape(Object c) {
    if (c instanceof double[]) {
      return "a single position";
    }
    if (c instanceof Positions) {
      return "a list of positions";
    }
    if (c instanceof List<?> l) {
      return l.isEmpty() ? "an empty list" : "a list of [" + shape(l.get(0)) + "]";
    }
    return "nothing";
  }
}
