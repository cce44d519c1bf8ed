package nl.dekking.analysis;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Objects;
import nl.dekking.model.Household;

/**
 * The part of one street that lies in a gap cluster: a value, equal to another with the same name, place and
 * households. Its house numbers as text are made once per language and kept, as {@code summary.json},
 * {@code gap-areas.geojson} and {@code report.html} each write them (a national run has millions of gap
 * streets). Thread-safe.
 */
public final class GapStreet {

  private final String name;
  private final String place;
  private final List<Household> households;
  /** By language ordinal; racy but harmless: every thread computes the same immutable text. */
  private final String[] numbers = new String[Language.values().length];

  /**
   * @param name the street name
   * @param place the place
   * @param households the cluster's households on this street, in address order
   */
  public GapStreet(String name, String place, List<Household> households) {
    this.name = requireNonNull(name, "name");
    this.place = requireNonNull(place, "place");
    this.households = List.copyOf(households);
  }

  /** The street name. */
  public String name() {
    return name;
  }

  /** The place. */
  public String place() {
    return place;
  }

  /** The cluster's households on this street, in address order. */
  public List<Household> households() {
    return households;
  }

  /** The house numbers as readable ranges. */
  public String numbers(Language language) {
    String text = numbers[language.ordinal()];
    if (text == null) {
      text = HouseNumberRanges.format(households.stream().map(Household::address).toList(), language);
      numbers[language.ordinal()] = text;
    }
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GapStreet s && name.equals(s.name) && place.equals(s.place)
        && households.equals(s.households);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, place, households);
  }

  @Override
  public String toString() {
    return "GapStreet[name=" + name + ", place=" + place + ", households=" + households + "]";
  }
}
