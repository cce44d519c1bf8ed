package nl.dekking.report.words;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.analysis.GroupCoverage;
import nl.dekking.analysis.Language;
import nl.dekking.rules.CapacityState;
import nl.dekking.rules.GroupRules;

/**
 * The one place that counts and words groups against their capacity, so the console, {@code report.html}, the CSVs
 * and {@code summary.json} give the same counts in the same words. Two things are kept apart:
 *
 * <ul>
 *   <li>the <em>rule</em> on members ({@link CapacityState}): over capacity (more than the soft cap plus its
 *       tolerance, or the hard cap) or nearly full;</li>
 *   <li>planning <em>advice</em> ({@link GroupCoverage#groupsNeeded()}): the area holds more households than one
 *       group may serve and could hold N groups. A group can be within its rules and still get this advice.</li>
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class CapacityText {

  private CapacityText() {}

  /**
   * The groups counted against their capacity.
   *
   * @param groups all groups
   * @param overCapacity groups with more members than the rules allow (a broken rule)
   * @param nearCapacity groups above the soft cap but within its tolerance
   * @param toSplit groups whose area could hold more than one group (advice)
   */
  public record Counts(int groups, int overCapacity, int nearCapacity, int toSplit) {

    public Counts {
      if (groups < 0 || overCapacity < 0 || nearCapacity < 0 || toSplit < 0
          || overCapacity + nearCapacity > groups || toSplit > groups) {
        throw new IllegalArgumentException("capacity counts must be 0 to the " + groups + " groups, were over "
            + overCapacity + ", near " + nearCapacity + ", to split " + toSplit);
      }
    }
  }

  /** The counts of a report. */
  public static Counts count(CoverageReport report) {
    requireNonNull(report, "report");
    int over = 0;
    int near = 0;
    int split = 0;
    for (GroupCoverage g : report.groups()) {
      over += g.capacityState() == CapacityState.OVER_CAPACITY ? 1 : 0;
      near += g.capacityState() == CapacityState.NEAR_CAPACITY ? 1 : 0;
      split += g.needsSplit() ? 1 : 0;
    }
    return new Counts(report.groups().size(), over, near, split);
  }

  /**
   * One sentence with the counts: "1 van 8 groepen boven capaciteit (te veel leden), 1 bijna vol; advies: 6
   * gebieden kunnen meer dan één groep dragen".
   */
  public static String summary(Counts c, Language language) {
    requireNonNull(c, "counts");
    return language == Language.EN
        ? String.format(Locale.UK, "%,d of %,d group%s over capacity (too many members), %,d nearly full; advice: %,d area%s could hold more than one group",
            c.overCapacity(), c.groups(), c.groups() == 1 ? "" : "s", c.nearCapacity(), c.toSplit(), c.toSplit() == 1 ? "" : "s")
        : String.format(dutch(), "%,d van %,d groep%s boven capaciteit (te veel leden), %,d bijna vol; advies: %,d gebied%s kan meer dan één groep dragen",
            c.overCapacity(), c.groups(), c.groups() == 1 ? "" : "en", c.nearCapacity(), c.toSplit(), c.toSplit() == 1 ? "" : "en")
            .replace("gebieden kan", "gebieden kunnen");
  }

  /** A group's members against the rules: "In orde", "Bijna vol (meer dan 40 leden)", "Te veel leden (meer dan 45)". */
  public static String state(CapacityState state, GroupRules rules, Language language) {
    requireNonNull(state, "state");
    requireNonNull(rules, "rules");
    boolean en = language == Language.EN;
    Locale locale = en ? Locale.UK : dutch();
    return switch (state) {
      case OK -> en ? "OK" : "In orde";
      case NEAR_CAPACITY -> String.format(locale, en ? "Nearly full (more than %,d members)"
          : "Bijna vol (meer dan %,d leden)", rules.softMemberCap());
      case OVER_CAPACITY -> String.format(locale, en ? "Too many members (more than %,d)"
          : "Te veel leden (meer dan %,d)", rules.maxMembers());
    };
  }

  /**
   * The planning advice for a group, or empty when one group suffices: "Gebied kan 9 groepen dragen (312
   * huishoudens): splitsen aanbevolen".
   */
  public static String advice(GroupCoverage g, Language language) {
    requireNonNull(g, "group");
    if (!g.needsSplit()) {
      return "";
    }
    return language == Language.EN
        ? String.format(Locale.UK, "Area could hold %,d groups (%,d households): splitting advised", g.groupsNeeded(),
            g.households())
        : String.format(dutch(), "Gebied kan %,d groepen dragen (%,d huishoudens): splitsen aanbevolen",
            g.groupsNeeded(), g.households());
  }

  static Locale dutch() {
    return Locale.forLanguageTag("nl-NL");
  }
}
