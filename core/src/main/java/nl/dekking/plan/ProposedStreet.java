package nl.dekking.plan;

import static java.util.Objects.requireNonNull;

import java.util.List;
import nl.dekking.analysis.HouseNumberRanges;
import nl.dekking.analysis.Language;
import nl.dekking.model.Household;

/**
 * The part of one street a proposed group takes.
 *
 * @param name the street name
 * @param place the place
 * @param households the street's households in the proposed group, in address order
 * @param whole whether these are all the street's households in the dataset
 */
public record ProposedStreet(String name, String place, List<Household> households, boolean whole) {

  public ProposedStreet {
    requireNonNull(name, "name");
    requireNonNull(place, "place");
    households = List.copyOf(households);
    if (households.isEmpty()) {
      throw new IllegalArgumentException("proposed street " + name + ", " + place + " has no households");
    }
  }

  /** The house numbers as the report writes them: {@code "1–119 (oneven), 2–8 (even)"}. */
  public String numbers(Language language) {
    return HouseNumberRanges.format(households.stream().map(Household::address).toList(), language);
  }

  /**
   * The street as an officer writes it in a mail: {@code "Kerklaan (Otterlo)"} for a whole street,
   * {@code "Van Embdenstraat (Otterlo): 1–119 (oneven)"} for part of one.
   */
  public String text(Language language) {
    return whole ? name + " (" + place + ")" : name + " (" + place + "): " + numbers(language);
  }

  /** A one-line summary. */
  @Override
  public String toString() {
    return "ProposedStreet[" + name + ", " + place + ", " + households.size() + " households" + (whole ? ", whole" : "")
        + "]";
  }
}
