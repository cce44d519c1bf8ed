package nl.dekking.io.geojson;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * A feature of any kind: an id, a geometry in RD New (or none) and properties. Written by
 * {@link GeoJsonWriter#writeFeatures(Iterable, java.nio.file.Path)} and {@link FeatureCollectionWriter}, where
 * property values may be {@code null}, strings, numbers, booleans, enums (written by name), {@code Optional}s,
 * lists and maps of those, anything else written as its {@code toString()}. Read by
 * {@link GeoJsonReader#readFeatures(java.nio.file.Path)}, which gives every property value as text (nested
 * values as JSON text) and leaves out null values.
 *
 * @param id the feature id, or empty for none
 * @param geometry the geometry in RD New, or empty for a feature without geometry
 * @param properties the properties, written in the map's iteration order
 */
public record GeoJsonFeature(String id, Optional<Geometry> geometry, Map<String, ?> properties) {

  public GeoJsonFeature {
    requireNonNull(id, "id");
    requireNonNull(geometry, "geometry");
    requireNonNull(properties, "properties");
    geometry = geometry.map(Geometry::copy);
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }

  /** A feature with an id, a geometry in RD New and properties. */
  public static GeoJsonFeature of(String id, Geometry geometry, Map<String, ?> properties) {
    return new GeoJsonFeature(id, Optional.of(geometry), properties);
  }
}
