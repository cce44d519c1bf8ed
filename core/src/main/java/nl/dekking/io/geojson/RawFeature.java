package nl.dekking.io.geojson;

import java.util.Map;

/**
 * One feature as parsed, before interpretation: its index in the collection, its {@code id} member (empty when it
 * has none), its properties (names as in the file, in file order; scalars as text, nested values as JSON text,
 * nulls left out) and its geometry in the file's CRS, or null when the feature has {@code "geometry": null}.
 */
record RawFeature(long index, String id, Map<String, String> properties, RawGeometry geometry) {
}
