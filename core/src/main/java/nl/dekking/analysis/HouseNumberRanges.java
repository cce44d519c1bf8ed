package nl.dekking.analysis;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import nl.dekking.model.Address;

/**
 * Compresses house numbers into readable ranges, as a Dutch municipality writes them:
 * {@code "1–15 (oneven), 2–8 (even), 12a"}.
 *
 * <p>Algorithm: plain numbers (no letter, no suffix) are split into odd and even; within each, a run of numbers
 * two apart ({@code 1, 3, 5}) of two or more numbers becomes a range {@code "1–5 (oneven)"} with an en dash and the
 * parity word; a number alone is written alone ({@code "9"}). Odd items come first, then even items, each in
 * ascending order, then every number with a letter or suffix individually ({@code "12a"}, {@code "14-2"}) in order
 * of number, letter and suffix (numeric suffixes numerically: 99-2 before 99-10). Repeated numbers are listed once. O(n log n). Thread-safe and stateless.
 */
public final class HouseNumberRanges {

  /** The en dash between the ends of a range. */
  public static final char DASH = '\u2013';

  private static final Comparator<Address> LETTERED = (a, b) -> {
    int c = Integer.compare(a.houseNumber(), b.houseNumber());
    if (c == 0) {
      c = a.letter().compareToIgnoreCase(b.letter());
    }
    return c != 0 ? c : compareSuffixes(a.suffix(), b.suffix());
  };

  private HouseNumberRanges() {
  }

  /** The house numbers of these addresses as readable ranges in this language; empty text for no addresses. */
  public static String format(Collection<Address> addresses, Language language) {
    requireNonNull(addresses, "addresses");
    requireNonNull(language, "language");
    int[] odd = new int[addresses.size()];
    int[] even = new int[addresses.size()];
    int odds = 0;
    int evens = 0;
    TreeSet<Address> lettered = null;
    for (Address a : addresses) {
      if (!a.letter().isEmpty() || !a.suffix().isEmpty()) {
        if (lettered == null) {
          lettered = new TreeSet<>(LETTERED);
        }
        lettered.add(a);
      } else if (a.houseNumber() % 2 == 1) {
        odd[odds++] = a.houseNumber();
      } else {
        even[evens++] = a.houseNumber();
      }
    }
    List<String> items = new ArrayList<>();
    Arrays.sort(odd, 0, odds);
    Arrays.sort(even, 0, evens);
    runs(odd, odds, language.odd(), items);
    runs(even, evens, language.even(), items);
    if (lettered == null) {
      return String.join(", ", items);
    }
    TreeSet<String> seen = new TreeSet<>();
    for (Address a : lettered) {
      String s = a.houseNumberDisplay();
      if (seen.add(s.toLowerCase(java.util.Locale.ROOT))) {
        items.add(s);
      }
    }
    return String.join(", ", items);
  }

  /** The house numbers in Dutch. */
  public static String format(Collection<Address> addresses) {
    return format(addresses, Language.NL);
  }

  /** Numeric suffixes in numeric order (2 before 10), then others case-insensitively. */
  static int compareSuffixes(String a, String b) {
    boolean an = !a.isEmpty() && a.chars().allMatch(Character::isDigit);
    boolean bn = !b.isEmpty() && b.chars().allMatch(Character::isDigit);
    if (an && bn) {
      return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
    }
    return a.compareToIgnoreCase(b);
  }

  /** Runs of ascending numbers (repeats listed once) two apart become ranges. */
  private static void runs(int[] numbers, int count, String word, List<String> out) {
    int k = 0;
    while (k < count) {
      int start = numbers[k];
      int previous = start;
      k++;
      while (k < count && (numbers[k] == previous || numbers[k] == previous + 2)) {
        previous = numbers[k];
        k++;
      }
      out.add(item(start, previous, word));
    }
  }

  private static String item(int from, int to, String word) {
    return from == to ? Integer.toString(from) : from + String.valueOf(DASH) + to + " (" + word + ")";
  }
}
