package nl.dekking.analysis;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Objects;
import nl.dekking.model.Household;

/**
 * One street's coverage by all groups together: a value, equal to another with the same fields. Its uncovered
 * house numbers as text are made once per language and kept, as {@code summary.json}, {@code streets.csv} and
 * {@code report.html} each write them. Thread-safe.
 */
public final class StreetCoverage {

  private final String name;
  private final String place;
  private final int households;
  private final int covered;
  private final List<Household> uncoveredHouseholds;
  private final List<String> groupIds;
  /** By language ordinal; racy but harmless: every thread computes the same immutable text. */
  private final String[] uncoveredNumbers = new String[Language.values().length];

  /**
   * @param name the street name
   * @param place the place
   * @param households the street's households
   * @param covered of those, the households some group covers
   * @param uncoveredHouseholds the households no group covers, in address order
   * @param groupIds the groups covering the street, fully or partly, ascending
   * @throws IllegalArgumentException when the counts do not match the uncovered households
   */
  public StreetCoverage(String name, String place, int households, int covered, List<Household> uncoveredHouseholds,
      List<String> groupIds) {
    this.name = requireNonNull(name, "name");
    this.place = requireNonNull(place, "place");
    this.uncoveredHouseholds = List.copyOf(uncoveredHouseholds);
    this.groupIds = List.copyOf(groupIds);
    if (covered < 0 || covered > households || households - covered != this.uncoveredHouseholds.size()) {
      throw new IllegalArgumentException("street " + name + ", " + place + ": " + covered + " covered of "
          + households + " households does not match " + this.uncoveredHouseholds.size() + " uncovered");
    }
    this.households = households;
    this.covered = covered;
  }

  /** The street name. */
  public String name() {
    return name;
  }

  /** The place. */
  public String place() {
    return place;
  }

  /** The street's households. */
  public int households() {
    return households;
  }

  /** Of those, the households some group covers. */
  public int covered() {
    return covered;
  }

  /** The households no group covers, in address order. */
  public List<Household> uncoveredHouseholds() {
    return uncoveredHouseholds;
  }

  /** The groups covering the street, fully or partly, ascending. */
  public List<String> groupIds() {
    return groupIds;
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
    String text = uncoveredNumbers[language.ordinal()];
    if (text == null) {
      text = HouseNumberRanges.format(uncoveredHouseholds.stream().map(Household::address).toList(), language);
      uncoveredNumbers[language.ordinal()] = text;
    }
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StreetCoverage s && name.equals(s.name) && place.equals(s.place)
        && households == s.households && covered == s.covered && uncoveredHouseholds.equals(s.uncoveredHouseholds)
        && groupIds.equals(s.groupIds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, place, households, covered, uncoveredHouseholds, groupIds);
  }

  @Override
  public String toString() {
    return "StreetCoverage[name=" + name + ", place=" + place + ", households=" + households + ", covered=" + covered
        + ", uncoveredHouseholds=" + uncoveredHouseholds + ", groupIds=" + groupIds + "]";
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
