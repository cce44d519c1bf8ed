package nl.dekking.io.kml;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;

/**
 * Parses the text of a KML {@code <coordinates>} element: tuples {@code lon,lat[,alt]} separated by white space
 * (KML 2.2, clause 16.9), longitude first, WGS84 degrees. The altitude is dropped. Thread-safe and stateless.
 */
final class KmlCoordinates {

  private KmlCoordinates() {
  }

  /**
   * The coordinates of the text, longitude as x and latitude as y.
   *
   * @throws IllegalArgumentException naming the tuple that is not two or three numbers
   */
  static Coordinate[] parse(String text) {
    List<Coordinate> result = new ArrayList<>();
    for (String tuple : text.strip().split("\\s+")) {
      if (tuple.isEmpty()) {
        continue;
      }
      String[] parts = tuple.split(",", -1);
      if (parts.length < 2 || parts.length > 3) {
        throw new IllegalArgumentException("coordinate '" + tuple + "' is not lon,lat or lon,lat,alt");
      }
      double lon = number(parts[0], tuple);
      double lat = number(parts[1], tuple);
      result.add(new Coordinate(lon, lat));
    }
    return result.toArray(new Coordinate[0]);
  }

  /**
   * A ring of the text.
   *
   * @param what names the ring in errors ("outer boundary", "inner boundary 2")
   * @throws IllegalArgumentException when the ring has fewer than four points or is not closed
   */
  static LinearRing ring(String text, String what, GeometryFactory factory) {
    Coordinate[] c = parse(text);
    if (c.length < 4) {
      throw new IllegalArgumentException(what + " has " + c.length + " coordinates; a ring needs at least 4 with the"
          + " last equal to the first");
    }
    if (!c[0].equals2D(c[c.length - 1])) {
      throw new IllegalArgumentException(what + " is not closed: it starts at " + c[0].x + "," + c[0].y
          + " and ends at " + c[c.length - 1].x + "," + c[c.length - 1].y);
    }
    return factory.createLinearRing(c);
  }

  private static double number(String s, String tuple) {
    double v;
    try {
      v = Double.parseDouble(s.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("coordinate '" + tuple + "' has a part that is not a number: '" + s + "'", e);
    }
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("coordinate '" + tuple + "' is not finite");
    }
    return v;
  }
}
