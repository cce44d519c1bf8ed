package nl.dekking.io;

import static java.util.Objects.requireNonNull;

/**
 * The columns of a table (CSV) that hold a point's coordinates, and their CRS: RD New metres ({@code x},
 * {@code y}) or WGS84 degrees ({@code lon}, {@code lat}). {@link #detect()} lets the reader find them under the
 * usual names. Column names compare case-insensitively. Thread-safe and immutable.
 *
 * @param x the easting (RD New) or longitude (WGS84) column, empty to detect
 * @param y the northing (RD New) or latitude (WGS84) column, empty to detect
 * @param wgs84 whether the columns hold WGS84 longitude/latitude rather than RD New x/y
 */
public record CoordinateColumns(String x, String y, boolean wgs84) {

  public CoordinateColumns {
    requireNonNull(x, "x");
    requireNonNull(y, "y");
    x = x.strip();
    y = y.strip();
    if (x.isEmpty() != y.isEmpty()) {
      throw new IllegalArgumentException("name both coordinate columns or neither, was x '" + x + "', y '" + y + "'");
    }
    if (!x.isEmpty() && x.equalsIgnoreCase(y)) {
      throw new IllegalArgumentException("the two coordinate columns must differ, both were '" + x + "'");
    }
  }

  /** Find the columns: {@code x}/{@code y} (also {@code rd_x}, {@code x_rd}) or {@code lon}/{@code lat} (also
   * {@code lng}, {@code longitude}/{@code latitude}). */
  public static CoordinateColumns detect() {
    return new CoordinateColumns("", "", false);
  }

  /** RD New metres in these columns. */
  public static CoordinateColumns rd(String x, String y) {
    return new CoordinateColumns(requireText(x, "x"), requireText(y, "y"), false);
  }

  /** WGS84 longitude and latitude in these columns. */
  public static CoordinateColumns lonLat(String lon, String lat) {
    return new CoordinateColumns(requireText(lon, "lon"), requireText(lat, "lat"), true);
  }

  /** Whether the reader has to find the columns itself. */
  public boolean isDetect() {
    return x.isEmpty();
  }

  private static String requireText(String s, String what) {
    requireNonNull(s, what);
    if (s.isBlank()) {
      throw new IllegalArgumentException(what + " column name must not be blank");
    }
    return s;
  }
}
