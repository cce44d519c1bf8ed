package nl.dekking.io.fields;

import nl.dekking.io.DataFileException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.dekking.model.Address;

/**
 * Recognises address properties under the names the usual Dutch sources give them, and builds an
 * {@link Address} from them:
 *
 * <table>
 *   <caption>Recognised names, tried in this order</caption>
 *   <tr><th>field</th><th>BAG</th><th>INSPIRE Adressen</th><th>OpenStreetMap</th></tr>
 *   <tr><td>street</td><td>openbare_ruimte_naam</td><td>straatnaam</td><td>addr:street</td></tr>
 *   <tr><td>house number</td><td>huisnummer</td><td>huisnummer</td><td>addr:housenumber</td></tr>
 *   <tr><td>letter</td><td>huisletter</td><td>huisletter</td><td>(part of addr:housenumber)</td></tr>
 *   <tr><td>suffix</td><td>toevoeging, huisnummertoevoeging</td><td>toevoeging</td><td>(part of addr:housenumber)</td></tr>
 *   <tr><td>postcode</td><td>postcode</td><td>postcode</td><td>addr:postcode</td></tr>
 *   <tr><td>place</td><td>woonplaats_naam</td><td>woonplaats</td><td>addr:city</td></tr>
 *   <tr><td>household id ({@link #householdId})</td><td>identificatie</td><td>id, lokaalid, lokaal_id</td>
 *       <td>(the feature's id)</td></tr>
 * </table>
 *
 * <p>An OSM house number such as {@code 12a} or {@code 12-2} is split into number, letter and suffix.
 * Thread-safe and stateless.
 */
public final class AddressFields {

  static final List<String> STREET = List.of("openbare_ruimte_naam", "openbareruimtenaam", "straatnaam", "straat", "addr:street", "street");
  static final List<String> NUMBER = List.of("huisnummer", "addr:housenumber", "housenumber");
  static final List<String> LETTER = List.of("huisletter");
  static final List<String> SUFFIX = List.of("toevoeging", "huisnummertoevoeging", "huisnummer_toevoeging");
  static final List<String> POSTCODE = List.of("postcode", "addr:postcode");
  static final List<String> PLACE = List.of("woonplaats_naam", "woonplaatsnaam", "woonplaats", "addr:city", "plaats", "place", "city");

  static final List<String> ID = List.of("identificatie", "id", "lokaalid", "lokaal_id");

  private AddressFields() {
  }

  /**
   * The household id a feature's properties give (looked up by lower-case name): the BAG {@code identificatie},
   * else {@code id}, {@code lokaalid} or {@code lokaal_id}; empty when none is given, and the reader then makes one
   * (the feature's own id, its layer and fid, or its line).
   */
  public static Optional<String> householdId(Function<String, String> properties) {
    String id = FieldLookup.first(properties, ID);
    return id.isEmpty() ? Optional.empty() : Optional.of(id);
  }

  /** Whether properties with these names can make an address (street, number, postcode and place found). */
  public static boolean recognises(java.util.Collection<String> names) {
    java.util.Set<String> lower = new java.util.HashSet<>();
    for (String n : names) {
      lower.add(n.toLowerCase(java.util.Locale.ROOT));
    }
    return STREET.stream().anyMatch(lower::contains) && NUMBER.stream().anyMatch(lower::contains)
        && POSTCODE.stream().anyMatch(lower::contains) && PLACE.stream().anyMatch(lower::contains);
  }

  /**
   * Builds an address from properties looked up by name (lower case; the lookup returns null or blank for a
   * missing or empty property).
   *
   * @throws IllegalArgumentException saying which field is missing or malformed; callers wrap it in a
   *     {@link DataFileException} with file and feature
   */
  public static Address read(Function<String, String> properties) {
    String street = FieldLookup.required(properties, STREET, "street");
    String number = FieldLookup.required(properties, NUMBER, "house number");
    String postcode = FieldLookup.required(properties, POSTCODE, "postcode");
    String place = FieldLookup.required(properties, PLACE, "place");
    String letter = FieldLookup.first(properties, LETTER);
    String suffix = FieldLookup.first(properties, SUFFIX);
    return address(street, number, letter, suffix, postcode, place);
  }

