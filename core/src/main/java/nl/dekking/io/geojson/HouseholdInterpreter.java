package nl.dekking.io.geojson;

import java.util.HashMap;
import java.util.Map;
import nl.dekking.io.fields.AddressFields;
import nl.dekking.model.Address;
import nl.dekking.model.Household;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.Point;

/**
 * Makes a {@link Household} of a feature: a Point (or a MultiPoint of one point) with address properties as
 * {@link AddressFields} recognises them. The id is the feature's {@code id} member, else an id property
 * ({@link AddressFields#householdId}: {@code identificatie}, {@code id}, ...), else {@code <file name>#<index>}.
 *
 * <p>Street names, places and postcodes repeat across thousands of households; they are shared per read so a
 * large file's households hold one copy of each. That table is the one thing a streaming read keeps besides the
 * current feature; it grows with the distinct names (a few MB for a province), not with the households.
 *
 * <p>Not thread-safe; one per read.
 */
final class HouseholdInterpreter implements FeatureCollectionParser.Interpreter<Household> {

  private final String fileName;
  private final Map<String, String> shared = new HashMap<>();

  HouseholdInterpreter(String fileName) {
    this.fileName = fileName;
  }

  @Override
  public Household interpret(RawFeature f, GeometryDecoder decoder) {
    if (f.geometry() == null) {
      throw new IllegalArgumentException("feature has no geometry; a household needs a Point");
    }
    Geometry g = decoder.decode(f.geometry());
    if (g instanceof MultiPoint m && m.getNumGeometries() == 1) {
      g = m.getGeometryN(0);
    }
    if (!(g instanceof Point point)) {
      throw new IllegalArgumentException("a household's geometry must be a Point, was " + g.getGeometryType());
    }
    Address a = AddressFields.read(name -> PropertyLookup.get(f.properties(), name));
    Address address = new Address(share(a.street()), a.houseNumber(), a.letter(), a.suffix(), share(a.postcode()),
        share(a.place()));
    return new Household(id(f), address, point.getX(), point.getY());
  }

  private String id(RawFeature f) {
    if (!f.id().isBlank()) {
      return f.id().strip();
    }
    return AddressFields.householdId(name -> PropertyLookup.get(f.properties(), name))
        .orElseGet(() -> fileName + "#" + f.index());
  }

  private String share(String s) {
    String known = shared.putIfAbsent(s, s);
    return known == null ? s : known;
  }
}
