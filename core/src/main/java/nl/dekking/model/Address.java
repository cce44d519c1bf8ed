package nl.dekking.model;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * A BAG-style Dutch address: street (openbare ruimte), house number, optional house letter and suffix
 * (huisletter, huisnummertoevoeging), postcode and place (woonplaats).
 *
 * <p>The {@linkplain #key() unique key} is postcode + house number + letter + suffix, as in the BAG; letters and
 * suffixes compare case-insensitively. The {@linkplain #display() display form} is {@code "Dorpsstraat 12a-2,
 * Otterlo"}. Absent letters and suffixes are empty strings, never {@code null}.
 *
 * @param street the street name, not blank
 * @param houseNumber the house number, 1 to 99999 as in the BAG
 * @param letter the house letter, empty or one letter
 * @param suffix the house-number suffix (toevoeging), empty or up to four letters or digits
 * @param postcode the postcode, {@code 1234AB} (a space is accepted and removed)
 * @param place the place (woonplaats), not blank
 */
public record Address(String street, int houseNumber, String letter, String suffix, String postcode, String place) {


  public Address {
    street = requireText(street, "address street");
    place = requireText(place, "address place");
    letter = letter == null ? "" : Text.requirePlain(letter, "address letter").strip();
    suffix = suffix == null ? "" : Text.requirePlain(suffix, "address suffix").strip();
    requireNonNull(postcode, "postcode");
    postcode = postcode.replace(" ", "").toUpperCase(Locale.ROOT);
    if (houseNumber < 1 || houseNumber > 99_999) {
      throw new IllegalArgumentException("house number must be 1 to 99999, was " + houseNumber + " (" + street + ", " + place + ")");
    }
    if (letter.length() > 1 || (letter.length() == 1 && !Character.isLetter(letter.charAt(0)))) {
      throw new IllegalArgumentException("house letter must be a single letter, was '" + letter + "' (" + street + " " + houseNumber + ", " + place + ")");
    }
    if (!suffix.isEmpty() && !isSuffix(suffix)) {
      throw new IllegalArgumentException("house-number suffix must be 1 to 4 letters or digits, was '" + suffix + "' (" + street + " " + houseNumber + ", " + place + ")");
    }
    if (!isPostcode(postcode)) {
      throw new IllegalArgumentException("postcode must look like 1234AB, was '" + postcode + "' (" + street + " " + houseNumber + ", " + place + ")");
    }
  }

  /** An address without letter or suffix. */
  public static Address of(String street, int houseNumber, String postcode, String place) {
    return new Address(street, houseNumber, "", "", postcode, place);
  }

  /** The BAG unique key: postcode + house number + letter + suffix, letters in upper case. */
  public Key key() {
    return new Key(postcode, houseNumber, letter.toUpperCase(Locale.ROOT), suffix.toUpperCase(Locale.ROOT));
  }

  /** The house number with letter and suffix: {@code 12a-2}. */
  public String houseNumberDisplay() {
    StringBuilder sb = new StringBuilder().append(houseNumber).append(letter);
    if (!suffix.isEmpty()) {
      sb.append('-').append(suffix);
    }
    return sb.toString();
  }

  /** The display form: {@code Dorpsstraat 12a-2, Otterlo}. */
  public String display() {
    return street + ' ' + houseNumberDisplay() + ", " + place;
  }

  @Override
  public String toString() {
    return display();
  }

  private static String requireText(String value, String what) {
    requireNonNull(value, what);
    String stripped = Text.requirePlain(value, what).strip();
    if (stripped.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return stripped;
  }

  /** The unique key of an address in the BAG: postcode, house number, letter and suffix. */
  public record Key(String postcode, int houseNumber, String letter, String suffix) {
    public Key {
      requireNonNull(postcode, "postcode");
      requireNonNull(letter, "letter");
      requireNonNull(suffix, "suffix");
    }

    @Override
    public String toString() {
      return postcode + ' ' + houseNumber + letter + (suffix.isEmpty() ? "" : "-" + suffix);
    }
  }

  /** {@code [1-9][0-9]{3}[A-Z]{2}}, checked by hand: addresses are made millions of times in a national run. */
  private static boolean isPostcode(String p) {
    return p.length() == 6 && p.charAt(0) >= '1' && p.charAt(0) <= '9' && isDigit(p.charAt(1)) && isDigit(p.charAt(2))
        && isDigit(p.charAt(3)) && p.charAt(4) >= 'A' && p.charAt(4) <= 'Z' && p.charAt(5) >= 'A' && p.charAt(5) <= 'Z';
  }

  /** {@code [A-Za-z0-9]{1,4}}. */
  private static boolean isSuffix(String s) {
    if (s.isEmpty() || s.length() > 4) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isDigit(c) && !(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
