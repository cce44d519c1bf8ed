package nl.dekking.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import nl.dekking.io.geojson.GeoJsonReader;
import nl.dekking.model.Dataset;
import nl.dekking.model.Neighbourhood;
import nl.dekking.report.map.BgtBackgroundReader;
import nl.dekking.report.map.MapBackground;

/**
 * The bundled sample's map data: the BGT road surfaces and street-name labels of Otterlo (Kadaster, CC0) for the
 * map background, and the CBS wijken Otterlo and Wekerom (CC-BY 4.0, Bron: CBS) with their household counts.
 */
public final class SampleMap {

  static final String ROADS = "bgt-road-surfaces-otterlo-rd.geojson";
  static final String LABELS = "bgt-street-labels-otterlo-rd.geojson";
  static final String WIJKEN = "cbs-wijken-2024-otterlo-wekerom-wgs84.geojson";

  private SampleMap() {
  }

  /** The road surfaces and street names of Otterlo. */
  public static MapBackground background() {
    try (InputStream roads = SampleData.open(ROADS); InputStream labels = SampleData.open(LABELS)) {
      return BgtBackgroundReader.read(roads, "sample/" + ROADS, labels, "sample/" + LABELS);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled sample map background", e);
    }
  }

  /** The CBS wijken Otterlo and Wekerom. */
  public static List<Neighbourhood> neighbourhoods() {
    try (InputStream in = SampleData.open(WIJKEN)) {
      return GeoJsonReader.readNeighbourhoods(in, "sample/" + WIJKEN);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled sample " + WIJKEN, e);
    }
  }

  /** The sample dataset with its neighbourhoods. */
  public static Dataset dataset() {
    return SampleData.load().withNeighbourhoods(neighbourhoods());
  }
}
