package nl.dekking.bench.national;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import nl.dekking.io.DataFiles;
import nl.dekking.io.ReadOptions;
import nl.dekking.model.Neighbourhood;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;

/**
 * A national data set shaped like the real one, for the national benchmark: households placed inside the CBS
 * wijken 2024 in proportion to each wijk's household count (8,374,150 in all, scaled to the number asked for), in
 * clusters along invented streets, and about 9,250 small groups (120–350 m across) around some of those clusters,
 * so roughly a third of the households have a group, as in the national WABP register.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar nl.dekking.bench.national.NationalGenerator WIJKEN.geojson HOUSEHOLDS GROUPS OUTDIR [SEED [SPREAD_M]]
 * </pre>
 *
 * <p>Writes {@code households.csv} ({@code straatnaam;huisnummer;postcode;woonplaats;x;y}, RD New) and
 * {@code groups.geojson} (RD New, with a named {@code crs} member). Deterministic for a seed. Linear in the number
 * of households.
 */
public final class NationalGenerator {

  /** The CBS's household count of the Netherlands, 2024: the sum of {@code huishoudens} over the wijken. */
  public static final long NATIONAL_HOUSEHOLDS = 8_374_150L;

  private static final int HOUSEHOLDS_PER_STREET = 120;
  /** How far (standard deviation, m) a street's households lie from its centre, unless asked otherwise. */
  static final double STREET_SPREAD_M = 60;

