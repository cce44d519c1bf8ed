package nl.dekking.analysis;

import static java.util.Objects.requireNonNull;

import java.util.List;
import nl.dekking.model.Household;

/**
 * The part of one street that lies in a gap cluster.
 *
 * @param name the street name
 * @param place the place
 * @param households the cluster's households on this street, in address order
 */
public record GapStreet(String name, String place, List<Household> households) {

  public GapStreet {
    requireNonNull(name, "name");
    requireNonNull(place, "place");
    households = List.copyOf(households);
  }

  /** The house numbers as readable ranges. */
  public String numbers(Language language) {
    return HouseNumberRanges.format(households.stream().map(Household::address).toList(), language);
  }
}
