package nl.dekking.report.words;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import nl.dekking.analysis.Language;
import nl.dekking.analysis.QaFinding;

/**
 * Puts map and address QA findings into words for people, in Dutch or English, from their typed fields; every
 * output that shows a finding (the page, {@code summary.json}, {@code qa.geojson}) uses these. Stateless.
 */
public final class FindingText {

  private FindingText() {}

  /** The kind of finding in a few words: "Gebied hersteld". */
  public static String kind(QaFinding.Kind kind, Language language) {
    requireNonNull(kind, "kind");
    boolean en = language == Language.EN;
    return switch (kind) {
      case REPAIRED_AREA -> en ? "Area repaired" : "Gebied hersteld";
      case NARROW_GAP -> en ? "Narrow strip between groups" : "Smalle strook tussen groepen";
      case SMALL_OVERLAP -> en ? "Small overlap" : "Kleine overlap";
      case SLIVER_OVERLAP -> en ? "Sliver overlap" : "Smalle overlap";
      case NO_HOUSEHOLDS -> en ? "No households in area" : "Geen huishoudens in gebied";
      case DUPLICATE_ADDRESS -> en ? "Duplicate address" : "Dubbel adres";
    };
  }

  /** The finding as a sentence with its values. */
  public static String sentence(QaFinding finding, Language language) {
    requireNonNull(finding, "finding");
    boolean en = language == Language.EN;
    Locale l = en ? Locale.UK : CapacityText.dutch();
    if (finding instanceof QaFinding.RepairedArea r) {
      return String.format(l, en
          ? "The area of %s was invalid (it crosses itself) and was repaired: %,.0f m² drawn, %,.0f m² repaired."
          : "Het gebied van %s klopte niet (het snijdt zichzelf) en is hersteld: %,.0f m² getekend, %,.0f m² na herstel.",
          r.groupId(), r.areaBeforeM2(), r.areaAfterM2());
    } else if (finding instanceof QaFinding.NarrowGap g) {
      return String.format(l, en
          ? "A strip %,.1f m wide (%,.0f m²) between %s: the areas probably do not quite meet."
          : "Een strook van %,.1f m breed (%,.0f m²) tussen %s: waarschijnlijk sluiten de gebieden niet goed op elkaar aan.",
          g.widthM(), g.areaM2(), String.join(", ", g.groupIds()));
    } else if (finding instanceof QaFinding.OverlapError o && o.kind() == QaFinding.Kind.SMALL_OVERLAP) {
      return String.format(l, en ? "%s and %s overlap by %,.0f m²: probably a drawing error."
          : "%s en %s overlappen %,.0f m²: waarschijnlijk een tekenfout.", o.groupA(), o.groupB(), o.areaM2());
    } else if (finding instanceof QaFinding.OverlapError o) {
      return String.format(l, en
          ? "%s and %s overlap by %,.0f m² in a strip %,.1f m wide on average: probably a drawing error."
          : "%s en %s overlappen %,.0f m² in een strook van gemiddeld %,.1f m breed: waarschijnlijk een tekenfout.",
          o.groupA(), o.groupB(), o.areaM2(), o.widthM());
    } else if (finding instanceof QaFinding.NoHouseholds n) {
      return String.format(l, en ? "The area of %s holds no address." : "In het gebied van %s ligt geen enkel adres.",
          n.groupId());
    } else if (finding instanceof QaFinding.DuplicateAddress d) {
      return String.format(l, en ? "%s appears %,d times in the addresses; it counts as one household."
          : "%s staat %,d keer in de adressen; het telt als één huishouden.",
          d.households().get(0).address().display(), d.households().size());
    }
    return finding.message();
  }
}
