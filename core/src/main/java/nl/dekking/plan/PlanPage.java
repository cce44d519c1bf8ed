package nl.dekking.plan;

import java.util.List;
import java.util.Locale;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.analysis.Language;
import nl.dekking.model.Household;
import nl.dekking.report.map.GroupPalette;
import nl.dekking.report.map.MapLayer;
import nl.dekking.report.map.MapScene;
import nl.dekking.report.map.SvgMapWriter;
import org.locationtech.jts.geom.Envelope;

/**
 * {@code plan.html}: one self-contained page (inline CSS and SVG, no scripts, nothing loaded) with a section per
 * oversized group and per gap cluster planned, {@code id="plan-<parent id>"} so the report can link to it: a map
 * before and after, and a table per proposed group with its streets and house numbers, what the officer mails to
 * the admins. All text is escaped. Linear in the plan's size. Stateless.
 */
final class PlanPage {

  private static final int MAP_WIDTH = 440;

  private PlanPage() {
  }

  static String render(Plan plan, CoverageReport report, Language lang) {
    boolean nl = lang == Language.NL;
    StringBuilder out = new StringBuilder(1 << 18);
    out.append("<!DOCTYPE html>\n<html lang=\"").append(nl ? "nl" : "en").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>").append(esc((nl ? "Voorstel: groepen splitsen en nieuwe groepen — " : "Plan: splits and new groups — ")
            + report.datasetName())).append("</title>\n<style>\n")
        .append("body{font-family:'DejaVu Sans','Liberation Sans',Arial,sans-serif;margin:24px;color:#222;max-width:1000px}\n")
        .append("section{border-top:1px solid #ccc;padding-top:12px;margin-top:20px}\n")
        .append(".maps{display:flex;gap:16px;flex-wrap:wrap}.maps figure{margin:0}figcaption{font-weight:bold}\n")
        .append("table{border-collapse:collapse;margin:8px 0 16px}td,th{border:1px solid #ccc;padding:3px 8px;")
        .append("text-align:left;vertical-align:top}th{background:#f0f0f0}.swatch{display:inline-block;width:12px;")
        .append("height:12px;margin-right:6px;border:1px solid #555}\n</style>\n</head>\n<body>\n");
    int cap = plan.settings().householdsPerGroup();
    out.append("<h1>").append(esc(nl ? "Voorstel: groepen splitsen en nieuwe groepen" : "Plan: splits and new groups"))
        .append("</h1>\n<p>").append(esc(nl
            ? String.format(Locale.ROOT, "Hoogstens %d huishoudens per groep. %d groepen zijn te groot en worden gesplitst; "
                + "%d plekken zonder groep (%d of meer huishoudens) krijgen nieuwe groepen, samen %d van de %d huishoudens zonder groep.",
                cap, plan.splits().size(), plan.newGroups().size(), plan.settings().minimumGapHouseholds(),
                plan.uncoveredPlanned(), plan.uncovered())
            : String.format(Locale.ROOT, "At most %d households per group. %d groups are too large and are split; "
                + "%d places without a group (%d or more households) get new groups, together %d of the %d households without a group.",
                cap, plan.splits().size(), plan.newGroups().size(), plan.settings().minimumGapHouseholds(),
                plan.uncoveredPlanned(), plan.uncovered())))
        .append("</p>\n<ul>\n");
    for (Proposal p : all(plan)) {
      out.append("<li><a href=\"#plan-").append(esc(p.parent())).append("\">").append(esc(heading(p, nl)))
          .append("</a></li>\n");
    }
    out.append("</ul>\n");
    int map = 0;
    for (Proposal p : all(plan)) {
      out.append("<section id=\"plan-").append(esc(p.parent())).append("\" data-parent=\"").append(esc(p.parent()))
          .append("\">\n<h2>").append(esc(heading(p, nl))).append("</h2>\n<div class=\"maps\">\n");
      out.append("<figure><figcaption>").append(nl ? "Nu" : "Now").append("</figcaption>\n")
          .append(svg(before(p, nl), map++)).append("</figure>\n");
      out.append("<figure><figcaption>").append(nl ? "Voorstel" : "Proposal").append("</figcaption>\n")
          .append(svg(after(p, nl), map++)).append("</figure>\n</div>\n");
      for (int i = 0; i < p.groups().size(); i++) {
        ProposedGroup g = p.groups().get(i);
        out.append("<h3 data-proposal-id=\"").append(esc(g.id())).append("\"><span class=\"swatch\" style=\"background:")
            .append(GroupPalette.colour(i)).append("\"></span>").append(esc((nl ? "Groep " : "Group ") + g.id()))
            .append(" — ").append(g.householdCount()).append(nl ? " huishoudens" : " households").append("</h3>\n")
            .append("<table>\n<thead><tr><th>").append(nl ? "Straat" : "Street").append("</th><th>")
            .append(nl ? "Plaats" : "Place").append("</th><th>").append(nl ? "Huisnummers" : "House numbers")
            .append("</th><th>").append(nl ? "Huishoudens" : "Households").append("</th></tr></thead>\n<tbody>\n");
        for (ProposedStreet s : g.streets()) {
          out.append("<tr><td>").append(esc(s.name())).append("</td><td>").append(esc(s.place())).append("</td><td>")
              .append(esc(s.whole() ? (nl ? "hele straat (" : "whole street (") + s.numbers(lang) + ")" : s.numbers(lang)))
              .append("</td><td>").append(s.households().size()).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
      }
      out.append("</section>\n");
    }
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  private static List<Proposal> all(Plan plan) {
    return java.util.stream.Stream.concat(plan.splits().stream(), plan.newGroups().stream()).toList();
  }

  private static String heading(Proposal p, boolean nl) {
    int n = p.households().size();
    int k = p.groups().size();
    if (p.kind() == ProposedGroup.Kind.SPLIT) {
      String name = p.name().equals(p.parent()) ? p.parent() : p.parent() + " " + p.name();
      return nl ? String.format(Locale.ROOT, "Groep %s: %d huishoudens, splitsen in %d groepen", name, n, k)
          : String.format(Locale.ROOT, "Group %s: %d households, split into %d groups", name, n, k);
    }
    return nl ? String.format(Locale.ROOT, "Zonder groep %s: %d huishoudens, %d nieuwe groep%s", p.parent(), n, k,
        k == 1 ? "" : "en")
        : String.format(Locale.ROOT, "Without a group %s: %d households, %d new group%s", p.parent(), n, k,
            k == 1 ? "" : "s");
  }

  private static Envelope extent(Proposal p) {
    Envelope e = new Envelope(p.area().getEnvelopeInternal());
    for (Household h : p.households()) {
      e.expandToInclude(h.x(), h.y());
    }
    e.expandBy(Math.max(30, 0.08 * Math.max(e.getWidth(), e.getHeight())));
    return e;
  }

  private static MapScene before(Proposal p, boolean nl) {
    MapScene.Builder b = MapScene.builder(extent(p), MAP_WIDTH).title(p.parent());
    MapLayer layer = p.kind() == ProposedGroup.Kind.SPLIT ? MapLayer.GROUP : MapLayer.GAP;
    b.area(layer, p.parent(), p.name(), p.kind() == ProposedGroup.Kind.SPLIT ? GroupPalette.colour(0) : "", p.area());
    points(b, p.households(), p.kind());
    b.legend(layer, p.kind() == ProposedGroup.Kind.SPLIT ? GroupPalette.colour(0) : "",
        p.parent() + ": " + p.households().size() + (nl ? " huishoudens" : " households"));
    return b.build();
  }

  private static MapScene after(Proposal p, boolean nl) {
    MapScene.Builder b = MapScene.builder(extent(p), MAP_WIDTH).title(p.parent());
    for (int i = 0; i < p.groups().size(); i++) {
      ProposedGroup g = p.groups().get(i);
      b.area(MapLayer.GROUP, g.id(), g.id(), GroupPalette.colour(i), g.area());
    }
    points(b, p.households(), p.kind());
    for (int i = 0; i < p.groups().size(); i++) {
      ProposedGroup g = p.groups().get(i);
      if (!g.area().isEmpty()) {
        b.areaLabel(MapScene.TextKind.GROUP, suffix(g.id(), p.parent()), g.area());
      }
      b.legend(MapLayer.GROUP, GroupPalette.colour(i), g.id() + ": " + g.householdCount()
          + (nl ? " huishoudens" : " households"));
    }
    return b.build();
  }

  private static void points(MapScene.Builder b, List<Household> households, ProposedGroup.Kind kind) {
    MapLayer layer = kind == ProposedGroup.Kind.SPLIT ? MapLayer.HOUSEHOLD_COVERED : MapLayer.HOUSEHOLD_UNCOVERED;
    for (Household h : households) {
      b.point(layer, h.id(), h.address().display(), h.x(), h.y());
    }
  }

  private static String suffix(String id, String parent) {
    return id.startsWith(parent + "-") ? id.substring(parent.length() + 1) : id;
  }

  private static String svg(MapScene scene, int n) {
    return SvgMapWriter.toSvg(scene).replace("dekking-map-clip", "dekking-map-clip-" + n)
        .replace("dekking-map-title", "dekking-map-title-" + n);
  }

  static String esc(String s) {
    return SvgMapWriter.escape(s);
  }
}
