package nl.dekking.io.gpkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import nl.dekking.crs.RdNew;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;

class GeoPackageGeometryTest {

  final GeoPackageGeometry decoder = new GeoPackageGeometry(RdNew.GEOMETRY_FACTORY);

  /** A header in the given byte order with an envelope of kind 0 to 4, then the WKB of a point. */
  static byte[] blob(ByteOrder order, int envelopeKind, int extraFlags, String wkt) throws Exception {
    int[] envelopeBytes = {0, 32, 48, 48, 64};
    int wkbOrder = order == ByteOrder.BIG_ENDIAN ? ByteOrderValues.BIG_ENDIAN : ByteOrderValues.LITTLE_ENDIAN;
    byte[] wkb = new WKBWriter(2, wkbOrder).write(new WKTReader().read(wkt));
    ByteBuffer b = ByteBuffer.allocate(8 + envelopeBytes[Math.min(envelopeKind, 4)] + wkb.length).order(order);
    b.put((byte) 'G').put((byte) 'P').put((byte) 0)
        .put((byte) ((envelopeKind << 1) | extraFlags | (order == ByteOrder.LITTLE_ENDIAN ? 1 : 0)));
    b.putInt(28992);
    for (int i = 0; i < envelopeBytes[Math.min(envelopeKind, 4)] / 8; i++) {
      b.putDouble(i);
    }
    b.put(wkb);
    return b.array();
  }

  @Test
  void decode_everyEnvelopeKindInBothByteOrders_skipsTheEnvelope() throws Exception {
    for (ByteOrder order : new ByteOrder[] {ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN}) {
      for (int kind = 0; kind <= 4; kind++) {
        GeoPackageGeometry.Decoded d = decoder.decode(blob(order, kind, 0, "POINT (180000 455000)"));

        assertThat(d.srsId()).as(order + " envelope " + kind).isEqualTo(28992);
        assertThat(((Point) d.geometry()).getX()).isEqualTo(180000.0);
        assertThat(d.empty()).isFalse();
      }
    }
  }

  @Test
  void decode_emptyFlag_isReportedEmpty() throws Exception {
    assertThat(decoder.decode(blob(ByteOrder.LITTLE_ENDIAN, 0, 0b1_0000, "POINT (180000 455000)")).empty()).isTrue();
  }

  @Test
  void decode_extendedGeometry_isRefused() throws Exception {
    assertThatThrownBy(() -> decoder.decode(blob(ByteOrder.LITTLE_ENDIAN, 0, 0b10_0000, "POINT (1 2)")))
        .hasMessageContaining("extended GeoPackage geometry");
  }

  @Test
  void decode_invalidEnvelopeIndicator_isRefused() throws Exception {
    assertThatThrownBy(() -> decoder.decode(blob(ByteOrder.LITTLE_ENDIAN, 5, 0, "POINT (1 2)")))
        .hasMessageContaining("invalid envelope indicator 5");
  }

  @Test
  void decode_plainWkbWithoutHeader_isRefused() throws Exception {
    byte[] wkb = new WKBWriter().write(new WKTReader().read("POINT (1 2)"));

    assertThatThrownBy(() -> decoder.decode(wkb)).hasMessageContaining("does not start with 'GP'");
  }

  @Test
  void decode_headerWithoutWkb_isRefusedAsTruncated() throws Exception {
    byte[] b = blob(ByteOrder.LITTLE_ENDIAN, 1, 0, "POINT (1 2)");

    assertThatThrownBy(() -> decoder.decode(java.util.Arrays.copyOf(b, 40))).hasMessageContaining("truncated");
  }
}
