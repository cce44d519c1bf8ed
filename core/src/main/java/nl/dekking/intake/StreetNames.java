package nl.dekking.intake;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How street and place names are compared: case, diacritics, spacing and the kind of apostrophe do not matter
 * ({@code "Mekelweg"}, {@code "mekel weg"} and {@code "Mékelweg"} are one street), and which known names are close
 * to an unknown one (Levenshtein distance on the compared form). Stateless; thread-safe.
 */
final class StreetNames {

  private StreetNames() {
  }

  /** The form in which names are compared. */
  static String key(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK || Character.isWhitespace(c) || c == '\u00a0') {
        continue;
      }
      if (c == '\u2019' || c == '\u2018' || c == '`' || c == '\u00b4') {
        c = '\'';
      }
      sb.append(Character.toLowerCase(c));
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /** Up to three of the known names closest to an unknown one, closest first; empty when none is close. */
  static List<String> closest(String unknown, Collection<String> known) {
    String k = key(unknown);
    int limit = Math.max(2, k.length() / 3);
    record Scored(String name, int distance) {
    }
    List<Scored> scored = new ArrayList<>();
    for (String name : known) {
      String nk = key(name);
      int d = distance(k, nk);
      if (d <= limit || (k.length() >= 4 && nk.startsWith(k))) {
        scored.add(new Scored(name, d));
      }
    }
    scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name));
    return scored.stream().limit(3).map(Scored::name).toList();
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }

  /** "A", "A of B", "A, B of C". */
  static String either(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " of " + names.get(names.size() - 1);
  }
}
