package nl.dekking.rules;

import static java.util.Objects.requireNonNull;

/**
 * A municipality's rules for its neighbourhood-watch groups, as data. Built once, immutable.
 *
 * <p>Membership is capped twice: a <em>soft cap</em> that the municipality asks groups to keep to, with a
 * <em>tolerance</em> above it that still counts as "near capacity" (Heerenveen: "not much larger than 40"), and a
 * <em>hard cap</em> no group may pass, at most WhatsApp's own limit of {@value #WHATSAPP_MAX_MEMBERS} members.
 *
 * @param name the rules' name, shown in reports ("Heerenveen")
 * @param softMemberCap the members a group should keep to, 1 or more
 * @param softCapTolerance members above the soft cap still counted as near capacity, 0 or more
 * @param hardMemberCap the members no group may pass: at least soft cap + tolerance, at most 1,024
 * @param minAdmins the fewest admins (beheerders, coördinatoren) a group must have, 0 or more
 * @param maxAdmins the most admins a group may have, at least {@code minAdmins} and 1
 * @param oneMemberPerHousehold whether one member per household is the rule (then a group's potential is the
 *     households in its area)
 * @param residentsOnly whether members must live in the group's area
 * @param minimumAge the minimum age of members, 0 for none
 * @param adminTitle what the rules call the person who runs a group ("beheerder", "coördinator"), used in reports
 */
public record GroupRules(String name, int softMemberCap, int softCapTolerance, int hardMemberCap, int minAdmins,
    int maxAdmins, boolean oneMemberPerHousehold, boolean residentsOnly, int minimumAge, AdminTitle adminTitle) {

  /** WhatsApp's limit on the members of one group. */
  public static final int WHATSAPP_MAX_MEMBERS = 1024;

  public GroupRules {
    requireNonNull(name, "name");
    requireNonNull(adminTitle, "adminTitle");
    if (softMemberCap < 1) {
      throw new IllegalArgumentException("rules '" + name + "': softMemberCap must be 1 or more, was " + softMemberCap);
    }
    if (softCapTolerance < 0) {
      throw new IllegalArgumentException("rules '" + name + "': softCapTolerance must be 0 or more, was " + softCapTolerance);
    }
    if (hardMemberCap > WHATSAPP_MAX_MEMBERS) {
      throw new IllegalArgumentException("rules '" + name + "': hardMemberCap must be at most WhatsApp's limit of "
          + WHATSAPP_MAX_MEMBERS + ", was " + hardMemberCap);
    }
    if (hardMemberCap < (long) softMemberCap + softCapTolerance) {
      throw new IllegalArgumentException("rules '" + name + "': hardMemberCap must be at least softMemberCap + softCapTolerance ("
          + softMemberCap + " + " + softCapTolerance + "), was " + hardMemberCap);
    }
    if (minAdmins < 0) {
      throw new IllegalArgumentException("rules '" + name + "': minAdmins must be 0 or more, was " + minAdmins);
    }
    if (maxAdmins < Math.max(1, minAdmins)) {
      throw new IllegalArgumentException("rules '" + name + "': maxAdmins must be at least 1 and at least minAdmins ("
          + minAdmins + "), was " + maxAdmins);
    }
    if (minimumAge < 0 || minimumAge > 120) {
      throw new IllegalArgumentException("rules '" + name + "': minimumAge must be 0 to 120, was " + minimumAge);
    }
  }

  /** Rules whose admins are called "beheerder" ({@link AdminTitle#BEHEERDER}). */
  public GroupRules(String name, int softMemberCap, int softCapTolerance, int hardMemberCap, int minAdmins,
      int maxAdmins, boolean oneMemberPerHousehold, boolean residentsOnly, int minimumAge) {
    this(name, softMemberCap, softCapTolerance, hardMemberCap, minAdmins, maxAdmins, oneMemberPerHousehold,
        residentsOnly, minimumAge, AdminTitle.BEHEERDER);
  }

  /**
   * Heerenveen's rules: exactly one admin, a group "not much larger than 40 members" (soft cap 40, tolerance 5),
   * one member per household, members 18 or older. Heerenveen sets no hard cap of its own, so WhatsApp's applies.
   */
  public static GroupRules heerenveen() {
    return new GroupRules("Heerenveen", 40, 5, WHATSAPP_MAX_MEMBERS, 1, 1, true, false, 18);
  }

  /**
   * Harlingen's rules: one or two coordinators, members 18 or older who live in the area, groups of 200 and more
   * allowed: no cap below WhatsApp's own limit of 1,024. Harlingen calls the admins "coördinator".
   */
  public static GroupRules harlingen() {
    return new GroupRules("Harlingen", WHATSAPP_MAX_MEMBERS, 0, WHATSAPP_MAX_MEMBERS, 1, 2, false, true, 18,
        AdminTitle.COORDINATOR);
  }

  /** The most members a group may have before it is over capacity: the soft cap plus its tolerance. */
  public int maxMembers() {
    return softMemberCap + softCapTolerance;
  }

  /**
   * The groups needed to serve an area of this many households, one member per household, each group kept to the
   * soft cap: {@code ceil(households / softMemberCap)}, at least 1. This is planning advice ("the area could hold N
   * groups"), never a broken rule.
   */
  public int groupsNeededFor(int households) {
    if (households < 0) {
      throw new IllegalArgumentException("households must be 0 or more, was " + households);
    }
    return Math.max(1, (households + softMemberCap - 1) / softMemberCap);
  }

  /**
   * Into how many groups an area of this many households should be split: {@link #groupsNeededFor} when the rules
   * say one member per household and the households exceed {@link #maxMembers()}, else 1.
   */
  public int groupsAdvisedFor(int households) {
    return oneMemberPerHousehold && households > maxMembers() ? groupsNeededFor(households) : 1;
  }

  /**
   * The capacity state of a group with this many members: over the hard cap, or over the soft cap plus tolerance,
   * is {@link CapacityState#OVER_CAPACITY}; over the soft cap within tolerance is
   * {@link CapacityState#NEAR_CAPACITY}; otherwise {@link CapacityState#OK}. The households in the area do not
   * matter here: see {@link #groupsAdvisedFor(int)}.
   */
  public CapacityState assess(int members) {
    if (members < 0) {
      throw new IllegalArgumentException("members must be 0 or more, was " + members);
    }
    if (members > hardMemberCap || members > maxMembers()) {
      return CapacityState.OVER_CAPACITY;
    }
    if (members > softMemberCap) {
      return CapacityState.NEAR_CAPACITY;
    }
    return CapacityState.OK;
  }
}
