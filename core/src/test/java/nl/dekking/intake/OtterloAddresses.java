package nl.dekking.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import nl.dekking.io.geojson.GeoJsonReader;
import nl.dekking.model.Household;

/** The 2,481 real addresses of Otterlo and Wekerom (BAG via INSPIRE Adressen, Kadaster, CC0), read once. */
final class OtterloAddresses {

  static final List<Household> ALL = read();

  private OtterloAddresses() {
  }

  private static List<Household> read() {
    String name = "/data/addresses-otterlo-wekerom-wgs84.geojson";
    try (InputStream in = OtterloAddresses.class.getResourceAsStream(name)) {
      return GeoJsonReader.readHouseholds(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
