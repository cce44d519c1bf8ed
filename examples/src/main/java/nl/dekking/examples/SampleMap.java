package nl.dekking.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import nl.dekking.report.map.BgtBackgroundReader;
import nl.dekking.report.map.MapBackground;

/**
 * The bundled sample's map background: the BGT road surfaces and street-name labels of Otterlo (Kadaster, CC0).
 */
public final class SampleMap {

  static final String ROADS = "bgt-road-surfaces-otterlo-rd.geojson";
  static final String LABELS = "bgt-street-labels-otterlo-rd.geojson";

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
}
