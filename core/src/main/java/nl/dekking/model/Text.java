package nl.dekking.model;

/**
 * The one rule for text in Dekking's values (names, ids, streets, places, contact details, metadata): it may hold
 * any Unicode character that XML 1.0 can carry and a terminal shows as itself, so every writer (KML, GeoJSON, CSV,
 * HTML, the database) can write it and no console can be steered by it. Refused, with the field, the position and
 * the code point in the message:
 * <ul>
 *   <li>control characters (Unicode category Cc: U+0000 NUL to U+001F, U+007F DEL, U+0080 to U+009F), except
 *       tab, line feed and carriage return, so no NUL and no ESC (the start of every ANSI terminal escape);</li>
 *   <li>an unpaired surrogate (a lone half of a UTF-16 pair, which no encoding can write);</li>
 *   <li>the noncharacters U+FFFE and U+FFFF, which XML forbids.</li>
 * </ul>
 * Values are refused rather than silently repaired, so what a file says is never changed without the user
 * knowing; readers turn the refusal into an error naming the file and the feature. The PostGIS store applies the
 * same rule. Thread-safe and stateless.
 */
public final class Text {

  private Text() {
  }

  /**
   * Checks that a text holds no character the rule refuses; null passes (callers check presence themselves).
   *
   * @param what names the field in the message ("group 'Noord' name")
   * @return the text, for use in assignments
   * @throws IllegalArgumentException naming the field, the character and its position
   */
  public static String requirePlain(String value, String what) {
    if (value == null) {
      return null;
    }
    int bad = firstRefused(value);
    if (bad >= 0) {
      throw new IllegalArgumentException(what + " holds " + describe(value, bad) + " at position " + (bad + 1)
          + "; text may not hold control characters (other than tab and line breaks), unpaired surrogates or"
          + " U+FFFE/U+FFFF");
    }
    return value;
  }

  /** Whether a text holds no character the rule refuses. */
  public static boolean isPlain(String value) {
    return firstRefused(value) < 0;
  }

  /** The index of the first refused character, or -1. */
  static int firstRefused(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7F) {
        continue; // printable ASCII, most of every address: no table lookups
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
          continue;
        }
        return i;
      }
      if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
        return i;
      }
      if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
        return i;
      }
    }
    return -1;
  }

  private static String describe(String s, int i) {
    char c = s.charAt(i);
    String code = String.format("U+%04X", (int) c);
    if (Character.isSurrogate(c)) {
      return "an unpaired surrogate " + code;
    }
    return switch (c) {
      case 0 -> "a NUL character " + code;
      case 0x1B -> "an escape character " + code + " (a terminal escape)";
      default -> Character.getType(c) == Character.CONTROL ? "the control character " + code : "the noncharacter " + code;
    };
  }
}
