package nl.dekking.io.kml;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * One KML Placemark with an area, as read: its {@code id} attribute, its properties ({@code name},
 * {@code description}, the folder it sits in, then every ExtendedData {@code Data} and {@code SimpleData} in
 * document order) and its area in RD New.
 *
 * @param index the placemark's index among all placemarks of the file, from 0
 * @param id the Placemark's {@code id} attribute, when it has one
 * @param properties the properties in document order
 * @param area the Polygon or MultiPolygon in RD New
 */
record KmlPlacemark(int index, Optional<String> id, Map<String, String> properties, Geometry area) {

  KmlPlacemark {
    requireNonNull(id, "id");
    requireNonNull(area, "area");
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }

  /** How errors name the placemark: its name, else its id attribute. */
  String label() {
    String name = properties.get("name");
    return name != null && !name.isBlank() ? name.strip() : id.orElse("");
  }
}
