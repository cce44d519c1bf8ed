package nl.dekking.report.words;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.dekking.analysis.Language;
import nl.dekking.members.MemberCheck;
import nl.dekking.rules.GroupRules;

/**
 * The words of a member-list check ({@link MemberCheck}), in Dutch and English, for every output that shows its
 * counts: the console, {@code report.html} and {@code summary.json}. Counts only: a member's address is never put
 * into words here (it goes to the internal {@code members.csv} alone). Whether a count is a violation follows the
 * rules: members outside the area under {@code residentsOnly} (Harlingen), a second member in a household under
 * {@code oneMemberPerHousehold} (Heerenveen); members at unknown addresses are a data error, never a violation.
 * Stateless and thread-safe.
 */
public final class MemberText {

  /** The columns of the per-group table, in order. */
  public enum Column {
    GROUP("Groep", "Group"),
    DECLARED("Opgegeven leden", "Declared members"),
    COUNTED("Getelde leden", "Counted members"),
    OUTSIDE_AREA("Buiten het gebied", "Outside the area"),
    SECOND_IN_HOUSEHOLD("Tweede lid in huishouden", "Second in household"),
    UNKNOWN_ADDRESS("Onbekend adres", "Unknown address"),
    VIOLATIONS("Overtredingen", "Violations");

    private final String nl;
    private final String en;

    Column(String nl, String en) {
      this.nl = nl;
      this.en = en;
    }

    /** The column's heading. */
    public String in(Language language) {
      return language == Language.EN ? en : nl;
    }
  }

  private MemberText() {}

  /** The section's heading: "Ledenlijst". */
  public static String heading(Language language) {
    return language == Language.EN ? "Member list" : "Ledenlijst";
  }

  /** The total row's label: "Totaal". */
  public static String total(Language language) {
    return language == Language.EN ? "Total" : "Totaal";
  }

  /** What the section shows and which of its counts the rules make violations. */
  public static String intro(GroupRules rules, Language language) {
    requireNonNull(rules, "rules");
    boolean en = language == Language.EN;
    return String.format(locale(language), en
        ? "The members of each group, counted from the member list; these counts replace the declared member counts"
            + " everywhere in this report. Under the rules of %s, members living outside the area are %s, and a second"
            + " member in one household is %s. Members at an address that is not among the addresses are a data error."
            + " The members' addresses are only in members.csv (internal; do not publish)."
        : "De leden van elke groep, geteld uit de ledenlijst; deze aantallen vervangen overal in dit rapport het"
            + " opgegeven aantal leden. Met de regels van %s zijn leden die buiten het gebied wonen %s, en is een tweede"
            + " lid in één huishouden %s. Leden op een adres dat niet bij de adressen staat zijn een fout in de gegevens."
            + " De adressen van de leden staan alleen in members.csv (intern; niet publiceren).",
        rules.name(), ruleWord(rules.residentsOnly(), en), ruleWord(rules.oneMemberPerHousehold(), en));
  }

  private static String ruleWord(boolean rule, boolean en) {
    if (en) {
      return rule ? "a violation" : "counted but allowed";
    }
    return rule ? "een overtreding" : "geteld maar toegestaan";
  }

  /**
   * The counts in one sentence: "12 leden geteld in 3 groepen; 2 buiten het gebied, 1 tweede lid in een huishouden,
   * 1 op een onbekend adres; 2 overtredingen van de regels."
   */
  public static String summary(MemberCheck check, Language language) {
    requireNonNull(check, "check");
    boolean en = language == Language.EN;
    Locale l = locale(language);
    MemberCheck.Totals t = check.totals();
    String sentence = String.format(l, en
        ? "%,d members counted in %,d groups; %,d outside the area, %,d second in a household, %,d at an unknown address;"
            + " %,d violation%s of the rules."
        : "%,d leden geteld in %,d groep%s; %,d buiten het gebied, %,d tweede lid in een huishouden, %,d op een onbekend"
            + " adres; %,d overtreding%s van de regels.",
        en ? new Object[] {t.counted(), check.groups().size(), t.outsideArea(), t.secondInHousehold(), t.unknownAddress(),
            t.violations(), t.violations() == 1 ? "" : "s"}
            : new Object[] {t.counted(), check.groups().size(), check.groups().size() == 1 ? "" : "en", t.outsideArea(),
                t.secondInHousehold(), t.unknownAddress(), t.violations(), t.violations() == 1 ? "" : "en"});
    if (t.inUnknownGroups() > 0) {
      sentence += ' ' + unknownGroups(check, language);
    }
    return sentence;
  }

  /** The members listed for groups that are not on the map: "3 leden staan bij groepen die niet op de kaart staan: Z." */
  public static String unknownGroups(MemberCheck check, Language language) {
    requireNonNull(check, "check");
    int n = check.totals().inUnknownGroups();
    String ids = String.join(", ", check.unknownGroups());
    if (language == Language.EN) {
      return String.format(Locale.UK, "%,d member%s listed for groups that are not on the map: %s.", n,
          n == 1 ? " is" : "s are", ids);
    }
    return String.format(CapacityText.dutch(), "%,d %s bij groepen die niet op de kaart staan: %s.", n,
        n == 1 ? "lid staat" : "leden staan", ids);
  }

  /** The groups the list names no member of: "Groepen zonder leden in de lijst (opgegeven aantal blijft): B." */
  public static String unlisted(MemberCheck check, Language language) {
    requireNonNull(check, "check");
    return (language == Language.EN ? "Groups without members in the list (declared count kept): "
        : "Groepen zonder leden in de lijst (opgegeven aantal blijft): ") + String.join(", ", check.unlisted()) + ".";
  }

  /**
   * The notes for one group's row in the groups table: the counts the rules make violations ("2 leden wonen buiten
   * het gebied (regel van Harlingen)."); empty when there are none.
   */
  public static List<String> groupNotes(MemberCheck.GroupMembers group, GroupRules rules, Language language) {
    requireNonNull(group, "group");
    requireNonNull(rules, "rules");
    boolean en = language == Language.EN;
    Locale l = locale(language);
    List<String> notes = new ArrayList<>();
    int outside = group.outsideArea();
    if (rules.residentsOnly() && outside > 0) {
      notes.add(en
          ? String.format(l, "%,d member%s outside the area (rule of %s: members live in the area).", outside,
              outside == 1 ? " lives" : "s live", rules.name())
          : String.format(l, "%,d %s buiten het gebied (regel van %s: leden wonen in het gebied).", outside,
              outside == 1 ? "lid woont" : "leden wonen", rules.name()));
    }
    int second = group.secondInHousehold();
    if (rules.oneMemberPerHousehold() && second > 0) {
      notes.add(en
          ? String.format(l, "%,d member%s beyond the first in a household (rule of %s: one member per household).",
              second, second == 1 ? "" : "s", rules.name())
          : String.format(l, "%,d %s dan één per huishouden (regel van %s: één lid per huishouden).", second,
              second == 1 ? "lid meer" : "leden meer", rules.name()));
    }
    return notes;
  }

  private static Locale locale(Language language) {
    return language == Language.EN ? Locale.UK : CapacityText.dutch();
  }
}
