package nl.dekking.io.geojson;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dekking.model.Neighbourhood;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Makes a {@link Neighbourhood} of a CBS buurt or wijk feature: a Polygon or MultiPolygon, kept as read (CBS's
 * generalised maps have a few self-intersecting rings), with the properties in {@link #CODE}, {@link #NAME},
 * {@link #MUNICIPALITY_CODE}, {@link #MUNICIPALITY_NAME} and {@link #HOUSEHOLDS}. CBS's codes for suppressed or
 * unknown values ({@code -99995} to {@code -99999}) and a missing count become an empty household count. When the
 * file gives no municipality code it is taken from a {@code BU}/{@code WK} code ({@code BU00720001} is in
 * {@code GM0072}).
 *
 * <p>Thread-safe and stateless.
 */
final class NeighbourhoodInterpreter implements FeatureCollectionParser.Interpreter<Neighbourhood> {

  static final List<String> CODE = List.of("statcode", "buurtcode", "wijkcode", "code");
  static final List<String> NAME = List.of("statnaam", "buurtnaam", "wijknaam", "naam", "name");
  static final List<String> MUNICIPALITY_CODE = List.of("gemeentecode", "gm_code");
  static final List<String> MUNICIPALITY_NAME = List.of("gemeentenaam", "gm_naam");
  static final List<String> HOUSEHOLDS = List.of("huishoudens", "aantal_huishoudens", "reported_households");

  private static final Pattern CBS_CODE = Pattern.compile("(?:BU|WK)(\\d{4})\\d*");

  @Override
  public Neighbourhood interpret(RawFeature f, GeometryDecoder decoder) {
    String code = PropertyLookup.first(f.properties(), CODE)
        .or(() -> f.id().isBlank() ? java.util.Optional.empty() : java.util.Optional.of(f.id()))
        .orElseThrow(() -> new IllegalArgumentException("missing neighbourhood code (looked for "
            + String.join(", ", CODE) + ")"));
    if (f.geometry() == null) {
      throw new IllegalArgumentException("feature has no geometry; a neighbourhood needs a Polygon or MultiPolygon");
    }
    Geometry area = decoder.decode(f.geometry());
    if (!(area instanceof Polygon || area instanceof MultiPolygon)) {
      throw new IllegalArgumentException("a neighbourhood's area must be a Polygon or MultiPolygon, was "
          + area.getGeometryType());
    }
    String name = PropertyLookup.first(f.properties(), NAME).orElse(code);
    String municipalityCode = PropertyLookup.first(f.properties(), MUNICIPALITY_CODE).orElseGet(() -> {
      Matcher m = CBS_CODE.matcher(code);
      return m.matches() ? "GM" + m.group(1) : "";
    });
    String municipalityName = PropertyLookup.first(f.properties(), MUNICIPALITY_NAME).orElse("");
    OptionalInt households = PropertyLookup.first(f.properties(), HOUSEHOLDS)
        .map(NeighbourhoodInterpreter::households).orElse(OptionalInt.empty());
    return new Neighbourhood(code, name, municipalityCode, municipalityName, area, households);
  }

  private static OptionalInt households(String value) {
    String v = value.endsWith(".0") ? value.substring(0, value.length() - 2) : value;
    int n;
    try {
      n = Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("household count is not a whole number: '" + value + "'", e);
    }
    if (n >= -99_999 && n <= -99_995) {
      return OptionalInt.empty(); // CBS: suppressed, not available or not applicable
    }
    if (n < 0) {
      throw new IllegalArgumentException("household count must be 0 or more (or a CBS code such as -99997), was " + n);
    }
    return OptionalInt.of(n);
  }
}
