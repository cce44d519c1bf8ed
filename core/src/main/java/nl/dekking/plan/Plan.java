package nl.dekking.plan;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What the {@link Planner} proposes: a split for every group whose area holds more households than one group may
 * serve (ordered by group id), and new groups for the gap clusters large enough (largest first).
 *
 * @param settings the settings planned with
 * @param splits the splits, by group id
 * @param newGroups the new groups per gap cluster, largest cluster first
 * @param uncovered the households without a group in the report
 */
public record Plan(PlanSettings settings, List<Proposal> splits, List<Proposal> newGroups, int uncovered) {

  public Plan {
    requireNonNull(settings, "settings");
    splits = List.copyOf(splits);
    newGroups = List.copyOf(newGroups);
  }

  /** Every proposed group: the splits' parts, then the new groups. */
  public List<ProposedGroup> groups() {
    return java.util.stream.Stream.concat(splits.stream(), newGroups.stream())
        .flatMap(p -> p.groups().stream()).toList();
  }

  /** The households without a group that a proposed new group takes in. */
  public int uncoveredPlanned() {
    return newGroups.stream().mapToInt(p -> p.households().size()).sum();
  }

  /** How good the plan is, as the benchmark and tests measure it. */
  public PlanQuality quality() {
    return PlanQuality.of(this);
  }

  /** A one-line summary. */
  @Override
  public String toString() {
    return "Plan[cap " + settings.householdsPerGroup() + ", " + splits.size() + " groups split, " + newGroups.size()
        + " gap clusters with new groups, " + uncoveredPlanned() + " of " + uncovered + " households without a group]";
  }
}
