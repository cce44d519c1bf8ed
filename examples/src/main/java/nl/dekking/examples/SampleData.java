package nl.dekking.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiFunction;
import nl.dekking.io.geojson.GeoJsonReader;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.model.Neighbourhood;

/**
 * The bundled sample: the real BAG addresses of Otterlo and Wekerom (municipality Ede; Kadaster, CC0), their CBS
 * wijken, and a set of invented sample groups drawn over Otterlo's streets. The groups are sample data, not real
 * neighbourhood-watch groups; their contacts are fictitious.
 */
public final class SampleData {

  static final String FOLDER = "/nl/dekking/examples/sample/";
  static final String ADDRESSES = "addresses-otterlo-wekerom-wgs84.geojson";
  static final String GROUPS = "sample-groups-otterlo-rd.geojson";
  static final String WIJKEN = "cbs-wijken-2024-otterlo-wekerom-wgs84.geojson";

  private SampleData() {
  }

  /** The sample dataset: 2,481 addresses, the sample groups and the CBS wijken Otterlo and Wekerom. */
  public static Dataset load() {
    return new Dataset("Otterlo en Wekerom (voorbeeld)", households(), List.of(), groups(), neighbourhoods());
  }

  /** The 2,481 real addresses of Otterlo and Wekerom. */
  public static List<Household> households() {
    return read(ADDRESSES, GeoJsonReader::readHouseholds);
  }

  /** The invented sample groups. */
  public static List<Group> groups() {
    return read(GROUPS, GeoJsonReader::readGroups);
  }

  /** The CBS wijken Otterlo and Wekerom (CC-BY 4.0, Bron: CBS) with their household counts. */
  public static List<Neighbourhood> neighbourhoods() {
    return read(WIJKEN, GeoJsonReader::readNeighbourhoods);
  }

  private static <T> List<T> read(String name, BiFunction<InputStream, String, List<T>> reader) {
    try (InputStream in = open(name)) {
      return reader.apply(in, "sample/" + name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled sample " + name, e);
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
