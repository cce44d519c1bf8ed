package nl.dekking.publish;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import nl.dekking.analysis.Language;
import nl.dekking.index.CoverageMap;
import nl.dekking.io.output.OutputDirectory;
import nl.dekking.lookup.AddressLookup;
import nl.dekking.model.Household;
import nl.dekking.model.PublicGroup;
import nl.dekking.report.map.MapBackground;
import nl.dekking.report.map.MapLayer;
import nl.dekking.report.map.MapScene;
import nl.dekking.report.map.SvgMapWriter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Writes the public dekkingskaart: one HTML file with everything inline (style, script, the map as SVG, the
 * addresses as JSON), so it makes no request outside itself and works from {@code file://}, offline and in an
 * iframe.
 *
 * <p>The page shows the groups over the roads and street names of a {@link MapBackground}; a click, tap or Enter on
 * a group (or on its name in the list of groups) opens a panel with its name, members, streets and how to join. A
 * search box finds the groups of an address (postcode and number, or street and number with suggestions); its
 * answer is the element {@code id="resultaat"} with {@code data-status} {@code found | none | unknown} and
 * {@code data-groups}, the covering groups' ids ascending, space-separated. Deep links: {@code #adres=2628BX12}
 * opens with that search done, {@code #groep=ID} with that group's panel open.
 *
 * <p><b>What reaches the page.</b> Only what a {@link PublicGroup} holds (id, name, member count, streets, colour,
 * contacts with consent {@code PUBLIC}, the municipality's contact), each group's analysed area, and per address
 * its street, number, postcode and the groups covering it, as the lookup answers. The writer is given no
 * {@link nl.dekking.model.Group}, so descriptions, notes, unknown properties and non-consenting contacts cannot
 * reach it.
 *
 * <p><b>Size.</b> Addresses are grouped per postcode as flat arrays of (house number, street, set of groups), the
 * sets and streets listed once; a municipality of 23,000 households and 100 groups makes a page of about 0.6 MB
 * without roads (see {@code DekkingskaartTest}). Linear in households, groups' vertices and background. Stateless
 * and thread-safe.
 */
public final class Dekkingskaart {

  /** The file the page is written to. */
  public static final String FILE_NAME = "dekkingskaart.html";

  /** The marker file of a publish output folder. */
  public static final String MARKER = ".dekking-publish";

  private static final int WIDTH = 1000;

  /** Road surfaces smaller than this many map pixels across are left out: invisible, yet bytes. */
  private static final double MIN_ROAD_PIXELS = 1.5;

  /**
   * What the page says besides the data.
   *
   * @param title the page's title ("Dekkingskaart buurtpreventie Heerenveen"); empty for the default
   * @param language the page's language
   */
  public record Settings(String title, Language language) {
    public Settings {
      requireNonNull(language, "language");
      title = title == null || title.isBlank() ? PageText.of(language).defaultTitle() : title.strip();
    }
  }

  private Dekkingskaart() {
  }

  /**
   * Writes {@code dir/dekkingskaart.html}, replacing a previous publish output in {@code dir} all or nothing.
   *
   * @param lookup the lookup over the groups as published ({@link PublicGroups}) and the households
   * @param background roads and street names under the groups, or {@link MapBackground#empty()}
   * @param inputs the files read, none of which may lie in {@code dir}
   * @return the page written
   */
  public static Path write(AddressLookup lookup, MapBackground background, Settings settings, Path dir,
      Collection<Path> inputs) {
    byte[] page = html(lookup, background, settings).getBytes(StandardCharsets.UTF_8);
    try (OutputDirectory out = OutputDirectory.replacing(dir, MARKER, inputs)) {
      out.write(FILE_NAME, page);
      out.commit();
    }
    return dir.resolve(FILE_NAME);
  }

  /** The page as text. */
  public static String html(AddressLookup lookup, MapBackground background, Settings settings) {
    requireNonNull(lookup, "lookup");
    requireNonNull(background, "background");
    requireNonNull(settings, "settings");
    PageText text = PageText.of(settings.language());
    String svg = SvgMapWriter.toSvg(scene(lookup, background, settings))
        .replace(" role=\"img\" aria-labelledby=", " role=\"group\" aria-labelledby=");
    String data = PageData.json(lookup, settings.language());
    boolean roads = !background.roads().isEmpty() || !background.labels().isEmpty();
    return text.page(settings.title(), resource("dekkingskaart.css"), svg, lookup.map().size(), data,
        resource("dekkingskaart.js"), roads);
  }

  private static MapScene scene(AddressLookup lookup, MapBackground background, Settings settings) {
    CoverageMap map = lookup.map();
    Envelope extent = new Envelope();
    for (int o = 0; o < map.size(); o++) {
      extent.expandToInclude(map.area(o).getEnvelopeInternal());
    }
    if (extent.isNull()) {
      for (Household h : lookup.households()) {
        extent.expandToInclude(h.x(), h.y());
      }
    }
    if (extent.isNull() || extent.getWidth() <= 0 || extent.getHeight() <= 0) {
      Envelope centre = extent.isNull() ? new Envelope(155_000, 155_000, 463_000, 463_000) : extent;
      extent = new Envelope(centre.centre());
      extent.expandBy(500);
    }
    extent.expandBy(Math.max(60, 0.04 * Math.max(extent.getWidth(), extent.getHeight())));
    MapScene.Builder b = MapScene.builder(extent, WIDTH).title(settings.title());
    double pixel = extent.getWidth() / WIDTH;
    for (Geometry road : background.roads()) {
      Envelope e = road.getEnvelopeInternal();
      if (Math.max(e.getWidth(), e.getHeight()) >= MIN_ROAD_PIXELS * pixel) {
        b.area(MapLayer.ROAD, "", "", "", road); // smaller ones would be an invisible speck costing bytes
      }
    }
    for (int o = 0; o < map.size(); o++) {
      PublicGroup g = lookup.group(o);
      b.area(MapLayer.GROUP, g.id(), g.name(), g.colour().isEmpty() ? "" : g.colour(), map.area(o));
    }
    for (MapBackground.StreetLabel l : background.labels()) {
      b.text(MapScene.TextKind.STREET, l.text(), l.x(), l.y(), l.angleDegrees());
    }
    for (int o = 0; o < map.size(); o++) {
      Geometry area = map.area(o);
      if (!area.isEmpty()) {
        b.areaLabel(MapScene.TextKind.GROUP, lookup.group(o).name(), area);
      }
    }
    return b.build();
  }

  private static String resource(String name) {
    try (InputStream in = Dekkingskaart.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the dekkingskaart resource " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the dekkingskaart resource " + name, e);
    }
  }
}
