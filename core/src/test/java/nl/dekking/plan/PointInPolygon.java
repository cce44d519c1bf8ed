package nl.dekking.plan;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * An independent point-in-polygon check for the tests (even-odd ray crossing over every ring, a point on an edge
 * counting as inside), so the tiling is not verified with the library that built it.
 */
final class PointInPolygon {

  private PointInPolygon() {
  }

  static boolean covers(Geometry area, double x, double y) {
    for (int i = 0; i < area.getNumGeometries(); i++) {
      Polygon p = (Polygon) area.getGeometryN(i);
      int crossings = 0;
      for (int r = -1; r < p.getNumInteriorRing(); r++) {
        Coordinate[] ring = (r < 0 ? p.getExteriorRing() : p.getInteriorRingN(r)).getCoordinates();
        for (int k = 1; k < ring.length; k++) {
          Coordinate a = ring[k - 1];
          Coordinate b = ring[k];
          if (onSegment(a, b, x, y)) {
            return true;
          }
          if ((a.y > y) != (b.y > y) && x < a.x + (y - a.y) * (b.x - a.x) / (b.y - a.y)) {
            crossings++;
          }
        }
      }
      if (crossings % 2 == 1) {
        return true;
      }
    }
    return false;
  }

  private static boolean onSegment(Coordinate a, Coordinate b, double x, double y) {
    double cross = (b.x - a.x) * (y - a.y) - (b.y - a.y) * (x - a.x);
    double length = Math.hypot(b.x - a.x, b.y - a.y);
    if (Math.abs(cross) > 1e-6 * Math.max(1, length)) {
      return false;
    }
    return x >= Math.min(a.x, b.x) - 1e-6 && x <= Math.max(a.x, b.x) + 1e-6
        && y >= Math.min(a.y, b.y) - 1e-6 && y <= Math.max(a.y, b.y) + 1e-6;
  }
}
