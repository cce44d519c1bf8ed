package nl.dekking.report.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.analysis.GapCluster;
import nl.dekking.analysis.GapStreet;
import nl.dekking.analysis.GroupCoverage;
import nl.dekking.analysis.GroupStreet;
import nl.dekking.analysis.Language;
import nl.dekking.analysis.NeighbourhoodCoverage;
import nl.dekking.analysis.Overlap;
import nl.dekking.analysis.QaFinding;
import nl.dekking.analysis.RuleViolation;
import nl.dekking.analysis.StreetCoverage;
import nl.dekking.members.MemberCheck;
import nl.dekking.model.Audience;
import nl.dekking.model.Contact;
import nl.dekking.model.Group;
import nl.dekking.report.words.CapacityText;
import nl.dekking.report.words.FindingText;
import nl.dekking.report.words.MemberText;
import nl.dekking.report.words.ReportText;
import nl.dekking.report.map.SvgMapWriter;
import nl.dekking.rules.CapacityState;

/**
 * Writes the report as one self-contained HTML page: inline CSS and the inline SVG map, no scripts, no fonts, no
 * images or links that would load anything. All text is escaped. Tables have header cells; group rows and map
 * shapes carry {@code data-group-id}, gap rows {@code data-gap-id}, so tests and readers can find them. The page is
 * internal (it says so at the top): contacts appear as {@link Audience#INTERNAL} may read them, with consent
 * {@code PUBLIC} or {@code MUNICIPALITY_ONLY}, never {@code NONE}. It reads the report alone. Linear in the report's
 * size. Stateless.
 */
final class HtmlPage {

  private static final char NL_GROUPING =
      java.text.DecimalFormatSymbols.getInstance(Phrase.locale(Language.NL)).getGroupingSeparator();
  private static final char UK_GROUPING =
      java.text.DecimalFormatSymbols.getInstance(Phrase.locale(Language.EN)).getGroupingSeparator();
  private static final String TABLE_END = "</tbody>\n</table>\n</section>\n";

  private final boolean planLinks;
  private final Optional<MemberCheck> members;
  private final Map<String, MemberCheck.GroupMembers> memberCounts = new HashMap<>();
  private final CoverageReport report;
  private final Language lang;
  private final Map<String, String> colours;
  private final String adminWord;
  private final String adminsWord;
  private final StringBuilder out = new StringBuilder(1 << 18);

  private HtmlPage(CoverageReport report, Language lang, boolean planLinks, Optional<MemberCheck> members) {
    this.planLinks = planLinks;
    this.members = members;
    members.ifPresent(c -> c.groups().forEach(g -> memberCounts.put(g.id(), g)));
    this.report = report;
    this.lang = lang;
    this.colours = ReportMap.colours(report);
    this.adminWord = report.rules().adminTitle().word(lang == Language.EN);
    this.adminsWord = report.rules().adminTitle().plural(lang == Language.EN);
  }

  static String render(CoverageReport report, Language lang, String title, String svg, String outsideMap,
      LocalDate date) {
    return render(report, lang, title, svg, outsideMap, date, false);
  }

  /** The page; with {@code planLinks}, the advice of a group to split links to its proposal in {@code plan.html}. */
  static String render(CoverageReport report, Language lang, String title, String svg, String outsideMap,
      LocalDate date, boolean planLinks) {
    return render(report, lang, title, svg, outsideMap, date, planLinks, Optional.empty());
  }

  /**
   * The page; with a member check, a section with its counts per group (no addresses) and each group's member
   * violations among its notes.
   */
  static String render(CoverageReport report, Language lang, String title, String svg, String outsideMap,
      LocalDate date, boolean planLinks, Optional<MemberCheck> members) {
    return new HtmlPage(report, lang, planLinks, members).page(title, svg, outsideMap, date);
  }