  /**
   * The address columns of a table, found once for all its rows: for each field, the columns of its names in the
   * order {@link #read(Function)} tries them.
   *
   * @param header the table's column names in lower case
   */
  public static Columns columns(List<String> header) {
    return new Columns(indices(header, STREET), indices(header, NUMBER), indices(header, LETTER),
        indices(header, SUFFIX), indices(header, POSTCODE), indices(header, PLACE), indices(header, ID));
  }

  private static int[] indices(List<String> header, List<String> names) {
    return names.stream().mapToInt(header::indexOf).filter(i -> i >= 0).toArray();
  }

  /**
   * The address and id columns of one table; {@link #read(List)} gives the same address as
   * {@link AddressFields#read(Function)} on the same row, without looking names up for every row. Immutable.
   */
  public static final class Columns {
    private final int[] street;
    private final int[] number;
    private final int[] letter;
    private final int[] suffix;
    private final int[] postcode;
    private final int[] place;
    private final int[] id;

    private Columns(int[] street, int[] number, int[] letter, int[] suffix, int[] postcode, int[] place, int[] id) {
      this.street = street;
      this.number = number;
      this.letter = letter;
      this.suffix = suffix;
      this.postcode = postcode;
      this.place = place;
      this.id = id;
    }

    /**
     * The address of a row.
     *
     * @throws IllegalArgumentException as {@link AddressFields#read(Function)}
     */
    public Address read(List<String> row) {
      String s = required(row, street, STREET, "street");
      String n = required(row, number, NUMBER, "house number");
      String pc = required(row, postcode, POSTCODE, "postcode");
      String pl = required(row, place, PLACE, "place");
      return address(s, n, first(row, letter), first(row, suffix), pc, pl);
    }

    /** The household id of a row, as {@link AddressFields#householdId(Function)}. */
    public Optional<String> householdId(List<String> row) {
      String v = first(row, id);
      return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    private static String required(List<String> row, int[] columns, List<String> names, String what) {
      String v = first(row, columns);
      if (v.isEmpty()) {
        throw FieldLookup.missing(what, names);
      }
      return v;
    }

    private static String first(List<String> row, int[] columns) {
      for (int c : columns) {
        String v = row.get(c);
        if (v != null && !v.isBlank()) {
          return v.strip();
        }
      }
      return "";
    }
  }

  /** The address of its fields as found, the house number still as written ("12a-2"). */
  private static Address address(String street, String number, String letter, String suffix, String postcode,
      String place) {
    // "12", "12.0" (numbers written as floats), "12a", "12 a", "12-2", "12a-2", "12 bis"
    String n = number.strip();
    if (n.endsWith(".0")) {
      n = n.substring(0, n.length() - 2);
    }
    int i = 0;
    while (i < n.length() && Character.isDigit(n.charAt(i))) {
      i++;
    }
    if (i == 0) {
      throw new IllegalArgumentException("house number is not a number: '" + number + "'");
    }
    int value;
    try {
      value = Integer.parseInt(n.substring(0, i));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("house number is too large: '" + number + "'", e);
    }
    String rest = n.substring(i).strip();
    if (!rest.isEmpty()) {
      if (rest.startsWith("-")) {
        rest = rest.substring(1).strip();
      }
      if (letter.isEmpty() && !rest.isEmpty() && Character.isLetter(rest.charAt(0))
          && (rest.length() == 1 || !Character.isLetter(rest.charAt(1)))) {
        letter = rest.substring(0, 1);
        rest = rest.substring(1).strip();
        if (rest.startsWith("-")) {
          rest = rest.substring(1).strip();
        }
      }
      if (!rest.isEmpty()) {
        if (!suffix.isEmpty()) {
          throw new IllegalArgumentException("house number '" + number + "' has a suffix and a separate suffix '" + suffix + "'");
        }
        suffix = rest.replace(" ", "");
      }
    }
    return new Address(street, value, letter, suffix, postcode, place);
  }

}
