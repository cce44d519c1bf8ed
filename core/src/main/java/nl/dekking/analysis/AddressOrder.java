package nl.dekking.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.dekking.model.Household;
import nl.dekking.model.HouseholdList;

/** The order of households in every report list: place, street, number, letter, suffix, postcode, then id and point. */
final class AddressOrder {

  static final Comparator<Household> HOUSEHOLDS = Household.ADDRESS_ORDER;

  private AddressOrder() {
  }

  /**
   * The households sorted by {@link #HOUSEHOLDS}. Faster than sorting with the comparator: a first pass sorts on a
   * key of place, street (each lower case, {@link Locale#ROOT}) and number, and only households with equal keys are
   * compared with the full comparator. Places and streets repeat, so each distinct spelling is lower-cased once and
   * replaced by its rank among the distinct lower-case spellings: the key compares as three ints.
   */
  static List<Household> sorted(List<Household> given) {
    // households in columns make a record per get: made once here, not in every comparison
    List<Household> households = given instanceof HouseholdList ? new ArrayList<>(given) : given;
    int n = households.size();
    int[] place = new int[n];
    int[] street = new int[n];
    ranks(households, true, place);
    ranks(households, false, street);
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> {
      int c = Integer.compare(place[a], place[b]);
      if (c == 0) {
        c = Integer.compare(street[a], street[b]);
      }
      if (c == 0) {
        c = Integer.compare(households.get(a).address().houseNumber(), households.get(b).address().houseNumber());
      }
      return c != 0 ? c : HOUSEHOLDS.compare(households.get(a), households.get(b));
    });
    List<Household> out = new ArrayList<>(n);
    for (int i : order) {
      out.add(households.get(i));
    }
    return out;
  }

  /**
   * Writes into {@code out} each household's rank of its place (or street) lower-cased: equal lower-case spellings
   * get equal ranks, and ranks follow {@link String#compareTo} of the lower-case spellings.
   */
  private static void ranks(List<Household> households, boolean place, int[] out) {
    Map<String, Integer> code = new HashMap<>();
    List<String> lower = new ArrayList<>();
    String last = null;
    int lastCode = -1;
    for (int i = 0; i < out.length; i++) {
      String s = place ? households.get(i).address().place() : households.get(i).address().street();
      if (!s.equals(last)) { // datasets list a street's addresses together: most strings repeat the previous one
        Integer c = code.get(s);
        if (c == null) {
          c = lower.size();
          code.put(s, c);
          lower.add(s.toLowerCase(Locale.ROOT));
        }
        last = s;
        lastCode = c;
      }
      out[i] = lastCode;
    }
    Integer[] byLower = new Integer[lower.size()];
    for (int c = 0; c < byLower.length; c++) {
      byLower[c] = c;
    }
    Arrays.sort(byLower, Comparator.comparing(lower::get));
    int[] rank = new int[byLower.length];
    for (int r = 0, k = 0; k < byLower.length; k++) {
      if (k > 0 && !lower.get(byLower[k]).equals(lower.get(byLower[k - 1]))) {
        r++;
      }
      rank[byLower[k]] = r;
    }
    for (int i = 0; i < out.length; i++) {
      out[i] = rank[out[i]];
    }
  }
}
