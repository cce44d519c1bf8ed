package nl.dekking.postgis;

import nl.dekking.crs.RdNew;
import nl.dekking.index.CoverageMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * Geometry to and from the database: 2D WKB, big-endian, as {@code ST_GeomFromWKB(?, 28992)} reads and
 * {@code ST_AsBinary} writes, so coordinates travel as exact doubles. For COPY, points are written as hex EWKB
 * with SRID 28992, which the {@code geometry} input function reads. Thread-safe: a reader or writer per call.
 */
final class GeometryCodec {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private GeometryCodec() {
  }

  static byte[] wkb(Geometry g) {
    return new WKBWriter(2, ByteOrderValues.BIG_ENDIAN).write(g);
  }

  static Geometry read(byte[] wkb, String what) {
    try {
      return new WKBReader(RdNew.GEOMETRY_FACTORY).read(wkb);
    } catch (ParseException e) {
      throw new IllegalStateException("the database returned unreadable WKB for " + what, e);
    }
  }

  /** The area the spatial queries use: {@link CoverageMap#analysedArea}, the one rule every part of Dekking uses. */
  static Geometry coverage(Geometry area) {
    return CoverageMap.analysedArea(area);
  }

  /** Appends a point as hex EWKB (little-endian, SRID 28992): 25 bytes, 50 hex digits. */
  static void appendPointEwkbHex(StringBuilder sb, double x, double y) {
    sb.append("0101000020"); // little-endian, type Point with the SRID flag
    appendIntLe(sb, RdNew.EPSG);
    appendLongLe(sb, Double.doubleToRawLongBits(x));
    appendLongLe(sb, Double.doubleToRawLongBits(y));
  }

  private static void appendIntLe(StringBuilder sb, int v) {
    for (int i = 0; i < 4; i++) {
      int b = (v >>> (8 * i)) & 0xFF;
      sb.append(HEX[b >>> 4]).append(HEX[b & 0xF]);
    }
  }

  private static void appendLongLe(StringBuilder sb, long v) {
    for (int i = 0; i < 8; i++) {
      int b = (int) ((v >>> (8 * i)) & 0xFF);
      sb.append(HEX[b >>> 4]).append(HEX[b & 0xF]);
    }
  }
}
