package nl.dekking.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.dekking.analysis.Language;
import nl.dekking.report.map.SvgMapWriter;
import nl.dekking.report.words.ReportText;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * The national overview page {@code index.html}: totals, a map of the country with each municipality shaded by the
 * share of its households that a group covers (a link to its report), and a table of the municipalities that sorts
 * on a click or Enter on a column header. Self-contained (inline CSS, SVG and a few lines of script); the table is
 * complete without script. Linear in the number of neighbourhood vertices. Thread-safe.
 */
final class NationalPage {

  private static final double WIDTH = 620;
  private static final double SIMPLIFY_M = 250;

  private NationalPage() {
  }

  static String render(List<NationalReportWriter.MunicipalityRow> rows, Map<String, List<Geometry>> areas,
      int households, int covered, Language language) {
    boolean nl = language == Language.NL;
    StringBuilder b = new StringBuilder(1 << 20);
    String title = nl ? "Dekking van de buurtpreventiegroepen per gemeente" : "Neighbourhood-watch coverage per municipality";
    b.append("<!DOCTYPE html>\n<html lang=\"").append(nl ? "nl" : "en").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(esc(title)).append("</title>\n<style>\n")
        .append("body{font-family:system-ui,sans-serif;margin:1rem auto;max-width:72rem;padding:0 1rem;color:#222}\n")
        .append(".notice{background:#fde8e8;border:1px solid #c53030;padding:.4rem .8rem;font-weight:bold}\n")
        .append("table{border-collapse:collapse;width:100%}th,td{padding:.25rem .5rem;border-bottom:1px solid #ddd;text-align:left}\n")
        .append("td.n,th.n{text-align:right}th{cursor:pointer;background:#f4f4f4}th:focus{outline:2px solid #2b6cb0}\n")
        .append(".layout{display:flex;flex-wrap:wrap;gap:1rem}.layout>svg{flex:0 0 auto;max-width:100%;height:auto}\n")
        .append("svg a:focus path,svg a:hover path{stroke:#000;stroke-width:1.5}\n</style>\n</head>\n<body>\n");
    b.append("<p class=\"notice\">").append(esc(ReportText.internalNotice(language))).append("</p>\n");
    b.append("<h1>").append(esc(title)).append("</h1>\n<p>");
    b.append(String.format(Locale.ROOT, nl ? "%s huishoudens in %d gemeenten, waarvan %s (%s) in het gebied van een groep."
            : "%s households in %d municipalities, of which %s (%s) in a group's area.",
        num(households, nl), rows.size(), num(covered, nl), pct(households == 0 ? 0 : (double) covered / households, nl)));
    b.append("</p>\n<div class=\"layout\">\n");
    map(b, rows, areas, nl);
    b.append("</div>\n<h2>").append(nl ? "Gemeenten" : "Municipalities").append("</h2>\n");
    b.append("<table id=\"gemeenten\">\n<thead><tr>");
    String[][] headers = nl
        ? new String[][] {{"Code", ""}, {"Gemeente", ""}, {"Huishoudens", "n"}, {"Gedekt", "n"}, {"Dekking", "n"}, {"Groepen", "n"}}
        : new String[][] {{"Code", ""}, {"Municipality", ""}, {"Households", "n"}, {"Covered", "n"}, {"Coverage", "n"}, {"Groups", "n"}};
    for (int i = 0; i < headers.length; i++) {
      b.append("<th tabindex=\"0\" scope=\"col\" aria-sort=\"none\" data-col=\"").append(i).append('"')
          .append(headers[i][1].isEmpty() ? "" : " class=\"n\"").append('>').append(headers[i][0]).append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (NationalReportWriter.MunicipalityRow r : rows) {
      b.append("<tr><td>").append(esc(r.code())).append("</td><td><a href=\"").append(esc(r.code()))
          .append("/report.html\">").append(esc(r.name())).append("</a></td>")
          .append("<td class=\"n\" data-v=\"").append(r.households()).append("\">").append(num(r.households(), nl))
          .append("</td><td class=\"n\" data-v=\"").append(r.covered()).append("\">").append(num(r.covered(), nl))
          .append("</td><td class=\"n\" data-v=\"").append(String.format(Locale.ROOT, "%.6f", r.coverage())).append("\">")
          .append(pct(r.coverage(), nl)).append("</td><td class=\"n\" data-v=\"").append(r.groups()).append("\">")
          .append(r.groups()).append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n");
    b.append("<script>\n(function(){var t=document.getElementById('gemeenten');var hs=t.tHead.rows[0].cells;")
        .append("function sort(i){var h=hs[i];var asc=h.getAttribute('aria-sort')!=='ascending';")
        .append("for(var k=0;k<hs.length;k++)hs[k].setAttribute('aria-sort','none');")
        .append("h.setAttribute('aria-sort',asc?'ascending':'descending');var b=t.tBodies[0];")
        .append("var rs=Array.prototype.slice.call(b.rows);var num=h.className==='n';")
        .append("rs.sort(function(x,y){var a=x.cells[i],c=y.cells[i];var d=num?(+a.dataset.v)-(+c.dataset.v)")
        .append(":a.textContent.localeCompare(c.textContent,'nl');return asc?d:-d;});")
        .append("rs.forEach(function(r){b.appendChild(r);});}")
        .append("for(var i=0;i<hs.length;i++)(function(i){hs[i].addEventListener('click',function(){sort(i);});")
        .append("hs[i].addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();sort(i);}});})(i);")
        .append("})();\n</script>\n</body>\n</html>\n");
    return b.toString();
  }

  private static void map(StringBuilder b, List<NationalReportWriter.MunicipalityRow> rows,
      Map<String, List<Geometry>> areas, boolean nl) {
    Envelope extent = new Envelope();
    for (List<Geometry> list : areas.values()) {
      for (Geometry g : list) {
        extent.expandToInclude(g.getEnvelopeInternal());
      }
    }
    if (extent.isNull()) {
      return;
    }
    double scale = WIDTH / extent.getWidth();
    double height = extent.getHeight() * scale;
    b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\"%s\">\n",
        WIDTH, height, WIDTH, height, nl ? "Kaart: dekking per gemeente" : "Map: coverage per municipality"));
    for (NationalReportWriter.MunicipalityRow r : rows) {
      List<Geometry> list = areas.get(r.code());
      if (list == null || list.isEmpty()) {
        continue;
      }
      b.append("<a href=\"").append(esc(r.code())).append("/report.html\"><title>").append(esc(r.name())).append(": ")
          .append(pct(r.coverage(), nl)).append("</title><path fill=\"").append(colour(r.coverage()))
          .append("\" stroke=\"#fff\" stroke-width=\"0.3\" fill-rule=\"evenodd\" d=\"");
      for (Geometry g : list) {
        Geometry simple = DouglasPeuckerSimplifier.simplify(g, SIMPLIFY_M);
        for (int i = 0; i < simple.getNumGeometries(); i++) {
          if (simple.getGeometryN(i) instanceof Polygon p) {
            ring(b, p.getExteriorRing().getCoordinates(), extent, scale);
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
              ring(b, p.getInteriorRingN(h).getCoordinates(), extent, scale);
            }
          }
        }
      }
      b.append("\"/></a>\n");
    }
    b.append("</svg>\n");
  }

  private static void ring(StringBuilder b, Coordinate[] ring, Envelope extent, double scale) {
    for (int i = 0; i < ring.length; i++) {
      b.append(i == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f %.1f",
          (ring[i].x - extent.getMinX()) * scale, (extent.getMaxY() - ring[i].y) * scale));
    }
    b.append('Z');
  }

  /** White (no coverage) to dark green (all households), in five steps a colour-blind reader tells apart. */
  static String colour(double share) {
    String[] steps = {"#f7fcf5", "#c7e9c0", "#74c476", "#31a354", "#006d2c"};
    int i = (int) Math.min(steps.length - 1, Math.floor(share * steps.length));
    return steps[Math.max(0, i)];
  }

  private static String num(int n, boolean nl) {
    String s = String.format(Locale.ROOT, "%,d", n);
    return nl ? s.replace(',', '.') : s;
  }

  private static String pct(double share, boolean nl) {
    String s = String.format(Locale.ROOT, "%.1f%%", 100 * share);
    return nl ? s.replace('.', ',') : s;
  }

  private static String esc(String s) {
    return SvgMapWriter.escape(s);
  }
}
