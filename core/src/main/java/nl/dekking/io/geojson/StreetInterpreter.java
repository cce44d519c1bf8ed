package nl.dekking.io.geojson;

import java.util.Optional;
import nl.dekking.io.fields.StreetFields;
import nl.dekking.model.Street;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;

/**
 * Makes a {@link Street} of a feature: a LineString or MultiLineString centre line, or {@code null} geometry for a
 * street known by name only, with the name and place as {@link StreetFields} recognises them (NWB, BAG, INSPIRE,
 * OpenStreetMap). A line without a street name (the NWB's slip roads and cycle paths) is left out, as the
 * GeoPackage reader leaves it out; a feature without geometry must have a name.
 *
 * <p>Thread-safe and stateless.
 */
final class StreetInterpreter implements FeatureCollectionParser.Interpreter<Street> {

  @Override
  public Street interpret(RawFeature f, GeometryDecoder decoder) {
    Optional<Geometry> line = Optional.empty();
    if (f.geometry() != null) {
      Geometry g = decoder.decode(f.geometry());
      if (!(g instanceof LineString || g instanceof MultiLineString)) {
        throw new IllegalArgumentException("a street's geometry must be a LineString or MultiLineString, was "
            + g.getGeometryType());
      }
      line = Optional.of(g);
    }
    Optional<Street> street = StreetFields.read(name -> PropertyLookup.get(f.properties(), name), line);
    if (street.isEmpty() && line.isEmpty()) {
      throw new IllegalArgumentException("a feature without a line needs a street name (looked for "
          + String.join(", ", StreetFields.nameProperties()) + ")");
    }
    return street.orElse(null);
  }
}
