package nl.dekking.analysis;

import static java.util.Objects.requireNonNull;

import java.util.List;
import nl.dekking.model.Household;

/**
 * One street's coverage by all groups together.
 *
 * @param name the street name
 * @param place the place
 * @param households the street's households
 * @param covered of those, the households some group covers
 * @param uncoveredHouseholds the households no group covers, in address order
 * @param groupIds the groups covering the street, fully or partly, ascending
 */
public record StreetCoverage(String name, String place, int households, int covered,
    List<Household> uncoveredHouseholds, List<String> groupIds) {

  public StreetCoverage {
    requireNonNull(name, "name");
    requireNonNull(place, "place");
    uncoveredHouseholds = List.copyOf(uncoveredHouseholds);
    groupIds = List.copyOf(groupIds);
    if (covered < 0 || covered > households || households - covered != uncoveredHouseholds.size()) {
      throw new IllegalArgumentException("street " + name + ", " + place + ": " + covered + " covered of "
          + households + " households does not match " + uncoveredHouseholds.size() + " uncovered");
    }
  }

  /** The households no group covers. */
  public int uncovered() {
    return households - covered;
  }

  /** Fully covered, partly covered or uncovered, from the counts. */
  public State state() {
    return covered == households ? State.FULLY_COVERED : covered == 0 ? State.UNCOVERED : State.PARTLY_COVERED;
  }

  /** The uncovered house numbers as readable ranges: {@code "1–15 (oneven), 2–8 (even)"}. */
  public String uncoveredNumbers(Language language) {
    return HouseNumberRanges.format(uncoveredHouseholds.stream().map(Household::address).toList(), language);
  }

  /** A street's coverage by all groups together. */
  public enum State {
    /** Every household of the street is covered. */
    FULLY_COVERED,
    /** Some households are covered. */
    PARTLY_COVERED,
    /** No household is covered. */
    UNCOVERED
  }
}