  /** Whether the report's groups are marked as sample data (a {@code sample} property). */
  static boolean isSample(CoverageReport report) {
    return report.map().groups().stream().anyMatch(g -> g.metadata().containsKey("sample"));
  }

  private String page(String title, String svg, String outsideMap, LocalDate date) {
    out.append("<!DOCTYPE html>\n<html lang=\"").append(lang == Language.EN ? "en" : "nl").append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
        .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
        .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    out.append("<header>\n<h1>").append(esc(title)).append("</h1>\n<p class=\"meta\">")
        .append(esc(Phrase.SUBTITLE.in(lang, ReportText.date(date, lang), report.rules().name()))).append("</p>\n");
    out.append("<p class=\"notice internal\" data-audience=\"internal\">").append(esc(Phrase.INTERNAL_NOTICE.in(lang)))
        .append("</p>\n");
    if (isSample(report)) {
      out.append("<p class=\"notice sample\">").append(esc(Phrase.SAMPLE_NOTICE.in(lang))).append("</p>\n");
    }
    out.append("</header>\n<main>\n");
    headline();
    out.append("<section id=\"map\">\n<h2>").append(esc(Phrase.MAP.in(lang))).append("</h2>\n<figure>\n");
    // the map, most of a city's page, is put in once the rest is written: copied once, not grown into a buffer
    int mapAt = out.length();
    out.append("<figcaption>").append(esc(Phrase.MAP_CAPTION.in(lang)));
    if (!outsideMap.isEmpty()) {
      out.append(' ').append(esc(outsideMap));
    }
    out.append("</figcaption>\n</figure>\n</section>\n");
    groups();
    members();
    gaps();
    openStreets();
    overlaps();
    findings();
    neighbourhoods();
    out.append("</main>\n<footer><p>").append(esc(Phrase.SOURCES.in(lang))).append("</p></footer>\n</body>\n</html>\n");
    return out.substring(0, mapAt) + svg + out.substring(mapAt);
  }

  private void headline() {
    int households = report.households();
    double share = households == 0 ? 0 : 100.0 * report.covered() / households;
    CapacityText.Counts counts = CapacityText.count(report);
    long mapErrors = report.findings().stream().filter(f -> f.kind() != QaFinding.Kind.DUPLICATE_ADDRESS).count();
    out.append("<section id=\"headline\">\n<h2>").append(esc(Phrase.HEADLINE.in(lang))).append("</h2>\n<div class=\"cards\">\n");
    card("coverage", Phrase.COVERAGE.in(lang), String.format(Phrase.locale(lang), "%.1f%%", share),
        Phrase.COVERAGE_DETAIL.in(lang, report.covered(), households), share >= 90 ? "good" : share >= 60 ? "warn" : "bad");
    card("uncovered", Phrase.UNCOVERED.in(lang), num(report.uncovered()),
        Phrase.UNCOVERED_DETAIL.in(lang, report.gapClusters().size()), report.uncovered() == 0 ? "good" : "bad");
    card("over-capacity", Phrase.OVER_CAPACITY.in(lang), num(counts.overCapacity()),
        Phrase.OVER_CAPACITY_DETAIL.in(lang, counts.groups(), counts.nearCapacity()),
        counts.overCapacity() == 0 ? "good" : "bad");
    card("advice-split", Phrase.ADVICE.in(lang), num(counts.toSplit()), Phrase.ADVICE_DETAIL.in(lang),
        counts.toSplit() == 0 ? "good" : "warn");
    card("overlaps", Phrase.OVERLAPS_AND_ERRORS.in(lang), num(report.overlaps().size() + mapErrors),
        Phrase.OVERLAPS_AND_ERRORS_DETAIL.in(lang, report.overlaps().size(), mapErrors),
        report.overlaps().size() + mapErrors == 0 ? "good" : "warn");
    if (members.isPresent()) {
      MemberCheck.Totals t = members.get().totals();
      card("member-violations", MemberText.Column.VIOLATIONS.in(lang) + " (" + MemberText.heading(lang).toLowerCase(
          Phrase.locale(lang)) + ")", num(t.violations()), MemberText.summary(members.get(), lang),
          t.violations() == 0 ? "good" : "bad");
    }
    out.append("</div>\n<p class=\"capacity-summary\">").append(esc(CapacityText.summary(counts, lang)))
        .append("</p>\n</section>\n");
  }