  private NationalGenerator() {
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 4) {
      System.err.println("usage: NationalGenerator WIJKEN.geojson HOUSEHOLDS GROUPS OUTDIR [SEED]");
      System.exit(2);
    }
    long households = Long.parseLong(args[1]);
    int groups = Integer.parseInt(args[2]);
    long seed = args.length > 4 ? Long.parseLong(args[4]) : 20241130L;
    double spread = args.length > 5 ? Double.parseDouble(args[5]) : STREET_SPREAD_M;
    Summary s = generate(Path.of(args[0]), households, groups, Path.of(args[3]), seed, spread);
    System.out.printf(Locale.ROOT, "%,d households in %,d wijken of %,d municipalities, %,d groups -> %s%n",
        s.households(), s.wijken(), s.municipalities(), s.groups(), args[3]);
  }

  /** What was written. */
  public record Summary(long households, int groups, int wijken, int municipalities) {}

  /** Generates the data set into {@code dir}. */
  public static Summary generate(Path wijkenFile, long households, int groups, Path dir, long seed) {
    return generate(wijkenFile, households, groups, dir, seed, STREET_SPREAD_M);
  }

  /**
   * Generates the data set into {@code dir}, a street's households spread around its centre with this standard
   * deviation (60 m: clustered as in towns; 1,500 m: scattered over the wijk, many small gaps).
   */
  public static Summary generate(Path wijkenFile, long households, int groups, Path dir, long seed, double spread) {
    List<Neighbourhood> wijken = DataFiles.readNeighbourhoods(wijkenFile, ReadOptions.defaults());
    long reported = 0;
    for (Neighbourhood w : wijken) {
      reported += Math.max(0, w.reportedHouseholds().orElse(0));
    }
    double scale = (double) households / reported;
    double groupsPerHousehold = (double) groups / households;
    SplittableRandom random = new SplittableRandom(seed);
    long written = 0;
    int groupCount = 0;
    try {
      Files.createDirectories(dir);
      try (BufferedWriter h = Files.newBufferedWriter(dir.resolve("households.csv"), StandardCharsets.UTF_8);
          BufferedWriter g = Files.newBufferedWriter(dir.resolve("groups.geojson"), StandardCharsets.UTF_8)) {
        h.write("straatnaam;huisnummer;postcode;woonplaats;x;y\n");
        g.write("{\"type\": \"FeatureCollection\",\n \"crs\": {\"type\": \"name\", \"properties\": {\"name\":"
            + " \"urn:ogc:def:crs:EPSG::28992\"}},\n \"features\": [\n");
        double groupCarry = 0;
        int wijkIndex = 0;
        StringBuilder line = new StringBuilder(96);
        for (Neighbourhood w : wijken) {
          wijkIndex++;
          int n = (int) Math.round(Math.max(0, w.reportedHouseholds().orElse(0)) * scale);
          if (n == 0) {
            continue;
          }
          Geometry area = w.area();
          IndexedPointInAreaLocator inside = new IndexedPointInAreaLocator(area);
          Envelope env = area.getEnvelopeInternal();
          int streets = Math.max(1, n / HOUSEHOLDS_PER_STREET);
          double[] cx = new double[streets];
          double[] cy = new double[streets];
          for (int s = 0; s < streets; s++) {
            Coordinate c = pointInside(random, inside, env, area);
            cx[s] = c.x;
            cy[s] = c.y;
          }
          String place = w.municipalityName().isEmpty() ? w.name() : w.municipalityName();
          int[] numbers = new int[streets];
          Coordinate probe = new Coordinate();
          for (int i = 0; i < n; i++) {
            int s = random.nextInt(streets);
            double x = cx[s];
            double y = cy[s];
            for (int attempt = 0; attempt < 8; attempt++) {
              probe.x = cx[s] + random.nextGaussian() * spread;
              probe.y = cy[s] + random.nextGaussian() * spread;
              if (inside.locate(probe) != Location.EXTERIOR) {
                x = probe.x;
                y = probe.y;
                break;
              }
            }
            line.setLength(0);
            line.append("Straat ").append(w.code()).append('-').append(s).append(';').append(++numbers[s]).append(';')
                .append(postcode(wijkIndex, s)).append(';').append(place).append(';');
            line.append(Math.round(x * 100) / 100.0).append(';').append(Math.round(y * 100) / 100.0).append('\n');
            h.write(line.toString());
            written++;
          }
          groupCarry += n * groupsPerHousehold;
          int here = (int) groupCarry;
          groupCarry -= here;
          for (int k = 0; k < here; k++) {
            int s = random.nextInt(streets);
            g.write(groupCount == 0 ? "  " : ",\n  ");
            g.write(group(++groupCount, cx[s], cy[s], random));
          }
        }
        g.write("\n ]}\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the national data set into " + dir + ": " + e.getMessage(), e);
    }
    long municipalities = wijken.stream().map(Neighbourhood::municipalityCode).distinct().count();
    return new Summary(written, groupCount, wijken.size(), (int) municipalities);
  }

  private static Coordinate pointInside(SplittableRandom random, IndexedPointInAreaLocator inside, Envelope env,
      Geometry area) {
    Coordinate c = new Coordinate();
    for (int attempt = 0; attempt < 200; attempt++) {
      c.x = env.getMinX() + random.nextDouble() * env.getWidth();
      c.y = env.getMinY() + random.nextDouble() * env.getHeight();
      if (inside.locate(c) == Location.INTERIOR) {
        return c;
      }
    }
    return area.getInteriorPoint().getCoordinate();
  }

  private static String postcode(int wijk, int street) {
    int digits = 1000 + (wijk * 7 + street / 676) % 9000;
    int letters = street % 676;
    return digits + "" + (char) ('A' + letters / 26) + (char) ('A' + letters % 26);
  }

  /** An irregular 10-gon of 120–350 m across around a street's centre. */
  private static String group(int id, double x, double y, SplittableRandom random) {
    double radius = 60 + random.nextDouble() * 115;
    double turn = random.nextDouble() * Math.PI;
    StringBuilder b = new StringBuilder(400);
    b.append(String.format(Locale.ROOT, "{\"type\": \"Feature\", \"properties\": {\"id\": \"G%05d\", \"name\":"
        + " \"Buurtpreventie %d\", \"members\": %d}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[", id, id,
        10 + random.nextInt(60)));
    double fx = 0;
    double fy = 0;
    for (int k = 0; k < 10; k++) {
      double a = turn + k * Math.PI / 5;
      double r = radius * (0.75 + random.nextDouble() * 0.5);
      double px = Math.round((x + r * Math.cos(a)) * 100) / 100.0;
      double py = Math.round((y + r * Math.sin(a)) * 100) / 100.0;
      if (k == 0) {
        fx = px;
        fy = py;
      }
      b.append('[').append(px).append(", ").append(py).append("], ");
    }
    b.append('[').append(fx).append(", ").append(fy).append("]]]}}");
    return b.toString();
  }
}
