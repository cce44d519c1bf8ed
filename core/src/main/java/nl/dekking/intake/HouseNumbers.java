package nl.dekking.intake;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dekking.model.Address;

/**
 * One item of the house numbers after a street name, as people write them: a range {@code "2-40 even"},
 * {@code "1–15 (oneven)"}, {@code "10-20"}, or one address {@code "12"}, {@code "12a"}, {@code "14-2"}.
 *
 * <p>A range takes every address whose house number lies in it (and has the parity, when one is named), whatever
 * its letter or suffix. A single number without letter or suffix is the range of that one number. A number with a
 * letter takes that letter (any suffix); with a suffix, that suffix. {@code "14-2"} with a hyphen and a second
 * number smaller than the first is number 14 with suffix 2 (the report's form); with an en dash it is always a
 * range.
 *
 * @param text the item as written
 * @param from the first house number
 * @param to the last house number, {@code >= from}
 * @param parity which numbers in the range count
 * @param letter the house letter asked for, if any
 * @param suffix the suffix asked for, if any
 */
record HouseNumbers(String text, int from, int to, Parity parity, Optional<String> letter, Optional<String> suffix) {

  /** Which numbers of a range count. */
  enum Parity { ALL, ODD, EVEN }

  private static final Pattern RANGE = Pattern.compile(
      "(\\d{1,5})\\s*([\\-\u2013\u2014]|t/m|tot en met)\\s*(\\d{1,5})\\s*(?:\\(?\\s*(even|oneven|odd|alle|all)\\s*\\)?)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SINGLE = Pattern.compile(
      "(\\d{1,5})\\s*([a-zA-Z])?(?:\\s*-\\s*([A-Za-z0-9]{1,4}))?(?:\\s*\\(?\\s*(even|oneven|odd)\\s*\\)?)?",
      Pattern.CASE_INSENSITIVE);

  HouseNumbers {
    requireNonNull(text, "text");
    requireNonNull(parity, "parity");
    requireNonNull(letter, "letter");
    requireNonNull(suffix, "suffix");
    if (from < 1 || to < from) {
      throw new IllegalArgumentException("house numbers must run from 1 upwards, was " + from + "–" + to + " (" + text + ")");
    }
  }

  /** Whether this item takes the address. */
  boolean matches(Address a) {
    int n = a.houseNumber();
    if (n < from || n > to) {
      return false;
    }
    if (parity == Parity.ODD && n % 2 == 0 || parity == Parity.EVEN && n % 2 == 1) {
      return false;
    }
    if (letter.isPresent() && !letter.get().equalsIgnoreCase(a.letter())) {
      return false;
    }
    if (suffix.isPresent()) {
      if (!suffix.get().equalsIgnoreCase(a.suffix())) {
        return false;
      }
      return letter.isPresent() || a.letter().isEmpty();
    }
    return true;
  }

  /**
   * The items of a house-number text ({@code "1–15 (oneven), 2–8 (even), 12a"}); empty text is no items.
   *
   * @throws IllegalArgumentException naming the item that cannot be read
   */
  static List<HouseNumbers> parse(String numbers) {
    List<HouseNumbers> items = new ArrayList<>();
    for (String raw : numbers.split("[,;&]|\\s+en\\s+")) {
      String item = raw.strip();
      if (item.isEmpty()) {
        continue;
      }
      Optional<HouseNumbers> parsed = parseItem(item);
      if (parsed.isEmpty()) {
        throw new IllegalArgumentException("'" + item + "' is geen huisnummer of reeks zoals 12, 12a, 2-40 even of 1–15 (oneven)");
      }
      items.add(parsed.get());
    }
    return items;
  }

  static Optional<HouseNumbers> parseItem(String item) {
    Matcher m = RANGE.matcher(item);
    if (m.matches()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      boolean hyphen = m.group(2).equals("-");
      if (!(hyphen && b <= a && m.group(4) == null)) {
        if (b < a || a < 1) {
          return Optional.empty();
        }
        return Optional.of(new HouseNumbers(item, a, b, parity(m.group(4)), Optional.empty(), Optional.empty()));
      }
    }
    Matcher s = SINGLE.matcher(item);
    if (s.matches()) {
      int n = Integer.parseInt(s.group(1));
      if (n < 1) {
        return Optional.empty();
      }
      return Optional.of(new HouseNumbers(item, n, n, parity(s.group(4)), Optional.ofNullable(s.group(2)),
          Optional.ofNullable(s.group(3))));
    }
    return Optional.empty();
  }

  private static Parity parity(String word) {
    if (word == null) {
      return Parity.ALL;
    }
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "even" -> Parity.EVEN;
      case "oneven", "odd" -> Parity.ODD;
      default -> Parity.ALL;
    };
  }

  @Override
  public String toString() {
    return text;
  }
}
