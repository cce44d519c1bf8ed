package nl.dekking.io.geojson;

import java.util.Optional;

/**
 * Makes a {@link GeoJsonFeature} of any feature: its id, its geometry in RD New (any GeoJSON geometry type but
 * GeometryCollection, checked like every other geometry) or none, and its properties as text. Thread-safe and
 * stateless.
 */
final class FeatureInterpreter implements FeatureCollectionParser.Interpreter<GeoJsonFeature> {

  @Override
  public GeoJsonFeature interpret(RawFeature f, GeometryDecoder decoder) {
    return new GeoJsonFeature(f.id().strip(),
        f.geometry() == null ? Optional.empty() : Optional.of(decoder.decode(f.geometry())), f.properties());
  }
}
