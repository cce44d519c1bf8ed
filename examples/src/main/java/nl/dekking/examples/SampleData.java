package nl.dekking.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import nl.dekking.io.geojson.GeoJsonReader;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;

/**
 * The bundled sample: the real BAG addresses of Otterlo and Wekerom (municipality Ede; Kadaster, CC0) and a set
 * of invented sample groups drawn over Otterlo's streets. The groups are sample data, not real
 * neighbourhood-watch groups; their contacts are fictitious.
 */
public final class SampleData {

  static final String FOLDER = "/nl/dekking/examples/sample/";
  static final String ADDRESSES = "addresses-otterlo-wekerom-wgs84.geojson";
  static final String GROUPS = "sample-groups-otterlo-rd.geojson";

  private SampleData() {
  }

  /** The sample dataset: 2,481 addresses and the sample groups. */
  public static Dataset load() {
    return Dataset.of("Otterlo en Wekerom (voorbeeld)", households(), groups());
  }

  /** The 2,481 real addresses of Otterlo and Wekerom. */
  public static List<Household> households() {
    try (InputStream in = open(ADDRESSES)) {
      return GeoJsonReader.readHouseholds(in, "sample/" + ADDRESSES);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled sample " + ADDRESSES, e);
    }
  }

  /** The invented sample groups. */
  public static List<Group> groups() {
    try (InputStream in = open(GROUPS)) {
      return GeoJsonReader.readGroups(in, "sample/" + GROUPS);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled sample " + GROUPS, e);
    }
  }

  static InputStream open(String name) {
    InputStream in = SampleData.class.getResourceAsStream(FOLDER + name);
    if (in == null) {
      throw new IllegalStateException("the bundled sample " + name + " is missing from the jar: rebuild with ./mvnw package");
    }
    return in;
  }
}
