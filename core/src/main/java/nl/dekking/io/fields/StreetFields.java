package nl.dekking.io.fields;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import nl.dekking.model.Street;
import org.locationtech.jts.geom.Geometry;

/**
 * Recognises street-line properties under the names of the NWB wegvakken ({@code stt_naam}, {@code wpsnaamnen},
 * {@code gme_naam}), the BAG and OpenStreetMap, and builds a {@link Street}:
 *
 * <table>
 *   <caption>Recognised names, tried in this order (case-insensitive)</caption>
 *   <tr><th>field</th><th>names</th></tr>
 *   <tr><td>street</td><td>stt_naam, openbare_ruimte_naam, openbareruimtenaam, straatnaam, addr:street, street,
 *       naam, name</td></tr>
 *   <tr><td>place</td><td>wpsnaamnen, woonplaats_naam, woonplaatsnaam, woonplaats, addr:city, plaats, place, city,
 *       gme_naam (the municipality, when no place is given)</td></tr>
 * </table>
 *
 * <p>The NWB writes places in capitals ({@code WAGENINGEN}); they are written as the BAG writes them
 * ({@code Wageningen}, {@code 's-Hertogenbosch}) so streets from lines and from addresses look alike (street
 * identity ignores case anyway). Thread-safe and stateless.
 */
public final class StreetFields {

  static final List<String> NAME = List.of("stt_naam", "openbare_ruimte_naam", "openbareruimtenaam", "straatnaam",
      "addr:street", "street", "naam", "name");
  static final List<String> PLACE = List.of("wpsnaamnen", "woonplaats_naam", "woonplaatsnaam", "woonplaats",
      "addr:city", "plaats", "place", "city", "gme_naam");

  private StreetFields() {
  }

  /** The street-name property names, in the order they are tried, for messages about a missing name. */
  public static List<String> nameProperties() {
    return NAME;
  }

  /**
   * The street of a line, its properties looked up by lower-case name; empty when the line has no street name
   * (the NWB has unnamed segments: slip roads, cycle paths).
   *
   * @throws IllegalArgumentException when a named street has no place
   */
  public static Optional<Street> read(Function<String, String> properties, Geometry line) {
    return read(properties, Optional.of(line));
  }

  /**
   * The street of a feature with a centre line or, when {@code line} is empty, of a street known by name only;
   * empty when the feature has no street name.
   *
   * @throws IllegalArgumentException when a named street has no place
   */
  public static Optional<Street> read(Function<String, String> properties, Optional<Geometry> line) {
    String name = FieldLookup.first(properties, NAME);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    String place = FieldLookup.first(properties, PLACE);
    if (place.isEmpty()) {
      throw new IllegalArgumentException("street '" + name + "' has no place (looked for " + String.join(", ", PLACE) + ")");
    }
    return Optional.of(new Street(name, placeCase(place), line));
  }

  /**
   * A place name in capitals written as the BAG writes it: {@code 'S-HERTOGENBOSCH} → {@code 's-Hertogenbosch},
   * {@code CAPELLE AAN DEN IJSSEL} → {@code Capelle aan den IJssel}. Words are capitalised (the Dutch IJ as one
   * letter) except the particles aan, bij, de, den, der, en, het, in, onder, op, over, te, ten, ter and van after the
   * first word. A name not all in capitals is returned as it is.
   */
  static String placeCase(String place) {
    if (!place.equals(place.toUpperCase(Locale.ROOT))) {
      return place;
    }
    String lower = place.toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(lower.length());
    int i = 0;
    boolean firstWord = true;
    while (i < lower.length()) {
      char c = lower.charAt(i);
      if (!Character.isLetter(c) && c != '\'') {
        sb.append(c);
        i++;
        continue;
      }
      int end = i;
      while (end < lower.length() && (Character.isLetter(lower.charAt(end)) || lower.charAt(end) == '\'')) {
        end++;
      }
      String word = lower.substring(i, end);
      if (word.equals("'s") || word.equals("'t") || (!firstWord && PARTICLES.contains(word))) {
        sb.append(word);
      } else if (word.startsWith("ij")) {
        sb.append("IJ").append(word, 2, word.length());
      } else {
        int first = word.startsWith("'") ? 1 : 0;
        sb.append(word, 0, first).append(Character.toUpperCase(word.charAt(first))).append(word, first + 1, word.length());
      }
      firstWord = false;
      i = end;
    }
    return sb.toString();
  }

  private static final java.util.Set<String> PARTICLES = java.util.Set.of("aan", "bij", "de", "den", "der", "en",
      "het", "in", "onder", "op", "over", "te", "ten", "ter", "van");
}
