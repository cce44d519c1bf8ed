package nl.dekking.rules;

import java.util.Locale;

/**
 * What a municipality calls the person who runs a group, in Dutch and English, singular and plural: Heerenveen's
 * rules say "beheerder", Harlingen's "coördinator". Reports use the rules' word. Immutable.
 */
public enum AdminTitle {
  /** "beheerder" / "admin": the word most municipalities and WhatsApp use. */
  BEHEERDER("beheerder", "beheerders", "admin", "admins"),
  /** "coördinator" / "coordinator", as in Harlingen's rules. */
  COORDINATOR("coördinator", "coördinatoren", "coordinator", "coordinators");

  private final String dutch;
  private final String dutchPlural;
  private final String english;
  private final String englishPlural;

  AdminTitle(String dutch, String dutchPlural, String english, String englishPlural) {
    this.dutch = dutch;
    this.dutchPlural = dutchPlural;
    this.english = english;
    this.englishPlural = englishPlural;
  }

  /** The word, singular, in Dutch ({@code english == false}) or English. */
  public String word(boolean english) {
    return english ? this.english : dutch;
  }

  /** The word, plural, in Dutch ({@code english == false}) or English. */
  public String plural(boolean english) {
    return english ? englishPlural : dutchPlural;
  }

  /**
   * The title with this name: {@code beheerder}, {@code admin}, {@code coördinator}, {@code coordinator} (or the
   * constant's name), case-insensitive.
   *
   * @throws IllegalArgumentException naming the value and the accepted values
   */
  public static AdminTitle of(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    return switch (v) {
      case "beheerder", "admin" -> BEHEERDER;
      case "coördinator", "coordinator" -> COORDINATOR;
      default -> throw new IllegalArgumentException(
          "admin title must be beheerder, admin, coördinator or coordinator, was '" + value + "'");
    };
  }
}
