package nl.dekking.io;

import static java.util.Objects.requireNonNull;

import nl.dekking.io.fields.FieldLookup;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the features of one municipality (gemeente), named by its CBS code ({@code GM0074}, also written
 * {@code gm74} or {@code 0074}) or by its name ({@code Heerenveen}, case-insensitive).
 *
 * <p>A feature's municipality is found under the names the Dutch sources use: CBS {@code gemeentecode} /
 * {@code GM_CODE} and {@code gemeentenaam} / {@code GM_NAAM}, NWB {@code gme_id} (a number) and {@code gme_naam},
 * and as a last resort the municipality part of a CBS buurt or wijk code ({@code BU00740101} lies in
 * {@code GM0074}). Sources without any of these (BAG addresses, KML maps) cannot be filtered by municipality and
 * say so through {@link Match#UNKNOWN}.
 *
 * <p>Thread-safe and immutable.
 *
 * @param code the municipality code {@code GM} + four digits, or empty when filtering by name
 * @param name the municipality name, or empty when filtering by code
 */
public record MunicipalityFilter(String code, String name) {

  private static final Pattern CODE = Pattern.compile("(?:GM)?0*([0-9]{1,4})", Pattern.CASE_INSENSITIVE);
  private static final Pattern AREA_CODE = Pattern.compile("(?:BU|WK|GM)([0-9]{4}).*", Pattern.CASE_INSENSITIVE);

  static final List<String> CODE_FIELDS = List.of("gemeentecode", "gm_code", "gme_code", "gme_id", "gemeente_code", "gmcode");
  static final List<String> NAME_FIELDS = List.of("gemeentenaam", "gm_naam", "gme_naam", "gemeente_naam", "gemeente");
  static final List<String> AREA_CODE_FIELDS = List.of("buurtcode", "bu_code", "wijkcode", "wk_code", "statcode");

  /** The outcome of testing one feature. */
  public enum Match {
    /** The feature lies in the municipality. */
    YES,
    /** The feature lies in another municipality. */
    NO,
    /** The feature does not say which municipality it lies in. */
    UNKNOWN
  }

  public MunicipalityFilter {
    requireNonNull(code, "code");
    requireNonNull(name, "name");
    code = code.strip();
    name = name.strip();
    if (code.isEmpty() == name.isEmpty()) {
      throw new IllegalArgumentException("a municipality filter needs either a code or a name, was code '" + code
          + "', name '" + name + "'");
    }
    if (!code.isEmpty()) {
      code = normaliseCode(code);
      if (code.isEmpty()) {
        throw new IllegalArgumentException("municipality code must look like GM0074, was '" + code + "'");
      }
    }
  }

  /**
   * A filter from what a user typed: a code ({@code GM0074}, {@code gm74}, {@code 0074}) or otherwise a name.
   *
   * @throws IllegalArgumentException when the text is blank
   */
  public static MunicipalityFilter parse(String codeOrName) {
    requireNonNull(codeOrName, "codeOrName");
    String s = codeOrName.strip();
    if (s.isEmpty()) {
      throw new IllegalArgumentException("municipality must be a code such as GM0074 or a name, was blank");
    }
    String code = normaliseCode(s);
    return code.isEmpty() ? new MunicipalityFilter("", s) : new MunicipalityFilter(code, "");
  }

  /** Whether this filter names the municipality by code. */
  public boolean byCode() {
    return !code.isEmpty();
  }

  /**
   * Whether a municipality with this code and name (either may be empty when unknown) is the one filtered for.
   */
  public Match test(String municipalityCode, String municipalityName) {
    if (byCode()) {
      String c = municipalityCode == null ? "" : normaliseCode(municipalityCode.strip());
      return c.isEmpty() ? Match.UNKNOWN : c.equals(code) ? Match.YES : Match.NO;
    }
    String n = municipalityName == null ? "" : municipalityName.strip();
    return n.isEmpty() ? Match.UNKNOWN : n.equalsIgnoreCase(name) ? Match.YES : Match.NO;
  }

  /**
   * Whether a feature with this municipality code and name (either may be empty) is kept: it lies in the
   * municipality filtered for.
   *
   * @throws IllegalArgumentException when the feature does not name the municipality the way this filter needs
   *     (by code or by name); callers wrap it in a {@link DataFileException} naming the file and feature
   */
  public boolean keeps(String municipalityCode, String municipalityName) {
    Match match = test(municipalityCode, municipalityName);
    if (match == Match.UNKNOWN) {
      throw new IllegalArgumentException("cannot tell whether it lies in municipality " + this
          + ": it names no municipality " + (byCode() ? "code (gemeentecode, GM_CODE, gme_id or a CBS code)"
          : "name (gemeentenaam, GM_NAAM, gme_naam); filter by code (GM0074) instead"));
    }
    return match == Match.YES;
  }

  /** Whether a feature, its properties looked up by lower-case name, lies in the municipality filtered for. */
  public Match test(Function<String, String> properties) {
    return test(municipalityCode(properties), FieldLookup.first(properties, NAME_FIELDS));
  }

  /** The municipality code a feature names, {@code GM0074}, or empty. */
  public static String municipalityCode(Function<String, String> properties) {
    String c = normaliseCode(FieldLookup.first(properties, CODE_FIELDS));
    if (!c.isEmpty()) {
      return c;
    }
    String area = FieldLookup.first(properties, AREA_CODE_FIELDS);
    return codeOfArea(area);
  }

  /** The municipality name a feature names, or empty. */
  public static String municipalityName(Function<String, String> properties) {
    return FieldLookup.first(properties, NAME_FIELDS);
  }

  /** The municipality code in a CBS buurt, wijk or gemeente code ({@code BU00740101} → {@code GM0074}), or empty. */
  public static String codeOfArea(String areaCode) {
    if (areaCode == null) {
      return "";
    }
    Matcher m = AREA_CODE.matcher(areaCode.strip());
    return m.matches() ? "GM" + m.group(1) : "";
  }

  @Override
  public String toString() {
    return byCode() ? code : name;
  }

  static String normaliseCode(String text) {
    if (text == null) {
      return "";
    }
    String t = text.strip();
    if (t.endsWith(".0")) {
      t = t.substring(0, t.length() - 2);
    }
    Matcher m = CODE.matcher(t);
    if (!m.matches()) {
      return "";
    }
    return "GM" + String.format(Locale.ROOT, "%04d", Integer.parseInt(m.group(1)));
  }
}
