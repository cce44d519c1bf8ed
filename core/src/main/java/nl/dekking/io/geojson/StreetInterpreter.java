package nl.dekking.io.geojson;

import java.util.List;
import java.util.Optional;
import nl.dekking.model.Street;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;

/**
 * Makes a {@link Street} of a feature: a LineString or MultiLineString centre line, or {@code null} geometry for a
 * street known by name only, with the name and place under one of the names in {@link #NAME} and {@link #PLACE}.
 *
 * <p>Thread-safe and stateless.
 */
final class StreetInterpreter implements FeatureCollectionParser.Interpreter<Street> {

  /** Street name properties: BAG, INSPIRE, NWB, OSM, generic. */
  static final List<String> NAME = List.of("openbare_ruimte_naam", "openbareruimtenaam", "straatnaam", "stt_naam",
      "addr:street", "street", "name", "naam");
  /** Place properties: BAG, INSPIRE, NWB, OSM, generic. */
  static final List<String> PLACE = List.of("woonplaats_naam", "woonplaatsnaam", "woonplaats", "wpsnaamnen",
      "addr:city", "plaats", "place", "city");

  @Override
  public Street interpret(RawFeature f, GeometryDecoder decoder) {
    String name = PropertyLookup.first(f.properties(), NAME).orElseThrow(() -> new IllegalArgumentException(
        "missing street name (looked for " + String.join(", ", NAME) + ")"));
    String place = PropertyLookup.first(f.properties(), PLACE).orElseThrow(() -> new IllegalArgumentException(
        "missing place of street '" + name + "' (looked for " + String.join(", ", PLACE) + ")"));
    if (f.geometry() == null) {
      return Street.of(name, place);
    }
    Geometry line = decoder.decode(f.geometry());
    if (!(line instanceof LineString || line instanceof MultiLineString)) {
      throw new IllegalArgumentException("a street's geometry must be a LineString or MultiLineString, was "
          + line.getGeometryType());
    }
    return new Street(name, place, Optional.of(line));
  }
}