  private void card(String id, String label, String figure, String detail, String tone) {
    out.append("<div class=\"card ").append(tone).append("\" data-figure=\"").append(id).append("\"><span class=\"label\">")
        .append(esc(label)).append("</span><span class=\"figure\">").append(esc(figure))
        .append("</span><span class=\"detail\">").append(esc(detail)).append("</span></div>\n");
  }

  private void groups() {
    section("groups", Phrase.GROUPS.in(lang), Phrase.GROUPS_INTRO.in(lang, adminWord, adminWord));
    table("groups", Phrase.COL_GROUP.in(lang), Phrase.COL_HOUSEHOLDS.in(lang), Phrase.COL_MEMBERS.in(lang),
        Phrase.COL_CAPACITY.in(lang), Phrase.COL_STREETS.in(lang), capitalised(adminWord), Phrase.COL_NOTES.in(lang));
    for (int o = 0; o < report.groups().size(); o++) {
      GroupCoverage g = report.groups().get(o);
      Group group = report.map().group(o);
      out.append("<tr data-group-id=\"").append(esc(g.id())).append("\" class=\"capacity-")
          .append(g.capacityState().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).append("\">");
      out.append("<th scope=\"row\"><span class=\"swatch\" style=\"background:").append(colours.get(g.id()))
          .append("\"></span>").append(esc(g.id())).append("<br><span class=\"name\">").append(esc(g.name()))
          .append("</span></th>");
      out.append("<td class=\"num\">").append(num(g.households())).append("</td>");
      out.append("<td class=\"num\">").append(num(g.members())).append("</td>");
      out.append("<td><span class=\"badge ").append(tone(g.capacityState())).append("\">")
          .append(esc(CapacityText.state(g.capacityState(), report.rules(), lang))).append("</span>");
      if (g.needsSplit()) {
        out.append("<p class=\"advice\" data-groups-needed=\"").append(g.groupsNeeded()).append("\">")
            .append(esc(CapacityText.advice(g, lang)));
        if (planLinks) {
          out.append(" <a class=\"plan-link\" href=\"plan.html#plan-").append(esc(g.id())).append("\">")
              .append(lang == Language.EN ? "see the proposed split" : "bekijk het splitsingsvoorstel").append("</a>");
        }
        out.append("</p>");
      }
      out.append("</td>");
      out.append("<td class=\"streets\">").append(esc(streets(g))).append("</td>");
      out.append("<td class=\"admin\">");
      admin(group);
      out.append("</td><td class=\"notes\">");
      List<String> notes = notes(g);
      for (String n : notes) {
        out.append("<p>").append(esc(n)).append("</p>");
      }
      out.append("</td></tr>\n");
    }
    out.append(TABLE_END);
  }

  private static String tone(CapacityState state) {
    return switch (state) {
      case OK -> "good";
      case NEAR_CAPACITY -> "warn";
      case OVER_CAPACITY -> "bad";
    };
  }

