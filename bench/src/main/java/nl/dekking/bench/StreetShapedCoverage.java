package nl.dekking.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import nl.dekking.model.Group;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Seeded group layouts shaped like real watch-group maps, made from the real addresses of Otterlo and Wekerom
 * (the 2,481 bundled BAG points with their street names): small groups that follow streets, with households
 * clustered along the streets and close to group edges.
 *
 * <p><b>One tile.</b> Every address gets its Voronoi cell (a site per distinct position) cut to an octagon of
 * radius {@value #REACH} m around it, so a house far from others gets a small plot, not a field. Each street's
 * addresses are ordered along the street (its principal axis) and cut into runs of {@value #MIN_HOUSEHOLDS} to
 * {@value #MAX_HOUSEHOLDS} addresses, also ending at gaps over {@value #GAP} m and before a run stretches over
 * {@value #SPAN} m; a shorter run joins the run holding the nearest address within {@value #GAP} m, or, an
 * isolated house or hamlet, stays in no group. A group is the union of its run's cells, simplified together with
 * its neighbours and put on a millimetre grid, so group edges run between neighbouring houses, through back
 * gardens and across streets (a tile has about 50 groups of 100-300 m, in the villages). {@value #VARIANTS}
 * variants cut the runs differently.
 *
 * <p><b>Many tiles.</b> A layout repeats the tile, each copy turned by a multiple of 90 degrees or mirrored (so
 * coordinates stay exact and shared edges stay shared) and using one of the variants; one group in twenty is
 * left out (a gap) and one in twenty-five grown by 1.5 m (overlapping its neighbours). Tiles sit side by side on
 * a grid ({@link #grid}), or scattered over the Netherlands' RD extent among tiles with households but no groups
 * ({@link #national}).
 *
 * <p><b>Households.</b> Drawn from the tiles' addresses: 70 % exactly at an address, 20 % within a few metres of
 * one (normally distributed, 3 m), 10 % anywhere in the tile's square.
 *
 * <p>Deterministic for a seed; stateless apart from the tile, which is computed once. Thread-safe.
 */
final class StreetShapedCoverage {

  static final double REACH = 50;
  static final int MIN_HOUSEHOLDS = 20;
  static final int MAX_HOUSEHOLDS = 60;
  static final int VARIANTS = 3;
  /** A street run ends at a gap between neighbouring addresses wider than this, in metres. */
  static final double GAP = 60;
  /** A street run stretches at most this far, in metres. */
  static final double SPAN = 250;
  /** Outlines are simplified together by this tolerance in metres, as a person drawing them would. */
  static final double SIMPLIFY = 2.5;
  private static final GeometryFactory FACTORY = new GeometryFactory();
  private static final PrecisionModel MILLIMETRES = new PrecisionModel(1000);

  /** The Netherlands in RD New, roughly: where {@link #national} places its tiles. */
  private static final Envelope NETHERLANDS = new Envelope(13_000, 277_000, 306_000, 619_000);

  private final List<Group> groups;
  private final List<double[]> tileCentres; // every tile with households, {x, y, orientation}
  private final int coveredTiles;

  private StreetShapedCoverage(List<Group> groups, List<double[]> tileCentres, int coveredTiles) {
    this.groups = groups;
    this.tileCentres = tileCentres;
    this.coveredTiles = coveredTiles;
  }

  /** {@code count} groups on a square grid of tiles, every tile with groups (the last one possibly in part). */
  static StreetShapedCoverage grid(int count, long seed) {
    Tile tile = Tile.get();
    double pitch = tile.pitch();
    int tiles = (int) Math.ceil(count / tile.expectedGroups());
    int cols = (int) Math.ceil(Math.sqrt(tiles));
    List<double[]> centres = new ArrayList<>();
    List<Group> groups = new ArrayList<>();
    Random random = new Random(seed);
    // from x 100 km, or farther west when the grid would pass RD New's eastern limit (300 km) that Group enforces
    double west = Math.min(100_000, Math.floor(290_000 - cols * pitch));
    for (int t = 0; groups.size() < count; t++) {
      double[] centre = {west + (t % cols + 0.5) * pitch, 400_000 + (t / cols + 0.5) * pitch, t % 8};
      centres.add(centre);
      tile.addGroups(groups, count, centre, t % VARIANTS, random);
    }
    return new StreetShapedCoverage(groups, centres, centres.size());
  }

  /**
   * About {@code count} groups in tiles scattered over the Netherlands: the country is cut into tile-sized squares,
   * every square gets households, and squares drawn at random get groups until there are {@code count}.
   */
  static StreetShapedCoverage national(int count, long seed) {
    Tile tile = Tile.get();
    double pitch = tile.pitch();
    int cols = (int) (NETHERLANDS.getWidth() / pitch);
    int rows = (int) (NETHERLANDS.getHeight() / pitch);
    List<double[]> slots = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        slots.add(new double[] {Math.rint(NETHERLANDS.getMinX() + (c + 0.5) * pitch),
            Math.rint(NETHERLANDS.getMinY() + (r + 0.5) * pitch), (r * cols + c) % 8});
      }
    }
    Random random = new Random(seed);
    java.util.Collections.shuffle(slots, random);
    List<Group> groups = new ArrayList<>();
    int covered = 0;
    while (groups.size() < count && covered < slots.size()) {
      tile.addGroups(groups, count, slots.get(covered), covered % VARIANTS, random);
      covered++;
    }
    return new StreetShapedCoverage(groups, slots, covered);
  }

  /** The groups, in ordinal (id) order. */
  List<Group> groups() {
    return groups;
  }

  /**
   * {@code count} households as {x[], y[]}: a tile drawn at random (every tile with households, with or without
   * groups), then an address of it, exactly, nearby or anywhere in the tile's square.
   */
  double[][] households(int count, long seed) {
    Tile tile = Tile.get();
    Random random = new Random(seed);
    double[] xs = new double[count];
    double[] ys = new double[count];
    double[] p = new double[2];
    for (int i = 0; i < count; i++) {
      double[] centre = tileCentres.get(random.nextInt(tileCentres.size()));
      int kind = random.nextInt(10);
      if (kind == 0) {
        p[0] = tile.box.getMinX() + random.nextDouble() * tile.box.getWidth();
        p[1] = tile.box.getMinY() + random.nextDouble() * tile.box.getHeight();
      } else {
        int a = random.nextInt(tile.xs.length);
        p[0] = tile.xs[a];
        p[1] = tile.ys[a];
        if (kind <= 2) {
          p[0] += 3 * random.nextGaussian();
          p[1] += 3 * random.nextGaussian();
        }
      }
      tile.place(p, centre);
      xs[i] = p[0];
      ys[i] = p[1];
    }
    return new double[][] {xs, ys};
  }

  /** Tiles holding groups and tiles holding households, for the benchmarks' descriptions. */
  String describe() {
    long vertices = 0;
    for (Group g : groups) {
      vertices += g.area().getNumPoints();
    }
    return groups.size() + " groups (" + vertices / Math.max(1, groups.size()) + " vertices each on average) in "
        + coveredTiles + " of " + tileCentres.size() + " tiles of " + Math.round(Tile.get().pitch()) + " m";
  }

  /** The Otterlo/Wekerom tile: addresses centred on (0, 0), their street runs and the groups of each variant. */
  private static final class Tile {

    private static Tile instance;

    final double[] xs;
    final double[] ys;
    final Envelope box;
    final List<List<Geometry>> variants = new ArrayList<>();

    private Tile() {
      double[][] rd = SampleData.addresses();
      String[] streets = SampleData.streets();
      int n = rd[0].length;
      Envelope all = new Envelope();
      for (int i = 0; i < n; i++) {
        all.expandToInclude(rd[0][i], rd[1][i]);
      }
      double cx = Math.rint(all.centre().x);
      double cy = Math.rint(all.centre().y);
      xs = new double[n];
      ys = new double[n];
      box = new Envelope();
      for (int i = 0; i < n; i++) {
        xs[i] = Math.rint((rd[0][i] - cx) * 1000) / 1000; // BAG points are in millimetres
        ys[i] = Math.rint((rd[1][i] - cy) * 1000) / 1000;
        box.expandToInclude(xs[i], ys[i]);
      }
      box.expandBy(REACH);
      Map<Coordinate, Geometry> plots = plots();
      for (int v = 0; v < VARIANTS; v++) {
        int[] run = runs(streets, new Random(20261130L + v));
        Map<Integer, List<Geometry>> cells = new TreeMap<>();
        Map<Coordinate, Boolean> taken = new HashMap<>();
        for (int i = 0; i < n; i++) {
          Coordinate c = new Coordinate(xs[i], ys[i]);
          if (run[i] >= 0 && taken.putIfAbsent(c, Boolean.TRUE) == null) {
            cells.computeIfAbsent(run[i], k -> new ArrayList<>()).add(plots.get(c));
          }
        }
        Geometry[] areas = new Geometry[cells.size()];
        int g = 0;
        for (List<Geometry> parts : cells.values()) {
          areas[g++] = UnaryUnionOp.union(parts);
        }
        List<Geometry> simplified = new ArrayList<>();
        for (Geometry area : CoverageSimplifier.simplify(areas, SIMPLIFY)) {
          // on a millimetre grid, so turning and shifting a tile keeps every area valid
          Geometry snapped = GeometryPrecisionReducer.reduce(area, MILLIMETRES);
          simplified.add(snapped.isValid() ? snapped : GeometryFixer.fix(snapped));
        }
        variants.add(simplified);
      }
    }

    static synchronized Tile get() {
      if (instance == null) {
        instance = new Tile();
      }
      return instance;
    }

    double pitch() {
      return Math.ceil(Math.max(box.getWidth(), box.getHeight()) + 100);
    }

    double expectedGroups() {
      double total = 0;
      for (List<Geometry> v : variants) {
        total += v.size();
      }
      return total / variants.size() * 0.95;
    }

    /** Each distinct address position's Voronoi cell, cut to an octagon of radius REACH around it. */
    private Map<Coordinate, Geometry> plots() {
      List<Coordinate> sites = new ArrayList<>();
      for (int i = 0; i < xs.length; i++) {
        sites.add(new Coordinate(xs[i], ys[i]));
      }
      VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
      builder.setSites(sites);
      Envelope clip = new Envelope(box);
      clip.expandBy(REACH);
      builder.setClipEnvelope(clip);
      Geometry cells = builder.getDiagram(FACTORY);
      Map<Coordinate, Geometry> plots = new HashMap<>();
      for (int i = 0; i < cells.getNumGeometries(); i++) {
        Polygon cell = (Polygon) cells.getGeometryN(i);
        Coordinate site = (Coordinate) cell.getUserData();
        Coordinate[] ring = new Coordinate[9];
        for (int k = 0; k < 8; k++) {
          double angle = 2 * Math.PI * (k + 0.5) / 8;
          ring[k] = new Coordinate(Math.rint((site.x + REACH * Math.cos(angle)) * 1000) / 1000,
              Math.rint((site.y + REACH * Math.sin(angle)) * 1000) / 1000);
        }
        ring[8] = ring[0];
        plots.put(new Coordinate(site.x, site.y), cell.intersection(FACTORY.createPolygon(ring)));
      }
      return plots;
    }

    /** The run (group label) of every address: streets cut along their axis, short streets joined to neighbours. */
    private int[] runs(String[] streets, Random random) {
      Map<String, List<Integer>> byStreet = new TreeMap<>();
      for (int i = 0; i < streets.length; i++) {
        byStreet.computeIfAbsent(streets[i], k -> new ArrayList<>()).add(i);
      }
      List<List<Integer>> runs = new ArrayList<>();
      for (List<Integer> street : byStreet.values()) {
        double mx = 0;
        double my = 0;
        for (int i : street) {
          mx += xs[i] / street.size();
          my += ys[i] / street.size();
        }
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i : street) {
          sxx += (xs[i] - mx) * (xs[i] - mx);
          syy += (ys[i] - my) * (ys[i] - my);
          sxy += (xs[i] - mx) * (ys[i] - my);
        }
        double angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
        double ux = Math.cos(angle);
        double uy = Math.sin(angle);
        List<Integer> sorted = new ArrayList<>(street);
        sorted.sort((a, b) -> Double.compare(xs[a] * ux + ys[a] * uy, xs[b] * ux + ys[b] * uy));
        // cut at gaps wider than GAP and where a run would stretch further than SPAN along the street
        int start = 0;
        for (int i = 1; i <= sorted.size(); i++) {
          boolean end = i == sorted.size();
          if (!end) {
            int a = sorted.get(i - 1);
            int b = sorted.get(i);
            int s0 = sorted.get(start);
            double gap = Math.hypot(xs[b] - xs[a], ys[b] - ys[a]);
            double span = Math.hypot(xs[b] - xs[s0], ys[b] - ys[s0]);
            end = gap > GAP || span > SPAN;
          }
          if (end) {
            cut(sorted.subList(start, i), random, runs);
            start = i;
          }
        }
      }
      Map<Long, List<Integer>> near = new HashMap<>(); // addresses by GAP-sized square
      for (int i = 0; i < xs.length; i++) {
        long key = ((long) Math.floor(xs[i] / GAP) << 32) ^ (long) Math.floor(ys[i] / GAP);
        near.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
      List<Integer> dropped = new ArrayList<>();
      int[] label = new int[xs.length];
      for (boolean merged = true; merged && runs.size() > 1; ) {
        merged = false;
        java.util.Arrays.fill(label, -1);
        for (int r = 0; r < runs.size(); r++) {
          for (int i : runs.get(r)) {
            label[i] = r;
          }
        }
        for (int r = 0; r < runs.size(); r++) {
          if (runs.get(r).size() >= MIN_HOUSEHOLDS) {
            continue;
          }
          int nearest = -1;
          double best = GAP * GAP;
          for (int i : runs.get(r)) {
            long cx = (long) Math.floor(xs[i] / GAP);
            long cy = (long) Math.floor(ys[i] / GAP);
            for (long gx = cx - 1; gx <= cx + 1; gx++) {
              for (long gy = cy - 1; gy <= cy + 1; gy++) {
                for (int j : near.getOrDefault((gx << 32) ^ gy, List.of())) {
                  double d = (xs[i] - xs[j]) * (xs[i] - xs[j]) + (ys[i] - ys[j]) * (ys[i] - ys[j]);
                  if (label[j] >= 0 && label[j] != r && d < best) {
                    best = d;
                    nearest = label[j];
                  }
                }
              }
            }
          }
          List<Integer> small = runs.remove(r);
          if (nearest >= 0) {
            runs.get(nearest > r ? nearest - 1 : nearest).addAll(small); // joins the nearby run
          } else {
            dropped.addAll(small); // an isolated house or hamlet: in no group
          }
          merged = true;
          break;
        }
      }
      for (int r = 0; r < runs.size(); r++) {
        for (int i : runs.get(r)) {
          label[i] = r;
        }
      }
      for (int i : dropped) {
        label[i] = -1;
      }
      return label;
    }

    /** Cuts a stretch of a street (addresses in order along it) into runs of MIN to MAX households. */
    private static void cut(List<Integer> sorted, Random random, List<List<Integer>> runs) {
      for (int i = 0; i < sorted.size(); ) {
        int rest = sorted.size() - i;
        int length = MIN_HOUSEHOLDS + random.nextInt(MAX_HOUSEHOLDS - MIN_HOUSEHOLDS + 1);
        if (rest <= MAX_HOUSEHOLDS && rest - length < MIN_HOUSEHOLDS) {
          length = rest;
        } else if (rest - length < MIN_HOUSEHOLDS) {
          length = rest - MIN_HOUSEHOLDS;
        }
        runs.add(new ArrayList<>(sorted.subList(i, i + length)));
        i += length;
      }
    }

    /** Moves a tile point (relative to the tile's centre) to a tile: turned or mirrored, then shifted. */
    void place(double[] p, double[] centre) {
      int orientation = (int) centre[2];
      double x = p[0];
      double y = p[1];
      switch (orientation & 3) {
        case 1 -> {
          double t = x;
          x = -y;
          y = t;
        }
        case 2 -> {
          x = -x;
          y = -y;
        }
        case 3 -> {
          double t = x;
          x = y;
          y = -t;
        }
        default -> { }
      }
      if (orientation >= 4) {
        x = -x;
      }
      p[0] = centre[0] + x;
      p[1] = centre[1] + y;
    }

    /** Adds this tile's groups, placed at {@code centre}, until there are {@code limit}. */
    void addGroups(List<Group> groups, int limit, double[] centre, int variant, Random random) {
      double[] p = new double[2];
      for (Geometry area : variants.get(variant)) {
        if (groups.size() >= limit) {
          return;
        }
        if (random.nextInt(20) == 0) {
          continue; // a gap
        }
        Geometry placed = area.copy();
        placed.apply((CoordinateFilter) c -> {
          p[0] = c.x;
          p[1] = c.y;
          place(p, centre);
          c.x = p[0];
          c.y = p[1];
        });
        placed.geometryChanged();
        if (random.nextInt(25) == 0) {
          placed = placed.buffer(1.5, 2); // drawn a little wide: overlaps its neighbours
        }
        String id = String.format("S%05d", groups.size());
        groups.add(Group.of(id, "Straatgroep " + id, placed));
      }
    }
  }
}
