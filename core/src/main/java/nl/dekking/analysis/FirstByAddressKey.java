package nl.dekking.analysis;

import java.util.List;
import java.util.Locale;
import nl.dekking.model.Address;
import nl.dekking.model.Household;

/**
 * The first household of each {@link Address#key() address key} in a list, found without making a key, a map entry
 * or a boxed position per household: open addressing over the positions, with the key's fields hashed and compared
 * as {@link Address.Key} compares them (postcode, number, letter and suffix in upper case). O(n) for n households.
 * Not thread-safe; used once per analysis.
 */
final class FirstByAddressKey {

  private final List<Household> households;
  private final int[] slots; // position + 1, or 0 for an empty slot
  private final int mask;

  FirstByAddressKey(List<Household> households) {
    this.households = households;
    int capacity = Integer.highestOneBit(Math.max(2, households.size()) * 2 - 1) << 1;
    this.slots = new int[capacity];
    this.mask = capacity - 1;
  }

  /**
   * Household {@code i}'s first position among those given so far with the same address key, or −1 when it is the
   * first (and now recorded as such). Positions must be given in ascending order.
   */
  int firstOrAdd(int i) {
    Address a = households.get(i).address();
    int h = hash(a);
    for (int s = h & mask; ; s = (s + 1) & mask) {
      int at = slots[s];
      if (at == 0) {
        slots[s] = i + 1;
        return -1;
      }
      if (sameKey(a, households.get(at - 1).address())) {
        return at - 1;
      }
    }
  }

  private static int hash(Address a) {
    int h = a.postcode().hashCode();
    h = 31 * h + a.houseNumber();
    h = 31 * h + upper(a.letter()).hashCode();
    h = 31 * h + upper(a.suffix()).hashCode();
    return h ^ (h >>> 16);
  }

  private static boolean sameKey(Address a, Address b) {
    return a.houseNumber() == b.houseNumber() && a.postcode().equals(b.postcode())
        && sameUpper(a.letter(), b.letter()) && sameUpper(a.suffix(), b.suffix());
  }

  private static boolean sameUpper(String a, String b) {
    return a.equals(b) || upper(a).equals(upper(b));
  }

  private static String upper(String s) {
    return s.isEmpty() ? s : s.toUpperCase(Locale.ROOT);
  }
}
