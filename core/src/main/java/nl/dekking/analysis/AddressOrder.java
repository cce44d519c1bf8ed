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
    int[] order = byKey(households, place, street);
    List<Household> out = new ArrayList<>(n);
    for (int i : order) {
      out.add(households.get(i));
    }
    return out;
  }

  /**
   * The indices in order of place, street and number (as longs: the pair's rank, the number, the index, sorted as
   * primitives), each run of equal place, street and number then sorted with the full comparator, stably; boxed
   * with the comparator when the three do not fit in a long.
   */
  private static int[] byKey(List<Household> households, int[] place, int[] street) {
    int n = households.size();
    int[] order = new int[n];
    int places = 0;
    int streets = 0;
    int maxNumber = 0;
    for (int i = 0; i < n; i++) {
      places = Math.max(places, place[i] + 1);
      streets = Math.max(streets, street[i] + 1);
      maxNumber = Math.max(maxNumber, households.get(i).address().houseNumber());
    }
    int pairBits = bits((long) places * streets);
    int numberBits = bits(maxNumber + 1L);
    int indexBits = bits(n);
    if (pairBits + numberBits + indexBits > 63) {
      Integer[] boxed = new Integer[n];
      for (int i = 0; i < n; i++) {
        boxed[i] = i;
      }
      Arrays.sort(boxed, (a, b) -> {
        int c = Integer.compare(place[a], place[b]);
        if (c == 0) {
          c = Integer.compare(street[a], street[b]);
        }
        if (c == 0) {
          c = Integer.compare(households.get(a).address().houseNumber(), households.get(b).address().houseNumber());
        }
        return c != 0 ? c : HOUSEHOLDS.compare(households.get(a), households.get(b));
      });
      for (int i = 0; i < n; i++) {
        order[i] = boxed[i];
      }
      return order;
    }
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      long pair = (long) place[i] * streets + street[i];
      keys[i] = ((pair << numberBits | households.get(i).address().houseNumber()) << indexBits) | i;
    }
    Arrays.sort(keys);
    long indexMask = (1L << indexBits) - 1;
    for (int k = 0; k < n; k++) {
      order[k] = (int) (keys[k] & indexMask);
    }
    // runs of one place, street and number (letters, suffixes, duplicates) in full address order
    int start = 0;
    for (int k = 1; k <= n; k++) {
      if (k == n || keys[k] >>> indexBits != keys[start] >>> indexBits) {
        if (k - start > 1) {
          Integer[] run = new Integer[k - start];
          for (int j = start; j < k; j++) {
            run[j - start] = order[j];
          }
          Arrays.sort(run, (a, b) -> HOUSEHOLDS.compare(households.get(a), households.get(b)));
          for (int j = start; j < k; j++) {
            order[j] = run[j - start];
          }
        }
        start = k;
      }
    }
    return order;
  }

  /** The bits needed for values below {@code bound} (at least 1). */
  private static int bits(long bound) {
    return Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(0, bound - 1)));
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
