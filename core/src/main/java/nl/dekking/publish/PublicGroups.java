package nl.dekking.publish;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.dekking.analysis.HouseNumberRanges;
import nl.dekking.analysis.Language;
import nl.dekking.index.CoverageMap;
import nl.dekking.lookup.AddressLookup;
import nl.dekking.model.Address;
import nl.dekking.model.Household;
import nl.dekking.model.PublicGroup;
import nl.dekking.report.map.GroupPalette;

/**
 * The public view of every group of a lookup's map, with the streets each covers in the report's form: a street
 * the group covers wholly by its name ({@code "Karweg"}), a street it covers partly with the house numbers it
 * covers ({@code "Karweg 2–18 (even)"}, by {@link HouseNumberRanges}); where the households lie in more than one
 * place, the place follows in brackets. Colours come from {@link GroupPalette} in id order, as in the report.
 *
 * <p>A household on the shared edge of two groups counts for both (as the lookup answers). Linear in the number of
 * households plus sorting the streets. Stateless and thread-safe.
 */
public final class PublicGroups {

  private PublicGroups() {
  }

  /** The public view of the groups of {@code lookup}'s map in id order, with streets in this language. */
  public static List<PublicGroup> of(AddressLookup lookup, String municipalityContact, Language language) {
    requireNonNull(lookup, "lookup");
    requireNonNull(language, "language");
    CoverageMap map = lookup.map();
    List<Household> households = lookup.households();
    Map<StreetKey, Integer> streetTotals = new HashMap<>();
    Set<String> places = new HashSet<>();
    List<Map<StreetKey, List<Address>>> covered = new ArrayList<>(map.size());
    for (int o = 0; o < map.size(); o++) {
      covered.add(new TreeMap<>());
    }
    for (int i = 0; i < households.size(); i++) {
      Address a = households.get(i).address();
      StreetKey key = new StreetKey(a.street(), a.place());
      streetTotals.merge(key, 1, Integer::sum);
      places.add(a.place());
      for (PublicGroup g : lookup.groupsOf(i)) {
        covered.get(map.ordinalOf(g.id())).computeIfAbsent(key, k -> new ArrayList<>()).add(a);
      }
    }
    boolean severalPlaces = places.size() > 1;
    List<PublicGroup> result = new ArrayList<>(map.size());
    for (int o = 0; o < map.size(); o++) {
      List<String> streets = new ArrayList<>();
      for (Map.Entry<StreetKey, List<Address>> e : covered.get(o).entrySet()) {
        StreetKey key = e.getKey();
        String line = key.street();
        if (e.getValue().size() < streetTotals.get(key)) {
          line += " " + HouseNumberRanges.format(e.getValue(), language);
        }
        streets.add(severalPlaces ? line + " (" + key.place() + ")" : line);
      }
      result.add(PublicGroup.of(map.group(o), streets, GroupPalette.colour(o), municipalityContact));
    }
    return result;
  }

  private record StreetKey(String street, String place) implements Comparable<StreetKey> {
    @Override
    public int compareTo(StreetKey other) {
      int c = street.compareTo(other.street);
      return c != 0 ? c : place.compareTo(other.place);
    }
  }
}
