package nl.dekking.report.html;

import nl.dekking.model.Streets;
import java.util.Locale;
import nl.dekking.analysis.Language;

/**
 * Every sentence and word of the HTML report and its map, in Dutch and English. Arguments follow
 * {@link String#format} in the language's locale, so Dutch numbers read {@code 1.140} and English {@code 1,140}.
 * Immutable.
 */
enum Phrase {
  SUBTITLE("Gemaakt op %s met de regels van %s.", "Made on %s with the rules of %s."),
  SAMPLE_NOTICE("Voorbeeldgegevens: de adressen, wegen en wijken zijn echt, maar de groepen en hun beheerders zijn verzonnen om te laten zien wat dit rapport vindt.",
      "Sample data: the addresses, roads and neighbourhoods are real, but the groups and their admins are invented to show what this report finds."),
  HEADLINE("Kerncijfers", "Key figures"),
  COVERAGE("Dekking", "Coverage"),
  COVERAGE_DETAIL("%,d van %,d huishoudens zitten in het gebied van een groep", "%,d of %,d households are in a group's area"),
  UNCOVERED("Huishoudens zonder groep", "Households without a group"),
  UNCOVERED_DETAIL("in %,d gebieden zonder groep", "in %,d areas without a group"),
  OVER_CAPACITY("Groepen boven capaciteit", "Groups over capacity"),
  OVER_CAPACITY_DETAIL("te veel leden (van %,d groepen); %,d bijna vol", "too many members (of %,d groups); %,d nearly full"),
  ADVICE("Advies: gebied te groot", "Advice: area too large"),
  ADVICE_DETAIL("gebieden kunnen meer dan één groep dragen; geen regel overtreden", "areas could hold more than one group; no rule broken"),
  OVERLAPS_AND_ERRORS("Overlappen en kaartfouten", "Overlaps and map errors"),
  OVERLAPS_AND_ERRORS_DETAIL("%,d overlappen, %,d kaartfouten", "%,d overlaps, %,d map errors"),
  MAP("Kaart", "Map"),
  MAP_TITLE("Buurtpreventiegroepen %s", "Neighbourhood-watch groups %s"),
  MAP_CAPTION("Gekleurde vlakken zijn de groepen; rode stippen zijn huishoudens zonder groep; oranje gestippelde gebieden zijn plekken waar een nieuwe groep kan beginnen; rood gearceerd is waar groepen elkaar overlappen; paars zijn kaartfouten.",
      "Coloured areas are the groups; red dots are households without a group; dashed orange areas are places where a new group could start; red hatching is where groups overlap; purple marks map errors."),
  MAP_OUTSIDE("Buiten de kaart liggen nog %,d gebieden zonder groep met samen %,d huishoudens (%s); ze staan in de lijst hieronder.",
      "Outside the map lie %,d more areas without a group, with %,d households together (%s); they are in the list below."),
  MAP_OUTSIDE_PLACE("%s: %,d", "%s: %,d"),
  LEGEND_OVERLAP("Overlap van groepen", "Groups overlap"),
  LEGEND_GAP("Gebied zonder groep (nummer uit de lijst)", "Area without a group (number in the list)"),
  LEGEND_SLIVER("Kaartfout: smalle strook of kleine overlap", "Map error: narrow strip or small overlap"),
  LEGEND_UNCOVERED("Huishouden zonder groep", "Household without a group"),
  LEGEND_COVERED("Huishouden in een groep", "Household in a group"),
  LEGEND_ROAD("Weg (BGT)", "Road (BGT)"),
  LEGEND_NEIGHBOURHOOD("Buurtgrens (CBS)", "Neighbourhood boundary (CBS)"),
  LEGEND_WIJK("Wijkgrens (CBS)", "District boundary (CBS)"),
  GROUPS("Groepen", "Groups"),
  GROUPS_INTRO("Per groep: de huishoudens in het gebied (één deelnemer per huishouden), de leden, of de groep binnen de regels blijft, het advies als het gebied meer groepen kan dragen, de straten en de %s. Contactgegevens staan er alleen als de %s toestemming gaf om ze met de gemeente te delen.",
      "Per group: the households in its area (one member per household), the members, whether the group keeps to the rules, the advice when the area could hold more groups, its streets and its %s. Contact details appear only where the %s agreed to share them with the municipality."),
  INTERNAL_NOTICE("Intern — niet publiceren. Dit rapport bevat contactgegevens die alleen de gemeente mag zien; publiceer groups.geojson of groups.kml.",
      "Internal — do not publish. This report holds contact details only the municipality may see; publish groups.geojson or groups.kml."),
  COL_GROUP("Groep", "Group"),
  COL_HOUSEHOLDS("Huishoudens", "Households"),
  COL_MEMBERS("Leden", "Members"),
  COL_CAPACITY("Capaciteit", "Capacity"),
  COL_STREETS("Straten", "Streets"),
  COL_NOTES("Aandachtspunten", "Points to note"),
  COL_AREA("Gebied", "Area"),
  COL_STREETS_NUMBERS("Straten en huisnummers om te benaderen", "Streets and house numbers to approach"),
  COL_GROUPS("Groepen", "Groups"),
  COL_SHARED_AREA("Gedeelde oppervlakte", "Shared area"),
  COL_SHARED_HOUSEHOLDS("Huishoudens in beide", "Households in both"),
  COL_KIND("Soort", "Kind"),
  COL_DESCRIPTION("Omschrijving", "Description"),
  COL_HOUSEHOLDS_ADDRESSES("Huishoudens (adressen)", "Households (addresses)"),
  COL_HOUSEHOLDS_CBS("Huishoudens volgens CBS", "Households according to CBS"),
  COL_COVERED("Gedekt", "Covered"),
  PARTLY("deels", "partly"),
  ADMIN_NONE("Geen %s", "No %s"),
  ADMIN_NOT_PUBLIC("Niet openbaar (geen toestemming)", "Not public (no consent)"),
  NOTE_NO_ADMIN("Geen %s: zoek iemand die de groep beheert.", "No %s: find someone to run the group."),
  NOTE_TOO_MANY_ADMINS("Meer %s dan de regels toestaan (%s).", "More %s than the rules allow (%s)."),
  NOTE_MORE_MEMBERS("Meer leden dan huishoudens in het gebied.", "More members than households in the area."),
  NOTE_NOT_PUBLIC("De %s gaf geen toestemming om contactgegevens openbaar te maken.", "The %s did not agree to publish their contact details."),
  NOTE_SHARED("%,d huishoudens ook in een andere groep.", "%,d households also in another group."),
  GAPS("Gebieden zonder groep", "Areas without a group"),
  GAPS_INTRO("Huishoudens zonder groep die dicht bij elkaar wonen (binnen %,.0f m): hier kan een nieuwe groep beginnen, of een buurgroep kan uitbreiden. Het nummer staat ook op de kaart.",
      "Households without a group living close together (within %,.0f m): a new group could start here, or a neighbouring group could grow. The number is also on the map."),
  GAPS_NONE("Elk huishouden zit in het gebied van een groep.", "Every household is in a group's area."),
  GAPS_SMALL("%,d losse adressen of paren", "%,d single addresses or pairs"),
  GAPS_SMALL_DETAIL("Groepjes van minder dan %d huishoudens, ver van andere: op de kaart zonder nummer; hun huisnummers staan in de lijst van straten hieronder.",
      "Clusters of fewer than %d households, far from others: on the map without a number; their house numbers are in the list of streets below."),
  GAP_NAME("Gebied %d", "Area %d"),
  GAP_NEAR("bij %s", "near %s"),
  STREETS_OPEN("Straten die niet helemaal gedekt zijn", "Streets not fully covered"),
  COL_STREET("Straat", "Street"),
  COL_UNCOVERED_NUMBERS("Huisnummers zonder groep", "House numbers without a group"),
  OVERLAPS("Overlappen", "Overlaps"),
  OVERLAPS_INTRO("Gebieden die bij twee groepen horen. Spreek af bij welke groep ze horen.", "Areas that belong to two groups. Agree which group they belong to."),
  OVERLAPS_NONE("Geen groepen overlappen elkaar.", "No groups overlap."),
  FINDINGS("Controle van kaart en adressen", "Checks of the map and addresses"),
  FINDINGS_INTRO("Fouten in het tekenwerk of de adressen: geen echte gaten of overlappen, maar wel iets om recht te zetten.",
      "Errors in the drawing or the addresses: not real gaps or overlaps, but worth putting right."),
  FINDINGS_NONE("Geen fouten gevonden.", "No errors found."),
  NEIGHBOURHOODS("Dekking per %s", "Coverage per %s"),
  SOURCES("Bronnen: adressen BAG (Kadaster, CC0), wegen en straatnamen BGT (CC0), wijken CBS (CC-BY 4.0, Bron: CBS). Gemaakt met Dekking.",
      "Sources: addresses BAG (Kadaster, CC0), roads and street names BGT (CC0), neighbourhoods CBS (CC-BY 4.0, source: CBS). Made with Dekking."),
  GEOJSON_DESCRIPTION("%,d leden, %,d huishoudens in het gebied. %s", "%,d members, %,d households in the area. %s"),
  CONTACT("%s: %s", "%s: %s"),
  ADMIN_SHARED_ONLY("%s (alleen voor de gemeente)", "%s (municipality only)");

  private final String nl;
  private final String en;

  Phrase(String nl, String en) {
    this.nl = nl;
    this.en = en;
  }

  /** This phrase in a language, with its arguments filled in. */
  public String in(Language language, Object... args) {
    String pattern = language == Language.EN ? en : nl;
    return args.length == 0 ? pattern : String.format(locale(language), pattern, args);
  }

  static Locale locale(Language language) {
    return language == Language.EN ? Locale.UK : Locale.forLanguageTag("nl-NL");
  }
}
