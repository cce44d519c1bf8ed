package nl.dekking.analysis;

/** The language of the words in readable output such as house-number ranges. */
public enum Language {
  /** Dutch, the default: {@code "1–15 (oneven)"}. */
  NL("oneven", "even"),
  /** English: {@code "1–15 (odd)"}. */
  EN("odd", "even");

  private final String odd;
  private final String even;

  Language(String odd, String even) {
    this.odd = odd;
    this.even = even;
  }

  /** The word for odd house numbers. */
  public String odd() {
    return odd;
  }

  /** The word for even house numbers. */
  public String even() {
    return even;
  }

  /**
   * The language with this code, {@code nl} or {@code en}, case-insensitive.
   *
   * @throws IllegalArgumentException for any other code
   */
  public static Language of(String code) {
    for (Language l : values()) {
      if (l.name().equalsIgnoreCase(code.strip())) {
        return l;
      }
    }
    throw new IllegalArgumentException("language must be nl or en, was '" + code + "'");
  }
}
