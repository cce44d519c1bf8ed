package nl.dekking.io.gpkg;

import nl.dekking.io.GeoPackageLayer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;

/**
 * What a read takes from a layer, and which geometry types it accepts: households from points (and BAG berth
 * polygons), streets from lines, neighbourhoods and groups from polygons.
 */
enum LayerKind {
  HOUSEHOLDS("households", "a point layer (POINT, MULTIPOINT) or BAG berths (POLYGON)"),
  STREETS("streets", "a line layer (LINESTRING, MULTILINESTRING)"),
  AREAS("areas", "a polygon layer (POLYGON, MULTIPOLYGON)");

  final String what;
  final String needs;

  LayerKind(String what, String needs) {
    this.what = what;
    this.needs = needs;
  }

  boolean accepts(GeoPackageLayer layer) {
    return switch (this) {
      case HOUSEHOLDS -> layer.hasPoints() || layer.hasAreas() || layer.hasAnyGeometry();
      case STREETS -> layer.hasLines() || layer.hasAnyGeometry();
      case AREAS -> layer.hasAreas() || layer.hasAnyGeometry();
    };
  }

  /** The layers a read picks from when none is named: only those that declare this kind exactly. */
  boolean prefers(GeoPackageLayer layer) {
    return switch (this) {
      case HOUSEHOLDS -> layer.hasPoints();
      case STREETS -> layer.hasLines();
      case AREAS -> layer.hasAreas();
    };
  }

  boolean acceptsFeature(Geometry g) {
    return switch (this) {
      case HOUSEHOLDS -> g instanceof Point || (g instanceof MultiPoint && g.getNumGeometries() == 1)
          || g instanceof Polygonal;
      case STREETS -> g instanceof Lineal;
      case AREAS -> g instanceof Polygon || g instanceof MultiPolygon;
    };
  }
}
