package nl.dekking.lookup;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import nl.dekking.model.Address;

/**
 * An address as a person types it, parsed into its BAG key: postcode, house number, house letter and suffix
 * (huisnummertoevoeging).
 *
 * <p>Accepted forms: the postcode with or without a space and in any case, then the house number, then an optional
 * letter and an optional suffix, separated by nothing, spaces or a dash: {@code "2628 bx 12"}, {@code "2628BX 12a"},
 * {@code "2628BX 12-2"}, {@code "2628 BX 12 A"}, {@code "2628BX12A-2"}, {@code "2628bx, 12 bis"}. A single letter
 * directly after the number is the house letter; anything else after it (digits, several letters, or a letter after
 * a dash) is the suffix. Whether {@code "12 A"} means letter A or suffix A cannot be told from the text alone:
 * {@link AddressLookup} tries the other reading when the first finds nothing ({@link #alternative()}).
 *
 * <p>Parsing is a single pass over the characters, with no regular expression. Thread-safe and immutable.
 *
 * @param postcode the postcode, {@code 1234AB}
 * @param houseNumber the house number, 1 to 99999
 * @param letter the house letter in upper case, or empty
 * @param suffix the suffix in upper case, or empty
 */
public record AddressQuery(String postcode, int houseNumber, String letter, String suffix) {

  public AddressQuery {
    requireNonNull(postcode, "postcode");
    requireNonNull(letter, "letter");
    requireNonNull(suffix, "suffix");
    postcode = postcode.replace(" ", "").toUpperCase(Locale.ROOT);
    letter = letter.strip().toUpperCase(Locale.ROOT);
    suffix = suffix.strip().toUpperCase(Locale.ROOT);
    if (!isPostcode(postcode)) {
      throw new IllegalArgumentException("postcode must look like 1234AB, was '" + postcode + "'");
    }
    if (houseNumber < 1 || houseNumber > 99_999) {
      throw new IllegalArgumentException("house number must be 1 to 99999, was " + houseNumber + " (" + postcode + ")");
    }
    if (letter.length() > 1 || (letter.length() == 1 && !isAsciiLetter(letter.charAt(0)))) {
      throw new IllegalArgumentException("house letter must be one letter, was '" + letter + "' (" + postcode + " "
          + houseNumber + ")");
    }
    if (suffix.length() > 4 || !isAlphanumeric(suffix)) {
      throw new IllegalArgumentException("house-number suffix must be 1 to 4 letters or digits, was '" + suffix
          + "' (" + postcode + " " + houseNumber + ")");
    }
  }

  /** The query for an address's own key. */
  public static AddressQuery of(Address address) {
    requireNonNull(address, "address");
    return new AddressQuery(address.postcode(), address.houseNumber(), address.letter(), address.suffix());
  }

  /**
   * Parses an address as typed.
   *
   * @throws IllegalArgumentException when the text is not a postcode and house number, with what was expected
   */
  public static AddressQuery parse(String text) {
    requireNonNull(text, "text");
    int n = text.length();
    int i = skipSpace(text, 0);
    // postcode: four digits, the first not 0, optional spaces, two letters
    if (i + 4 > n || !isPostcodeDigits(text, i)) {
      throw notAnAddress(text, "a postcode (1234 AB) first");
    }
    char[] pc = new char[6];
    text.getChars(i, i + 4, pc, 0);
    i = skipSpace(text, i + 4);
    if (i + 2 > n || !isAsciiLetter(text.charAt(i)) || !isAsciiLetter(text.charAt(i + 1))) {
      throw notAnAddress(text, "two letters after the postcode's digits");
    }
    pc[4] = Character.toUpperCase(text.charAt(i));
    pc[5] = Character.toUpperCase(text.charAt(i + 1));
    i += 2;
    if (i < n && isAsciiLetter(text.charAt(i))) {
      throw notAnAddress(text, "two letters after the postcode's digits");
    }
    i = skipSeparators(text, i);
    // house number
    int number = 0;
    int digits = 0;
    while (i < n && isDigit(text.charAt(i))) {
      number = number * 10 + (text.charAt(i) - '0');
      if (++digits > 5) {
        throw notAnAddress(text, "a house number of at most 5 digits");
      }
      i++;
    }
    if (digits == 0 || number == 0) {
      throw notAnAddress(text, "a house number after the postcode");
    }
    // letter: one letter right after the number, or after spaces, not followed by another letter or digit
    String letter = "";
    int afterNumber = i;
    int j = skipSpace(text, i);
    if (j < n && isAsciiLetter(text.charAt(j)) && (j + 1 >= n || !isAlphanumeric(text.charAt(j + 1)))) {
      letter = String.valueOf(Character.toUpperCase(text.charAt(j)));
      i = j + 1;
    } else {
      i = afterNumber;
    }
    // suffix: the rest, after spaces or a dash
    int k = skipSeparators(text, i);
    int end = n;
    while (end > k && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    String suffix = text.substring(k, end);
    if (!suffix.isEmpty() && (suffix.length() > 4 || !isAlphanumeric(suffix))) {
      throw notAnAddress(text, "at most a house letter and a suffix of 1 to 4 letters or digits after the number");
    }
    return new AddressQuery(new String(pc), number, letter, suffix);
  }

  /** Whether the text parses as an address. */
  public static boolean isAddress(String text) {
    try {
      parse(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * The other reading of an ambiguous query, or this query: a lone letter read as the letter becomes the suffix and
   * a lone one-letter suffix becomes the letter ({@code "12 A"}, {@code "12-A"}).
   */
  public AddressQuery alternative() {
    if (suffix.isEmpty() && !letter.isEmpty()) {
      return new AddressQuery(postcode, houseNumber, "", letter);
    }
    if (letter.isEmpty() && suffix.length() == 1 && isAsciiLetter(suffix.charAt(0))) {
      return new AddressQuery(postcode, houseNumber, suffix, "");
    }
    return this;
  }

  /** The BAG key this query names. */
  public Address.Key key() {
    return new Address.Key(postcode, houseNumber, letter, suffix);
  }

  /** The compact form used in links: {@code 2628BX12}, {@code 2628BX12A}, {@code 2628BX12-2}. */
  public String compact() {
    return postcode + houseNumber + letter + (suffix.isEmpty() ? "" : "-" + suffix);
  }

  @Override
  public String toString() {
    return postcode + " " + houseNumber + letter + (suffix.isEmpty() ? "" : "-" + suffix);
  }

  private static IllegalArgumentException notAnAddress(String text, String expected) {
    return new IllegalArgumentException("not an address: expected " + expected + ", got '" + text.strip() + "'");
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipSeparators(String s, int i) {
    while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '-' || s.charAt(i) == ','
        || s.charAt(i) == '/')) {
      i++;
    }
    return i;
  }

  private static boolean isPostcodeDigits(String s, int i) {
    return s.charAt(i) >= '1' && s.charAt(i) <= '9' && isDigit(s.charAt(i + 1)) && isDigit(s.charAt(i + 2))
        && isDigit(s.charAt(i + 3));
  }

  static boolean isPostcode(String s) {
    return s.length() == 6 && isPostcodeDigits(s, 0) && isAsciiLetter(s.charAt(4)) && isAsciiLetter(s.charAt(5));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static boolean isAlphanumeric(char c) {
    return isDigit(c) || isAsciiLetter(c);
  }

  private static boolean isAlphanumeric(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isAlphanumeric(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
