package nl.dekking.members;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.rules.GroupRules;

/**
 * What a member list says against the rules: counts per group (for the report and {@code summary.json}) and the
 * offending members (for the internal {@code members.csv} only).
 *
 * @param rules the rules checked
 * @param groups the counts per group of the map that the list names, in id order
 * @param findings every offending member, in list order: personal data, internal only
 * @param unknownGroups ids in the list that name no group, sorted
 * @param unlisted ids of groups the list names no member of (their declared count stays), sorted
 */
public record MemberCheck(GroupRules rules, List<GroupMembers> groups, List<Finding> findings, List<String> unknownGroups,
    List<String> unlisted) {

  public MemberCheck {
    requireNonNull(rules, "rules");
    groups = List.copyOf(groups);
    findings = List.copyOf(findings);
    unknownGroups = List.copyOf(unknownGroups);
    unlisted = List.copyOf(unlisted);
  }

  /** What is wrong with one member. */
  public enum Problem {
    /** The member's address is not in the group's area ("buiten het gebied"). */
    OUTSIDE_AREA("buiten het gebied"),
    /** Another member of the group already lives at this household ("tweede lid in huishouden"). */
    SECOND_IN_HOUSEHOLD("tweede lid in huishouden"),
    /** The address is not among the households ("onbekend adres"). */
    UNKNOWN_ADDRESS("onbekend adres"),
    /** The list names a group that is not on the map ("onbekende groep"). */
    UNKNOWN_GROUP("onbekende groep");

    private final String dutch;

    Problem(String dutch) {
      this.dutch = dutch;
    }

    /** The Dutch words for the CSV. */
    public String dutch() {
      return dutch;
    }
  }

  /**
   * One offending member: personal data, for the internal CSV only.
   *
   * @param member the member as listed
   * @param problem what is wrong
   * @param violation whether the rules make it a violation (outside the area under {@code residentsOnly}, a second
   *     member under {@code oneMemberPerHousehold}); unknown addresses and groups are data errors
   */
  public record Finding(Member member, Problem problem, boolean violation) {
    public Finding {
      requireNonNull(member, "member");
      requireNonNull(problem, "problem");
    }
  }

  /**
   * The counts for one group; no addresses.
   *
   * @param id the group's id
   * @param declared the member count the groups file declared
   * @param counted the members the list names for it
   * @param outsideArea members whose address is not in its area
   * @param secondInHousehold members beyond the first at one household
   * @param unknownAddress members whose address is not among the households
   * @param violations the findings the rules make violations
   */
  public record GroupMembers(String id, int declared, int counted, int outsideArea, int secondInHousehold, int unknownAddress,
      int violations) {
    public GroupMembers {
      requireNonNull(id, "id");
    }
  }

  /** The dataset with each listed group's declared member count replaced by the counted one. */
  public Dataset applyTo(Dataset dataset) {
    Map<String, Integer> counted = new LinkedHashMap<>();
    groups.forEach(g -> counted.put(g.id(), g.counted()));
    List<Group> replaced = new ArrayList<>();
    for (Group g : dataset.groups()) {
      Integer n = counted.get(g.id());
      replaced.add(n == null ? g : g.withMembers(n));
    }
    return dataset.withGroups(replaced);
  }

  /**
   * The counts over every listed group, and the members listed for groups not on the map; no addresses.
   *
   * @param counted members the list names for groups on the map
   * @param outsideArea of those, members whose address is not in their group's area
   * @param secondInHousehold members beyond the first at one household of their group
   * @param unknownAddress members whose address is not among the households
   * @param violations the findings the rules make violations
   * @param inUnknownGroups members the list names for groups that are not on the map
   */
  public record Totals(int counted, int outsideArea, int secondInHousehold, int unknownAddress, int violations,
      int inUnknownGroups) {
  }

  /** The counts summed over the groups. */
  public Totals totals() {
    int counted = 0;
    int outside = 0;
    int second = 0;
    int unknown = 0;
    int violations = 0;
    for (GroupMembers g : groups) {
      counted += g.counted();
      outside += g.outsideArea();
      second += g.secondInHousehold();
      unknown += g.unknownAddress();
      violations += g.violations();
    }
    int inUnknownGroups = 0;
    for (Finding f : findings) {
      inUnknownGroups += f.problem() == Problem.UNKNOWN_GROUP ? 1 : 0;
    }
    return new Totals(counted, outside, second, unknown, violations, inUnknownGroups);
  }
}