  private static String capitalised(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private String streets(GroupCoverage g) {
    List<String> names = new ArrayList<>();
    for (GroupStreet s : g.streets()) {
      names.add(s.extent() == GroupStreet.Extent.FULL ? s.name() : s.name() + " (" + Phrase.PARTLY.in(lang) + ")");
    }
    return String.join(", ", names);
  }

  /** The admins the internal audience may read; one line per admin it may not ("not public"). */
  private void admin(Group group) {
    if (group.admins().isEmpty()) {
      out.append("<span class=\"missing\">").append(esc(Phrase.ADMIN_NONE.in(lang, adminWord))).append("</span>");
      return;
    }
    boolean first = true;
    for (Contact c : group.admins()) {
      if (!first) {
        out.append("<br>");
      }
      first = false;
      if (!Audience.INTERNAL.mayInclude(c.consent())) {
        out.append("<span class=\"private\">").append(esc(Phrase.ADMIN_NOT_PUBLIC.in(lang))).append("</span>");
        continue;
      }
      out.append(esc(c.isPublic() ? c.name() : Phrase.ADMIN_SHARED_ONLY.in(lang, c.name())));
      if (!c.email().isEmpty()) {
        out.append("<br><a href=\"mailto:").append(esc(c.email())).append("\">").append(esc(c.email())).append("</a>");
      }
      if (!c.phone().isEmpty()) {
        out.append("<br><a href=\"tel:").append(esc(c.phone().replace(" ", ""))).append("\">").append(esc(c.phone()))
            .append("</a>");
      }
    }
  }

  private List<String> notes(GroupCoverage g) {
    Set<String> notes = new LinkedHashSet<>();
    for (RuleViolation v : g.violations()) {
      notes.add(switch (v.kind()) {
        case NO_ADMIN -> Phrase.NOTE_NO_ADMIN.in(lang, adminWord);
        case TOO_MANY_ADMINS -> Phrase.NOTE_TOO_MANY_ADMINS.in(lang, adminsWord, g.admins());
        case MORE_MEMBERS_THAN_HOUSEHOLDS -> Phrase.NOTE_MORE_MEMBERS.in(lang);
        case ADMIN_CONTACT_NOT_PUBLIC -> Phrase.NOTE_NOT_PUBLIC.in(lang, adminWord);
      });
    }
    if (g.sharedHouseholds() > 0) {
      notes.add(Phrase.NOTE_SHARED.in(lang, g.sharedHouseholds()));
    }
    MemberCheck.GroupMembers counted = memberCounts.get(g.id());
    if (counted != null) {
      notes.addAll(MemberText.groupNotes(counted, report.rules(), lang));
    }
    return new ArrayList<>(notes);
  }

  /** The member check's counts per group and in total; counts only, never an address. */
  private void members() {
    if (members.isEmpty()) {
      return;
    }
    MemberCheck check = members.get();
    section("members", MemberText.heading(lang), MemberText.intro(check.rules(), lang));
    MemberText.Column[] columns = MemberText.Column.values();
    String[] headings = new String[columns.length];
    for (int i = 0; i < columns.length; i++) {
      headings[i] = columns[i].in(lang);
    }
    table("members", headings);
    for (MemberCheck.GroupMembers g : check.groups()) {
      out.append("<tr data-member-group=\"").append(esc(g.id())).append("\"><th scope=\"row\">").append(esc(groupLabel(g.id())))
          .append("</th>");
      memberCells(g.declared(), g.counted(), g.outsideArea(), g.secondInHousehold(), g.unknownAddress(), g.violations());
      out.append("</tr>\n");
    }
    MemberCheck.Totals t = check.totals();
    int declared = check.groups().stream().mapToInt(MemberCheck.GroupMembers::declared).sum();
    out.append("<tr class=\"total\" data-member-group=\"\"><th scope=\"row\">").append(esc(MemberText.total(lang)))
        .append("</th>");
    memberCells(declared, t.counted(), t.outsideArea(), t.secondInHousehold(), t.unknownAddress(), t.violations());
    out.append("</tr>\n</tbody>\n</table>\n");
    if (!check.unknownGroups().isEmpty()) {
      out.append("<p class=\"unknown-groups\">").append(esc(MemberText.unknownGroups(check, lang))).append("</p>\n");
    }
    if (!check.unlisted().isEmpty()) {
      out.append("<p class=\"unlisted-groups\">").append(esc(MemberText.unlisted(check, lang))).append("</p>\n");
    }
    out.append("</section>\n");
  }

  private void memberCells(int... counts) {
    for (int c : counts) {
      out.append("<td class=\"num\">").append(num(c)).append("</td>");
    }
  }

  private void gaps() {
    section("gaps", Phrase.GAPS.in(lang), Phrase.GAPS_INTRO.in(lang, report.settings().walkingDistanceM()));
    if (report.gapClusters().isEmpty()) {
      out.append("<p class=\"none\">").append(esc(Phrase.GAPS_NONE.in(lang))).append("</p>\n</section>\n");
      return;
    }
    table("gaps", Phrase.COL_AREA.in(lang), Phrase.COL_HOUSEHOLDS.in(lang), Phrase.COL_STREETS_NUMBERS.in(lang));
    int n = 0;
    int smallClusters = 0;
    int smallHouseholds = 0;
    for (GapCluster c : report.gapClusters()) {
      n++;
      if (c.householdCount() < ReportMap.MIN_LISTED_HOUSEHOLDS) {
        smallClusters++;
        smallHouseholds += c.householdCount();
        continue;
      }
      out.append("<tr data-gap-id=\"").append(esc(c.id())).append("\"><th scope=\"row\"><span class=\"gap-number\">")
          .append(n).append("</span> ").append(esc(GapNames.name(c, n, lang))).append("</th><td class=\"num\">")
          .append(num(c.householdCount())).append("</td><td><ul>");
      for (GapStreet s : c.streets()) {
        out.append("<li><strong>").append(esc(s.name())).append("</strong> (").append(esc(s.place())).append("): ")
            .append(esc(s.numbers(lang))).append("</li>");
      }
      out.append("</ul></td></tr>\n");
    }
    if (smallClusters > 0) {
      out.append("<tr class=\"small-gaps\"><th scope=\"row\">").append(esc(Phrase.GAPS_SMALL.in(lang, smallClusters)))
          .append("</th><td class=\"num\">").append(num(smallHouseholds)).append("</td><td>")
          .append(esc(Phrase.GAPS_SMALL_DETAIL.in(lang, ReportMap.MIN_LISTED_HOUSEHOLDS))).append("</td></tr>\n");
    }
    out.append(TABLE_END);
  }

  private void openStreets() {
    List<StreetCoverage> open = report.streets().stream().filter(s -> s.uncovered() > 0).toList();
    if (open.isEmpty()) {
      return;
    }
    section("streets", Phrase.STREETS_OPEN.in(lang), "");
    table("streets", Phrase.COL_STREET.in(lang), Phrase.COL_HOUSEHOLDS.in(lang), Phrase.COL_UNCOVERED_NUMBERS.in(lang));
    for (StreetCoverage s : open) {
      out.append("<tr><th scope=\"row\">").append(esc(s.name())).append(" <span class=\"place\">(").append(esc(s.place()))
          .append(")</span></th><td class=\"num\">").append(num(s.uncovered())).append(" / ").append(num(s.households()))
          .append("</td><td>").append(esc(s.uncoveredNumbers(lang))).append("</td></tr>\n");
    }
    out.append(TABLE_END);
  }

  private void overlaps() {
    section("overlaps", Phrase.OVERLAPS.in(lang), Phrase.OVERLAPS_INTRO.in(lang));
    if (report.overlaps().isEmpty()) {
      out.append("<p class=\"none\">").append(esc(Phrase.OVERLAPS_NONE.in(lang))).append("</p>\n</section>\n");
      return;
    }
    table("overlaps", Phrase.COL_GROUPS.in(lang), Phrase.COL_SHARED_AREA.in(lang), Phrase.COL_SHARED_HOUSEHOLDS.in(lang));
    for (Overlap o : report.overlaps()) {
      out.append("<tr data-overlap=\"").append(esc(o.groupA() + "/" + o.groupB())).append("\"><th scope=\"row\">")
          .append(esc(groupLabel(o.groupA()))).append(" &amp; ").append(esc(groupLabel(o.groupB())))
          .append("</th><td class=\"num\">").append(esc(String.format(Phrase.locale(lang), "%,.0f m²", o.areaM2())))
          .append("</td><td class=\"num\">").append(num(o.households().size())).append("</td></tr>\n");
    }
    out.append(TABLE_END);
  }

  private void findings() {
    section("findings", Phrase.FINDINGS.in(lang), Phrase.FINDINGS_INTRO.in(lang));
    if (report.findings().isEmpty()) {
      out.append("<p class=\"none\">").append(esc(Phrase.FINDINGS_NONE.in(lang))).append("</p>\n</section>\n");
      return;
    }
    table("findings", Phrase.COL_KIND.in(lang), Phrase.COL_GROUPS.in(lang), Phrase.COL_DESCRIPTION.in(lang));
    for (QaFinding f : report.findings()) {
      out.append("<tr data-finding=\"").append(f.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
          .append("\"><th scope=\"row\">").append(esc(FindingText.kind(f.kind(), lang))).append("</th><td>")
          .append(esc(String.join(", ", f.groupIds()))).append("</td><td>").append(esc(FindingText.sentence(f, lang)))
          .append("</td></tr>\n");
    }
    out.append(TABLE_END);
  }

  private void neighbourhoods() {
    if (report.neighbourhoods().isEmpty()) {
      return;
    }
    boolean wijken = report.neighbourhoods().stream().allMatch(NeighbourhoodCoverage::isWijk);
    String word = ReportText.neighbourhoodWord(wijken, lang);
    section("neighbourhoods", Phrase.NEIGHBOURHOODS.in(lang, lang == Language.EN ? word.toLowerCase(java.util.Locale.ROOT)
        : word.toLowerCase(java.util.Locale.ROOT)), "");
    table("neighbourhoods", word, Phrase.COL_HOUSEHOLDS_ADDRESSES.in(lang), Phrase.COL_HOUSEHOLDS_CBS.in(lang),
        Phrase.COL_COVERED.in(lang));
    for (NeighbourhoodCoverage n : report.neighbourhoods()) {
      out.append("<tr><th scope=\"row\">").append(esc(n.name())).append(" <span class=\"place\">(").append(esc(n.code()))
          .append(")</span></th><td class=\"num\">").append(num(n.households())).append("</td><td class=\"num\">")
          .append(n.reportedHouseholds().isPresent() ? num(n.reportedHouseholds().getAsInt()) : "–")
          .append("</td><td class=\"num\">")
          .append(n.coveredShare().isPresent()
              ? esc(String.format(Phrase.locale(lang), "%.1f%%", 100 * n.coveredShare().getAsDouble())) : "–")
          .append("</td></tr>\n");
    }
    out.append(TABLE_END);
  }

  private String groupLabel(String id) {
    return report.group(id).map(g -> g.id() + " " + g.name()).orElse(id);
  }

  private void section(String id, String heading, String intro) {
    out.append("<section id=\"").append(id).append("\">\n<h2>").append(esc(heading)).append("</h2>\n");
    if (!intro.isEmpty()) {
      out.append("<p class=\"intro\">").append(esc(intro)).append("</p>\n");
    }
  }

  /** Opens a table with a header row; {@link #TABLE_END} closes it and its section. */
  private void table(String cssClass, String... columns) {
    out.append("<table class=\"").append(cssClass).append("\">\n<thead><tr>");
    for (String c : columns) {
      out.append("<th scope=\"col\">").append(esc(c)).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
  }

  /** {@code String.format(locale, "%,d", n)} without the formatter (the page has a number in every cell). */
  private String num(long n) {
    return grouped(n, lang == Language.EN ? UK_GROUPING : NL_GROUPING);
  }

  /** The digits of {@code n} in groups of three, as {@code %,d} writes them in locales grouping by three. */
  static String grouped(long n, char separator) {
    String digits = Long.toString(n);
    int sign = n < 0 ? 1 : 0;
    int length = digits.length() - sign;
    if (length <= 3) {
      return digits;
    }
    StringBuilder sb = new StringBuilder(digits.length() + length / 3);
    sb.append(digits, 0, sign);
    for (int i = 0; i < length; i++) {
      if (i > 0 && (length - i) % 3 == 0) {
        sb.append(separator);
      }
      sb.append(digits.charAt(sign + i));
    }
    return sb.toString();
  }

  private static String esc(String s) {
    return SvgMapWriter.escape(s);
  }

  private static final String CSS = """
      :root { --ink: #1b1b1b; --muted: #5a5a5a; --line: #d8d8d8; --good: #1e7d32; --warn: #b36b00; --bad: #c62828; }
      * { box-sizing: border-box; }
      body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif;
        color: var(--ink); background: #fafafa; line-height: 1.45; }
      header, main, footer { max-width: 1240px; margin: 0 auto; padding: 0 20px; }
      header { padding-top: 24px; }
      h1 { font-size: 1.8rem; margin: 0 0 4px; }
      h2 { font-size: 1.35rem; margin: 32px 0 8px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
      .meta, .intro, figcaption, footer { color: var(--muted); }
      .notice { background: #fff4d6; border-left: 5px solid #f0b400; padding: 10px 14px; }
      .notice.internal { background: #fde3e3; border-left-color: var(--bad); font-weight: 600; }
      .advice { color: var(--warn); font-size: 0.88rem; margin-top: 4px; }
      .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(190px, 1fr)); gap: 12px; }
      .card { background: #fff; border: 1px solid var(--line); border-top: 6px solid var(--muted); border-radius: 6px;
        padding: 12px 14px; display: flex; flex-direction: column; }
      .card.good { border-top-color: var(--good); } .card.warn { border-top-color: var(--warn); }
      .card.bad { border-top-color: var(--bad); }
      .card .label { font-weight: 600; } .card .figure { font-size: 2.2rem; font-weight: 700; }
      .card .detail { color: var(--muted); font-size: 0.92rem; }
      figure { margin: 0; } figure svg { width: 100%; height: auto; border: 1px solid var(--line); background: #fff; }
      table { width: 100%; border-collapse: collapse; background: #fff; font-size: 0.95rem; }
      th, td { text-align: left; vertical-align: top; padding: 7px 9px; border-bottom: 1px solid var(--line); }
      thead th { background: #eeeeee; font-weight: 600; }
      tbody th { font-weight: 600; }
      tr.total th, tr.total td { border-top: 2px solid var(--ink); }
      td.num { text-align: right; white-space: nowrap; }
      table.groups td.streets { width: 30%; } table.groups td.notes { width: 20%; }
      td.admin a { overflow-wrap: anywhere; }
      td p { margin: 0 0 4px; } td ul { margin: 0; padding-left: 18px; }
      .swatch { display: inline-block; width: 12px; height: 12px; margin-right: 6px; border-radius: 2px; vertical-align: -1px; }
      .name { font-weight: 400; }
      .badge { display: inline-block; padding: 2px 8px; border-radius: 10px; font-size: 0.88rem; white-space: nowrap; }
      .badge.good { background: #e3f3e5; color: var(--good); } .badge.warn { background: #fff1d6; color: var(--warn); }
      .badge.bad { background: #fde3e3; color: var(--bad); }
      .missing, .private { color: var(--bad); }
      .place { color: var(--muted); font-weight: 400; }
      .gap-number { display: inline-block; min-width: 22px; padding: 0 5px; border-radius: 11px; background: #ff7f0e;
        color: #fff; text-align: center; }
      footer { padding: 24px 20px 40px; font-size: 0.9rem; }
      @media print { body { background: #fff; } section { break-inside: avoid-page; } }
      """;
}
