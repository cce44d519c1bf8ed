package nl.dekking.io.geojson;

/**
 * A GeoJSON geometry as parsed, in the file's CRS: its type name and its coordinates. Coordinates are nested as in
 * the file: a position is a {@code double[2]}, a list of positions is a {@link Positions} (packed x, y pairs), and
 * deeper nesting is a {@code List<Object>} of those. Parsing keeps only x and y; a z value is dropped. When the
 * coordinates could not be parsed (a string, a NaN, a position with one number) {@code problem} says why and the
 * geometry cannot be decoded; the parser records it instead of throwing so that the error can name the feature's
 * id, which may come after the geometry.
 *
 * @param type the {@code type} member, or null when missing
 * @param coordinates the coordinates, or null when missing
 * @param problem what is wrong with the coordinates, or null
 */
record RawGeometry(String type, Object coordinates, String problem) {

  /** A list of positions packed as x0, y0, x1, y1, ... */
  record Positions(double[] xy) {
    int size() {
      return xy.length / 2;
    }

    double x(int i) {
      return xy[2 * i];
    }

    double y(int i) {
      return xy[2 * i + 1];
    }
  }
}
