package nl.dekking.report.html;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.analysis.Language;
import nl.dekking.members.MemberCheck;
import nl.dekking.report.map.MapBackground;
import nl.dekking.report.map.MapScene;
import nl.dekking.report.map.PngMapWriter;
import nl.dekking.report.map.SvgMapWriter;

/**
 * Renders the report's page and map from a {@link CoverageReport} alone, in memory; {@link nl.dekking.report.ReportWriter}
 * writes them with the other files, all or nothing:
 * <ul>
 *   <li>{@code report.html}: one self-contained page (inline CSS and SVG, no scripts, nothing loaded from elsewhere)
 *       with the map, the key figures, a table per group, the areas without a group with their streets and house
 *       numbers, overlaps, map and address checks and coverage per buurt or wijk. It is internal: it says so at the
 *       top and shows contacts as {@link nl.dekking.model.Audience#INTERNAL} may read them;</li>
 *   <li>{@code map.svg} and {@code map.png}: the same map on its own.</li>
 * </ul>
 *
 * <p>The map draws each group's analysed (repaired) area from {@link CoverageReport#map()}; a group whose area
 * repaired to nothing has no shape and no label. Dutch by default ({@link Language#NL}), English with
 * {@link Language#EN}. Linear in the report's size. Stateless and thread-safe.
 */
public final class HtmlReport {

  /**
   * The rendered page and map.
   *
   * @param html the page, UTF-8 text
   * @param svg the map as a standalone SVG document
   * @param png the map as a PNG image
   */
  public record Rendered(String html, String svg, byte[] png) {
    public Rendered {
      requireNonNull(html, "html");
      requireNonNull(svg, "svg");
      png = png.clone();
    }

    @Override
    public byte[] png() {
      return png.clone();
    }
  }

  private HtmlReport() {}

  /**
   * Renders the page and the map.
   *
   * @param title the page's title
   * @param date the date the page says it was made
   * @param progress told each step ("drawing the map")
   * @throws IllegalArgumentException naming the group or finding that could not be drawn
   */
  public static Rendered render(CoverageReport report, MapBackground background, Language language, String title,
      LocalDate date, Consumer<String> progress) {
    return render(report, background, language, title, date, progress, false);
  }

  /**
   * Renders the page and map as {@link #render(CoverageReport, MapBackground, Language, String, LocalDate, Consumer)}
   * does; with {@code planLinks}, each group to split links to its proposal in {@code plan.html} beside the page.
   */
  public static Rendered render(CoverageReport report, MapBackground background, Language language, String title,
      LocalDate date, Consumer<String> progress, boolean planLinks) {
    return render(report, background, language, title, date, progress, planLinks, Optional.empty());
  }

  /**
   * Renders the page and map as {@link #render(CoverageReport, MapBackground, Language, String, LocalDate, Consumer,
   * boolean)} does; with a member check, the page shows its counts per group and in total (never a member's address).
   */
  public static Rendered render(CoverageReport report, MapBackground background, Language language, String title,
      LocalDate date, Consumer<String> progress, boolean planLinks, Optional<MemberCheck> members) {
    requireNonNull(members, "members");
    requireNonNull(report, "report");
    requireNonNull(background, "background");
    requireNonNull(language, "language");
    requireNonNull(title, "title");
    requireNonNull(date, "date");
    requireNonNull(progress, "progress");
    progress.accept("drawing the map");
    MapScene scene = ReportMap.scene(report, background, language);
    String svg = SvgMapWriter.toSvg(scene);
    progress.accept("drawing map.png");
    byte[] png = PngMapWriter.toPng(scene);
    progress.accept("writing the page");
    String outside = ReportMap.outside(report, ReportMap.extent(report), language);
    String html = HtmlPage.render(report, language, title, svg, outside, date, planLinks, members);
    return new Rendered(html, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg, png);
  }

  /** The map's title: "Buurtpreventiegroepen Otterlo". */
  public static String mapTitle(CoverageReport report, Language language) {
    return Phrase.MAP_TITLE.in(language, report.datasetName());
  }

  /** What a click on a public group shows in uMap or My Maps: members, households, public contacts only. */
  public static String publicDescription(nl.dekking.model.PublicGroup group, int households, String adminWord,
      Language language) {
    StringBuilder contacts = new StringBuilder();
    for (nl.dekking.model.Contact c : group.contacts()) {
      if (!contacts.isEmpty()) {
        contacts.append("; ");
      }
      contacts.append(c.name());
      if (!c.email().isEmpty()) {
        contacts.append(", ").append(c.email());
      }
      if (!c.phone().isEmpty()) {
        contacts.append(", ").append(c.phone());
      }
    }
    String contact = contacts.isEmpty() ? "" : Phrase.CONTACT.in(language, capitalised(adminWord), contacts);
    return Phrase.GEOJSON_DESCRIPTION.in(language, group.members(), households, contact).strip();
  }

  private static String capitalised(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
