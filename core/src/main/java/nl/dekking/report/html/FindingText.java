package nl.dekking.report.html;

import nl.dekking.analysis.Language;
import nl.dekking.analysis.QaFinding;

/** Puts map and address QA findings into words for people, in Dutch or English, from their typed fields. */
final class FindingText {

  private FindingText() {}

  static String kind(QaFinding.Kind kind, Language language) {
    return switch (kind) {
      case REPAIRED_AREA -> Phrase.KIND_REPAIRED_AREA.in(language);
      case NARROW_GAP -> Phrase.KIND_NARROW_GAP.in(language);
      case SMALL_OVERLAP -> Phrase.KIND_SMALL_OVERLAP.in(language);
      case SLIVER_OVERLAP -> Phrase.KIND_SLIVER_OVERLAP.in(language);
      case NO_HOUSEHOLDS -> Phrase.KIND_NO_HOUSEHOLDS.in(language);
      case DUPLICATE_ADDRESS -> Phrase.KIND_DUPLICATE_ADDRESS.in(language);
    };
  }

  static String sentence(QaFinding finding, Language language) {
    if (finding instanceof QaFinding.RepairedArea r) {
      return Phrase.FINDING_REPAIRED_AREA.in(language, r.groupId(), r.areaBeforeM2(), r.areaAfterM2());
    } else if (finding instanceof QaFinding.NarrowGap g) {
      return Phrase.FINDING_NARROW_GAP.in(language, g.widthM(), g.areaM2(), String.join(", ", g.groupIds()));
    } else if (finding instanceof QaFinding.OverlapError o && o.kind() == QaFinding.Kind.SMALL_OVERLAP) {
      return Phrase.FINDING_SMALL_OVERLAP.in(language, o.groupA(), o.groupB(), o.areaM2());
    } else if (finding instanceof QaFinding.OverlapError o) {
      return Phrase.FINDING_SLIVER_OVERLAP.in(language, o.groupA(), o.groupB(), o.areaM2(), o.widthM());
    } else if (finding instanceof QaFinding.NoHouseholds n) {
      return Phrase.FINDING_NO_HOUSEHOLDS.in(language, n.groupId());
    } else if (finding instanceof QaFinding.DuplicateAddress d) {
      return Phrase.FINDING_DUPLICATE_ADDRESS.in(language, d.households().get(0).address().display(),
          d.households().size());
    }
    return finding.message();
  }
}
