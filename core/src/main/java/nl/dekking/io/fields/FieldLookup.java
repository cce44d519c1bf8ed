package nl.dekking.io.fields;

import nl.dekking.io.MunicipalityFilter;
import java.util.List;
import java.util.function.Function;

/**
 * Finds a field of a feature under the names the Dutch sources give it: the first name in a list whose value is
 * present and not blank. The one lookup behind {@link AddressFields}, {@link StreetFields},
 * {@link NeighbourhoodFields} and {@link MunicipalityFilter}; O(names) lookups. Thread-safe and stateless.
 */
public final class FieldLookup {

  private FieldLookup() {
  }

  /**
   * The stripped value of the first of these names that is present and not blank, or empty.
   *
   * @param properties a feature's properties by lower-case name, null or blank when missing
   */
  public static String first(Function<String, String> properties, List<String> names) {
    for (String n : names) {
      String v = properties.apply(n);
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return "";
  }

  /**
   * As {@link #first}, but a field that must be there.
   *
   * @throws IllegalArgumentException {@code missing <what> (looked for <names>)}
   */
  public static String required(Function<String, String> properties, List<String> names, String what) {
    String v = first(properties, names);
    if (v.isEmpty()) {
      throw missing(what, names);
    }
    return v;
  }

  /** The error for a field found under none of its names. */
  public static IllegalArgumentException missing(String what, List<String> names) {
    return new IllegalArgumentException("missing " + what + " (looked for " + String.join(", ", names) + ")");
  }
}
