package nl.dekking.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dekking.crs.RdNew;
import nl.dekking.index.CoverageMap;
import nl.dekking.io.DataFiles;
import nl.dekking.io.ReadOptions;
import nl.dekking.model.Audience;
import nl.dekking.model.Contact;
import nl.dekking.model.Household;
import nl.dekking.nearby.NearbyGroup;
import nl.dekking.nearby.NearbyIndex;
import org.locationtech.jts.geom.Coordinate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dekking nearby}: the groups (and their admins) within a radius of an incident, for the police and
 * Burgernet. Contacts are for municipal and police use: consent {@code PUBLIC} or {@code MUNICIPALITY_ONLY}
 * ({@link Audience#INTERNAL}), never {@code NONE}.
 */
@Command(name = "nearby", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Which groups lie within a radius of a point or address, nearest first, with their admins",
        "(contacts with consent PUBLIC or MUNICIPALITY_ONLY: for municipal and police use only)."})
final class NearbyCommand implements Callable<Integer> {

  private static final Pattern ADDRESS = Pattern.compile(
      "\\s*([1-9][0-9]{3})\\s*([A-Za-z]{2})\\s*[ ,]\\s*(\\d{1,5})\\s*([A-Za-z])?(?:\\s*[-\\s]\\s*([A-Za-z0-9]{1,4}))?\\s*");

  @Spec
  CommandSpec spec;

  @Option(names = "--groups", required = true, paramLabel = "FILE", description = "Group areas: GeoJSON, KML or GeoPackage.")
  Path groups;

  @Option(names = "--households", paramLabel = "FILE",
      description = "Addresses: to count each group's households within the radius, and for --address.")
  Path households;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Where where;

  static final class Where {
    @Option(names = "--at", paramLabel = "X,Y|LAT,LON",
        description = "The point: RD New metres when both numbers exceed 1,000, else WGS84 latitude,longitude.")
    String at;

    @Option(names = "--address", paramLabel = "\"POSTCODE NUMBER\"", description = "An address: \"2628BX 12\" (needs --households).")
    String address;
  }

  @Option(names = "--radius", required = true, paramLabel = "M", description = "The radius in metres.")
  double radius;

  @Option(names = "--json", description = "Print {\"groups\": [{\"id\", \"name\", \"distanceM\", \"households\", \"contacts\"}]}.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (!(radius >= 0) || Double.isInfinite(radius)) {
      throw new IllegalArgumentException("--radius must be 0 or more metres, was " + radius);
    }
    List<Household> all = households == null ? List.of() : DataFiles.readHouseholds(households, ReadOptions.defaults());
    Coordinate point = where.at != null ? point(where.at) : address(where.address, all);
    CoverageMap map = CoverageMap.of(DataFiles.readGroups(groups, ReadOptions.defaults()));
    List<NearbyGroup> found = NearbyIndex.of(map).within(point.x, point.y, radius, all);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json(found, point)));
      return 0;
    }
    out.printf(Locale.ROOT, "%d group%s within %s m of %.2f, %.2f (RD New); contacts for municipal and police use only%n%n",
        found.size(), found.size() == 1 ? "" : "s", fmt(radius), point.x, point.y);
    for (NearbyGroup g : found) {
      out.printf(Locale.ROOT, "%-12s %-30s %10s m%s%n", g.group().id(), g.group().name(), metres(g.distance()).toPlainString(),
          households == null ? "" : String.format(Locale.ROOT, "  %,d households within %s m", g.households().size(), fmt(radius)));
      for (Contact c : Audience.INTERNAL.contactsOf(g.group())) {
        out.printf(Locale.ROOT, "    %s  %s  %s  (%s)%n", c.name(), c.email(), c.phone(), c.consent());
      }
    }
    return 0;
  }

  private static String fmt(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  private static BigDecimal metres(double d) {
    return BigDecimal.valueOf(d).setScale(3, RoundingMode.HALF_EVEN);
  }

  /** RD New when both numbers exceed 1,000, else WGS84 latitude, longitude. */
  static Coordinate point(String at) {
    String[] parts = at.split("[,;\\s]+");
    if (parts.length != 2) {
      throw new IllegalArgumentException("--at must be X,Y (RD New) or LAT,LON (WGS84), was '" + at + "'");
    }
    double a;
    double b;
    try {
      a = Double.parseDouble(parts[0].strip());
      b = Double.parseDouble(parts[1].strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--at must be two numbers X,Y or LAT,LON, was '" + at + "'", e);
    }
    Coordinate c = a > 1000 && b > 1000 ? new Coordinate(a, b) : RdNew.fromWgs84(b, a);
    RdNew.requireInNetherlands(c.x, c.y, "--at " + at);
    return c;
  }

  static Coordinate address(String text, List<Household> all) {
    Matcher m = ADDRESS.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("--address must be a postcode and house number like \"2628BX 12\" or \"2628 BX 12a\", was '" + text + "'");
    }
    if (all.isEmpty()) {
      throw new IllegalArgumentException("--address needs --households to find the address " + text);
    }
    String postcode = (m.group(1) + m.group(2)).toUpperCase(Locale.ROOT);
    int number = Integer.parseInt(m.group(3));
    String letter = m.group(4) == null ? "" : m.group(4);
    String suffix = m.group(5) == null ? "" : m.group(5);
    Household plain = null;
    Household any = null;
    for (Household h : all) {
      if (h.address().postcode().equals(postcode) && h.address().houseNumber() == number) {
        boolean exact = h.address().letter().equalsIgnoreCase(letter) && h.address().suffix().equalsIgnoreCase(suffix);
        if (exact && plain == null) {
          plain = h;
        }
        if (any == null && letter.isEmpty() && suffix.isEmpty()) {
          any = h;
        }
      }
    }
    Household found = plain != null ? plain : any;
    if (found == null) {
      throw new IllegalArgumentException("--address " + text + ": no such address in " + "the households");
    }
    return new Coordinate(found.x(), found.y());
  }

  private Map<String, Object> json(List<NearbyGroup> found, Coordinate point) {
    List<Object> list = new ArrayList<>();
    for (NearbyGroup g : found) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", g.group().id());
      m.put("name", g.group().name());
      m.put("distanceM", metres(g.distance()));
      m.put("households", households == null ? null : g.households().size());
      List<Object> contacts = new ArrayList<>();
      for (Contact c : Audience.INTERNAL.contactsOf(g.group())) {
        Map<String, Object> cm = new LinkedHashMap<>();
        cm.put("name", c.name());
        cm.put("email", c.email());
        cm.put("phone", c.phone());
        cm.put("consent", c.consent().name());
        contacts.add(cm);
      }
      m.put("contacts", contacts);
      list.add(m);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("groups", list);
    root.put("at", Map.of("x", metres(point.x), "y", metres(point.y), "crs", "EPSG:28992"));
    root.put("radiusM", radius);
    return root;
  }
}
