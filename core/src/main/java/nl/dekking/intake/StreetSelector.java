package nl.dekking.intake;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.dekking.model.Household;

/**
 * Reads street lists as people write them against the addresses of a town and answers which households they name.
 *
 * <pre>{@code
 * StreetSelector selector = StreetSelector.of(households);
 * List<Household> listed = selector.select(List.of("Mekelweg 2-40 even", "Jaffalaan 12a"), Optional.of("Delft"));
 * }</pre>
 *
 * <p>A line is a street name, optionally followed by house numbers ({@link HouseNumbers}): {@code "Mekelweg"}
 * (every address on it), {@code "Mekelweg 2-40 even"}, {@code "Mekelweg 1-99 oneven"}, {@code "Mekelweg 10-20"},
 * {@code "Jaffalaan 12a"}, and the report's own form {@code "Dorpsstraat 1–15 (oneven), 2–8 (even)"}. Street and
 * place names match regardless of case, diacritics and spacing. Without a woonplaats, a street name must be known in
 * exactly one place. Every problem of every line is collected and refused together: an unknown street with the
 * closest names ({@code "Mekelwg: geen straat in Delft; bedoelt u Mekelweg?"}), numbers that match no address, a
 * street in several places.
 *
 * <p>Building is O(n); a selection O(addresses on the named streets). Thread-safe and immutable.
 */
public final class StreetSelector {

  private record Street(String name, String place, List<Household> households) {
  }

  /** place key → street key → street. */
  private final Map<String, Map<String, Street>> places;
  private final Map<String, String> placeNames;

  private StreetSelector(Map<String, Map<String, Street>> places, Map<String, String> placeNames) {
    this.places = places;
    this.placeNames = placeNames;
  }

  /** A selector over these households (the addresses of a town or municipality). */
  public static StreetSelector of(Collection<Household> households) {
    requireNonNull(households, "households");
    Map<String, Map<String, Street>> places = new TreeMap<>();
    Map<String, String> placeNames = new TreeMap<>();
    for (Household h : households) {
      String placeKey = StreetNames.key(h.address().place());
      placeNames.putIfAbsent(placeKey, h.address().place());
      Map<String, Street> streets = places.computeIfAbsent(placeKey, k -> new TreeMap<>());
      streets.computeIfAbsent(StreetNames.key(h.address().street()),
          k -> new Street(h.address().street(), h.address().place(), new ArrayList<>())).households().add(h);
    }
    return new StreetSelector(places, placeNames);
  }

  /**
   * The households these street lines name, each once, in the order of the lines and then of the households.
   *
   * @param lines the street lines, at least one
   * @param place the woonplaats, when given; without it each street must be known in one place only
   * @throws IllegalArgumentException listing every line that names no street, no address or an ambiguous street
   */
  public List<Household> select(List<String> lines, Optional<String> place) {
    requireNonNull(lines, "lines");
    requireNonNull(place, "place");
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("geen straten opgegeven");
    }
    List<String> placeKeys = placeKeys(place);
    Map<Household, Boolean> selected = new HashMap<>();
    List<Household> result = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String line : lines) {
      try {
        for (Household h : selectLine(line.strip(), placeKeys, place)) {
          if (selected.put(h, Boolean.TRUE) == null) {
            result.add(h);
          }
        }
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems));
    }
    return result;
  }

  private List<String> placeKeys(Optional<String> place) {
    if (place.isEmpty()) {
      return List.copyOf(places.keySet());
    }
    String key = StreetNames.key(place.get());
    if (!places.containsKey(key)) {
      List<String> close = StreetNames.closest(place.get(), placeNames.values());
      throw new IllegalArgumentException(place.get() + ": geen woonplaats in de adressen"
          + (close.isEmpty() ? " (wel: " + StreetNames.either(List.copyOf(placeNames.values())) + ")"
              : "; bedoelt u " + StreetNames.either(close) + "?"));
    }
    return List.of(key);
  }

  private List<Household> selectLine(String line, List<String> placeKeys, Optional<String> place) {
    if (line.isEmpty()) {
      throw new IllegalArgumentException("lege straatregel");
    }
    Optional<Street> whole = street(line, placeKeys, line);
    if (whole.isPresent()) {
      return whole.get().households();
    }
    String unknown = null;
    for (int i = 1; i < line.length(); i++) {
      if (Character.isDigit(line.charAt(i)) && Character.isWhitespace(line.charAt(i - 1))) {
        String name = trimName(line.substring(0, i));
        if (unknown == null) {
          unknown = name;
        }
        Optional<Street> street = street(name, placeKeys, line);
        if (street.isPresent()) {
          return numbers(street.get(), line, line.substring(i));
        }
      }
    }
    String name = unknown == null ? line : unknown;
    TreeSet<String> known = new TreeSet<>();
    for (String p : placeKeys) {
      for (Street s : places.get(p).values()) {
        known.add(s.name());
      }
    }
    List<String> close = StreetNames.closest(name, known);
    String where = place.isPresent() ? placeNames.get(placeKeys.get(0)) : (placeKeys.size() <= 3
        ? StreetNames.either(placeKeys.stream().map(placeNames::get).toList()) : "deze adressen");
    return failWith(name + ": geen straat in " + where + (close.isEmpty() ? "" : "; bedoelt u " + StreetNames.either(close) + "?"));
  }

  private static <T> T failWith(String message) {
    throw new IllegalArgumentException(message);
  }

  private static String trimName(String s) {
    String t = s.strip();
    while (!t.isEmpty() && (t.endsWith(",") || t.endsWith(":"))) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t;
  }

  private Optional<Street> street(String name, List<String> placeKeys, String line) {
    String key = StreetNames.key(name);
    List<Street> found = new ArrayList<>();
    for (String p : placeKeys) {
      Street s = places.get(p).get(key);
      if (s != null) {
        found.add(s);
      }
    }
    if (found.size() > 1) {
      throw new IllegalArgumentException(line + ": " + found.get(0).name() + " ligt in "
          + StreetNames.either(found.stream().map(Street::place).toList()) + "; geef de woonplaats op (--woonplaats)");
    }
    return found.stream().findFirst();
  }

  private static List<Household> numbers(Street street, String line, String numbers) {
    List<HouseNumbers> items;
    try {
      items = HouseNumbers.parse(numbers);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(line + ": " + e.getMessage(), e);
    }
    Map<HouseNumbers, List<Household>> taken = new LinkedHashMap<>();
    for (HouseNumbers item : items) {
      taken.put(item, new ArrayList<>());
    }
    for (Household h : street.households()) {
      for (HouseNumbers item : items) {
        if (item.matches(h.address())) {
          taken.get(item).add(h);
        }
      }
    }
    List<String> empty = new ArrayList<>();
    List<Household> result = new ArrayList<>();
    for (Map.Entry<HouseNumbers, List<Household>> e : taken.entrySet()) {
      if (e.getValue().isEmpty()) {
        empty.add(street.name() + " " + e.getKey().text());
      }
      result.addAll(e.getValue());
    }
    if (!empty.isEmpty()) {
      throw new IllegalArgumentException(String.join(", ", empty) + ": geen adres met " + (empty.size() == 1 ? "dit nummer" : "deze nummers")
          + " in " + street.place());
    }
    return result;
  }
}
