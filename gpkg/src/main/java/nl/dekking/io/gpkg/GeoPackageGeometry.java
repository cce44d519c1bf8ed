package nl.dekking.io.gpkg;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Decodes a GeoPackage geometry blob (OGC 12-128r18, clause 2.1.3): the {@code GP} header, then standard WKB.
 *
 * <p>Header: magic {@code "GP"}, version byte (0 = version 1), flags byte (bit 0 byte order of the header, 1 =
 * little endian; bits 1–3 envelope kind 0–4 giving 0, 32, 48, 48 or 64 bytes of envelope doubles; bit 4 empty
 * geometry; bit 5 extended GeoPackage geometry), {@code srs_id} int32, the envelope, then the WKB. The WKB is read
 * with JTS {@link WKBReader}, which takes OGC/ISO type codes (1001 = Point Z, 2001 = Point M, 3001 = Point ZM) as
 * well as EWKB flags. Z and M are dropped: Dekking works in the plane.
 *
 * <p>Not thread-safe (the WKB reader keeps state); one instance per read.
 */
final class GeoPackageGeometry {

  private static final int[] ENVELOPE_BYTES = {0, 32, 48, 48, 64};

  private final WKBReader wkb;

  GeoPackageGeometry(GeometryFactory factory) {
    this.wkb = new WKBReader(factory);
  }

  /** A decoded geometry with the srs_id its header names. */
  record Decoded(Geometry geometry, int srsId, boolean empty) {
  }

  /**
   * Decodes one blob.
   *
   * @throws IllegalArgumentException saying what is wrong with the blob
   */
  Decoded decode(byte[] blob) {
    if (blob == null) {
      throw new IllegalArgumentException("geometry is NULL");
    }
    if (blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
      throw new IllegalArgumentException("geometry is not a GeoPackage geometry: it does not start with 'GP' ("
          + blob.length + " bytes)");
    }
    int version = blob[2] & 0xff;
    if (version != 0) {
      throw new IllegalArgumentException("GeoPackage geometry version " + version + " is not supported (only 0, version 1)");
    }
    int flags = blob[3] & 0xff;
    if ((flags & 0b0010_0000) != 0) {
      throw new IllegalArgumentException("extended GeoPackage geometry (flags 0x" + Integer.toHexString(flags)
          + ") is not supported: only standard WKB geometry types");
    }
    int envelopeKind = (flags >> 1) & 0b111;
    if (envelopeKind >= ENVELOPE_BYTES.length) {
      throw new IllegalArgumentException("GeoPackage geometry header has an invalid envelope indicator " + envelopeKind
          + " (flags 0x" + Integer.toHexString(flags) + ", allowed 0 to 4)");
    }
    boolean empty = (flags & 0b0001_0000) != 0;
    ByteOrder order = (flags & 1) == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
    int srsId = ByteBuffer.wrap(blob, 4, 4).order(order).getInt();
    int offset = 8 + ENVELOPE_BYTES[envelopeKind];
    if (blob.length <= offset) {
      throw new IllegalArgumentException("GeoPackage geometry is truncated: " + blob.length + " bytes, header and envelope need "
          + offset + " and WKB follows");
    }
    byte[] body = new byte[blob.length - offset];
    System.arraycopy(blob, offset, body, 0, body.length);
    Geometry g;
    try {
      g = wkb.read(body);
    } catch (ParseException | RuntimeException e) {
      throw new IllegalArgumentException("geometry WKB cannot be read: " + e.getMessage(), e);
    }
    return new Decoded(g, srsId, empty || g.isEmpty());
  }
}
