package nl.dekking.io.fields;

import nl.dekking.io.DataFileException;
import nl.dekking.io.MunicipalityFilter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import nl.dekking.model.Neighbourhood;
import org.locationtech.jts.geom.Geometry;

/**
 * Recognises CBS wijk and buurt properties under the names of the CBS wijk- en buurtkaart of 2023 and later, of
 * older years, and of the simplified and PDOK files, and builds a {@link Neighbourhood}:
 *
 * <table>
 *   <caption>Recognised names, tried in this order (case-insensitive)</caption>
 *   <tr><th>field</th><th>2023+</th><th>before 2023</th><th>simplified / PDOK</th></tr>
 *   <tr><td>code</td><td>buurtcode, wijkcode</td><td>BU_CODE, WK_CODE</td><td>statcode (else code, else the
 *       feature's own id)</td></tr>
 *   <tr><td>name</td><td>buurtnaam, wijknaam</td><td>BU_NAAM, WK_NAAM</td><td>statnaam</td></tr>
 *   <tr><td>municipality code</td><td>gemeentecode</td><td>GM_CODE</td><td>(from the code: BU<b>0074</b>0101)</td></tr>
 *   <tr><td>municipality name</td><td>gemeentenaam</td><td>GM_NAAM</td><td></td></tr>
 *   <tr><td>households</td><td>aantal_huishoudens</td><td>AANTAL_HH</td><td>huishoudens (Dekking's own
 *       tables: reported_households)</td></tr>
 *   <tr><td>water only</td><td>water = JA</td><td>WATER = JA</td><td>name "Groot water"</td></tr>
 * </table>
 *
 * <p>CBS writes {@code -99997} (and other values from −99999 to −99990) for suppressed or unknown figures; they
 * become an empty household count, never a number. GeoJSON, GeoPackage and every other reader use these names.
 * Thread-safe and stateless.
 */
public final class NeighbourhoodFields {

  static final List<String> CODE = List.of("buurtcode", "bu_code", "wijkcode", "wk_code", "statcode", "code");
  static final List<String> NAME = List.of("buurtnaam", "bu_naam", "wijknaam", "wk_naam", "statnaam", "naam", "name");
  static final List<String> HOUSEHOLDS = List.of("aantal_huishoudens", "aantal_hh", "huishoudens", "reported_households");
  static final List<String> WATER = List.of("water");

  private NeighbourhoodFields() {
  }

  /** Whether properties with these names can make a neighbourhood (a code is found). */
  public static boolean recognises(java.util.Collection<String> names) {
    return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).anyMatch(CODE::contains);
  }

  /**
   * Builds a neighbourhood from properties looked up by lower-case name (null or blank when missing) and its
   * area in RD New.
   *
   * @throws IllegalArgumentException saying which field is missing or malformed; callers wrap it in a
   *     {@link DataFileException} with file and feature
   */
  public static Neighbourhood read(Function<String, String> properties, Geometry area) {
    return read(Optional.empty(), properties, area);
  }

  /**
   * Builds a neighbourhood as {@link #read(Function, Geometry)} does, taking the code from the feature's own id
   * (a GeoJSON {@code id} member) when no code property is given. Without a municipality code property the
   * municipality code comes from the neighbourhood code ({@code BU00740101} lies in {@code GM0074}).
   *
   * @throws IllegalArgumentException saying which field is missing or malformed
   */
  public static Neighbourhood read(Optional<String> featureId, Function<String, String> properties, Geometry area) {
    String code = FieldLookup.first(properties, CODE);
    if (code.isEmpty()) {
      code = featureId.map(String::strip).orElse("");
    }
    if (code.isEmpty()) {
      throw FieldLookup.missing("CBS code", CODE);
    }
    String name = FieldLookup.first(properties, NAME);
    String municipalityCode = MunicipalityFilter.municipalityCode(properties);
    if (municipalityCode.isEmpty()) {
      municipalityCode = MunicipalityFilter.codeOfArea(code);
    }
    String municipalityName = MunicipalityFilter.municipalityName(properties);
    return new Neighbourhood(code, name, municipalityCode, municipalityName, area, households(properties));
  }

  /** Whether CBS marks the area as water only: {@code water = JA}, or (without that column) named "Groot water". */
  public static boolean isWaterOnly(Function<String, String> properties) {
    String water = FieldLookup.first(properties, WATER);
    if (!water.isEmpty()) {
      return water.equalsIgnoreCase("JA") || water.equalsIgnoreCase("true") || water.equals("1");
    }
    return FieldLookup.first(properties, NAME).equalsIgnoreCase("Groot water");
  }

  static OptionalInt households(Function<String, String> properties) {
    String text = FieldLookup.first(properties, HOUSEHOLDS);
    if (text.isEmpty()) {
      return OptionalInt.empty();
    }
    double value;
    try {
      value = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("household count is not a number: '" + text + "'", e);
    }
    if (value <= -99_990 && value >= -99_999) {
      return OptionalInt.empty();
    }
    if (value < 0 || value != Math.rint(value) || value > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("household count must be a whole number of 0 or more (or CBS -99997 for"
          + " unknown), was " + text);
    }
    return OptionalInt.of((int) value);
  }
}
