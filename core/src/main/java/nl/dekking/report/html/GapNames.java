package nl.dekking.report.html;

import nl.dekking.analysis.GapCluster;
import nl.dekking.analysis.GapStreet;
import nl.dekking.analysis.Language;

/** Names gap clusters the same way on the map, in its caption and in the gap list: "Gebied 2, bij Karweg (Otterlo)". */
final class GapNames {

  private GapNames() {}

  /** The cluster's name: its number in the report and its main street. */
  static String name(GapCluster cluster, int number, Language language) {
    String name = Phrase.GAP_NAME.in(language, number);
    if (cluster.streets().isEmpty()) {
      return name;
    }
    GapStreet main = cluster.streets().get(0);
    return name + ", " + Phrase.GAP_NEAR.in(language, main.name() + " (" + main.place() + ")");
  }
}
