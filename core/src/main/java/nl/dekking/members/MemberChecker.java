package nl.dekking.members;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.dekking.index.CoverageMap;
import nl.dekking.model.Address;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.rules.GroupRules;

/**
 * Checks a member list against the map, the addresses and the rules.
 *
 * <p>A member's address is found by its key (postcode, number, letter, suffix); a listed address without letter or
 * suffix that matches no key exactly is taken as the one household at that postcode and number when there is just
 * one. A member lives in the group's area when the analysed area covers the household (inside or on the edge, as
 * {@link nl.dekking.index.CoverageIndex}). Households are the households of the analysis: one per address key.
 * O(members + households). Stateless; thread-safe.
 */
public final class MemberChecker {

  private MemberChecker() {
  }

  /** Checks the members against the map's groups, the households and the rules. */
  public static MemberCheck check(CoverageMap map, Collection<Household> households, List<Member> members, GroupRules rules) {
    requireNonNull(map, "map");
    requireNonNull(households, "households");
    requireNonNull(members, "members");
    requireNonNull(rules, "rules");
    Map<Address.Key, Household> byKey = new HashMap<>();
    Map<String, List<Household>> byNumber = new HashMap<>();
    for (Household h : households) {
      byKey.putIfAbsent(h.address().key(), h);
      byNumber.computeIfAbsent(h.address().postcode() + " " + h.address().houseNumber(), k -> new ArrayList<>()).add(h);
    }
    int n = map.size();
    int[] counted = new int[n];
    int[] outside = new int[n];
    int[] second = new int[n];
    int[] unknown = new int[n];
    int[] violations = new int[n];
    boolean[] listed = new boolean[n];
    Set<String> unknownGroups = new TreeSet<>();
    Map<String, Set<Household>> seen = new HashMap<>();
    List<MemberCheck.Finding> findings = new ArrayList<>();
    int[] covering = new int[n];
    Map<String, Integer> ordinals = new HashMap<>();
    for (int o = 0; o < n; o++) {
      ordinals.put(map.group(o).id(), o);
    }
    for (Member m : members) {
      Integer o = ordinals.get(m.group());
      if (o == null) {
        unknownGroups.add(m.group());
        findings.add(new MemberCheck.Finding(m, MemberCheck.Problem.UNKNOWN_GROUP, false));
        continue;
      }
      listed[o] = true;
      counted[o]++;
      Household h = find(m.key(), byKey, byNumber);
      if (h == null) {
        unknown[o]++;
        findings.add(new MemberCheck.Finding(m, MemberCheck.Problem.UNKNOWN_ADDRESS, false));
        continue;
      }
      boolean inArea = false;
      int k = map.index().locateAll(h.x(), h.y(), covering);
      for (int i = 0; i < k; i++) {
        inArea |= covering[i] == o;
      }
      if (!inArea) {
        outside[o]++;
        violations[o] += rules.residentsOnly() ? 1 : 0;
        findings.add(new MemberCheck.Finding(m, MemberCheck.Problem.OUTSIDE_AREA, rules.residentsOnly()));
      }
      if (!seen.computeIfAbsent(m.group(), g -> new HashSet<>()).add(h)) {
        second[o]++;
        violations[o] += rules.oneMemberPerHousehold() ? 1 : 0;
        findings.add(new MemberCheck.Finding(m, MemberCheck.Problem.SECOND_IN_HOUSEHOLD, rules.oneMemberPerHousehold()));
      }
    }
    List<MemberCheck.GroupMembers> groups = new ArrayList<>();
    List<String> unlisted = new ArrayList<>();
    for (int o = 0; o < n; o++) {
      Group g = map.group(o);
      if (listed[o]) {
        groups.add(new MemberCheck.GroupMembers(g.id(), g.members(), counted[o], outside[o], second[o], unknown[o], violations[o]));
      } else {
        unlisted.add(g.id());
      }
    }
    return new MemberCheck(rules, groups, findings, List.copyOf(unknownGroups), unlisted);
  }

  private static Household find(Address.Key key, Map<Address.Key, Household> byKey, Map<String, List<Household>> byNumber) {
    Household h = byKey.get(key);
    if (h == null && key.letter().isEmpty() && key.suffix().isEmpty()) {
      List<Household> same = byNumber.getOrDefault(key.postcode() + " " + key.houseNumber(), List.of());
      if (same.size() == 1) {
        h = same.get(0);
      }
    }
    return h;
  }
}
