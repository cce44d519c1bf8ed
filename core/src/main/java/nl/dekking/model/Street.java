package nl.dekking.model;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;

/**
 * A named public space (openbare ruimte) in a place, with an optional centre line (NWB, OSM or BGT) in RD New.
 * Two streets are the same street when their {@linkplain #key() keys} (name and place, case-insensitive) match.
 *
 * @param name the street name, not blank
 * @param place the place (woonplaats), not blank
 * @param line the centre line, a LineString or MultiLineString, when known
 */
public record Street(String name, String place, Optional<Geometry> line) {

  public Street {
    requireNonNull(name, "name");
    requireNonNull(place, "place");
    requireNonNull(line, "line");
    name = Text.requirePlain(name, "street name").strip();
    place = Text.requirePlain(place, "street place").strip();
    if (name.isEmpty() || place.isEmpty()) {
      throw new IllegalArgumentException("street name and place must not be blank: '" + name + "', '" + place + "'");
    }
    if (line.isPresent() && !(line.get() instanceof LineString || line.get() instanceof MultiLineString)) {
      throw new IllegalArgumentException("street " + name + ", " + place
          + " line must be a LineString or MultiLineString, was " + line.get().getGeometryType());
    }
  }

  /** A street known only by name and place, as derived from addresses. */
  public static Street of(String name, String place) {
    return new Street(name, place, Optional.empty());
  }

  /** The street of an address. */
  public static Street of(Address address) {
    return of(address.street(), address.place());
  }

  /** The identity of a street: name and place, lower case. */
  public Key key() {
    return new Key(name.toLowerCase(Locale.ROOT), place.toLowerCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return name + ", " + place;
  }

  /** The identity of a street: name and place, lower case. */
  public record Key(String name, String place) {
    /** The key of the street an address lies on. */
    public static Key of(Address address) {
      return new Key(address.street().toLowerCase(Locale.ROOT), address.place().toLowerCase(Locale.ROOT));
    }
  }
}
