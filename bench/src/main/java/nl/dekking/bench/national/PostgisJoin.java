package nl.dekking.bench.national;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The other side of the national benchmark: PostGIS's bare {@code ST_Covers} join of the same households and groups,
 * timed, and its per-group counts compared with the {@code summary.json} of Dekking's {@code report --per-gemeente}.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar nl.dekking.bench.national.PostgisJoin JDBC-URL households.csv groups.geojson [summary.json]
 * </pre>
 *
 * <p>Loads households ({@code x;y} in RD New) and groups with {@code COPY}, builds a GiST index on the group areas
 * and ANALYZEs (load and index timed separately, not counted as the join), then times
 * {@code SELECT g.id, count(*) FROM households h JOIN groups g ON ST_Covers(g.area, h.geom) GROUP BY g.id}. With a
 * summary, every group's count must equal Dekking's national count (households summed over the municipalities it
 * covers), else it exits 1 naming the first groups that differ. Prints one {@code key=value} line per figure.
 */
public final class PostgisJoin {

  private PostgisJoin() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: PostgisJoin JDBC-URL households.csv groups.geojson [summary.json]");
      System.exit(2);
    }
    try (Connection c = DriverManager.getConnection(args[0])) {
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      try (Statement s = c.createStatement()) {
        s.execute("CREATE EXTENSION IF NOT EXISTS postgis");
        s.execute("DROP TABLE IF EXISTS households, groups, staging");
        s.execute("CREATE UNLOGGED TABLE staging (straat text, nummer text, postcode text, plaats text, x float8,"
            + " y float8)");
        s.execute("CREATE UNLOGGED TABLE groups (id text PRIMARY KEY, area geometry(Geometry, 28992))");
      }
      long t0 = System.nanoTime();
      try (Reader in = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
        copy.copyIn("COPY staging FROM STDIN WITH (FORMAT csv, DELIMITER ';', HEADER true)", in);
      }
      try (Statement s = c.createStatement()) {
        s.execute("CREATE UNLOGGED TABLE households AS SELECT row_number() OVER () AS id,"
            + " ST_SetSRID(ST_MakePoint(x, y), 28992)::geometry(Point, 28992) AS geom FROM staging");
        s.execute("DROP TABLE staging");
      }
      int groups = copyGroups(copy, Path.of(args[2]));
      long t1 = System.nanoTime();
      try (Statement s = c.createStatement()) {
        s.execute("CREATE INDEX groups_area ON groups USING gist (area)");
        s.execute("ANALYZE households");
        s.execute("ANALYZE groups");
      }
      long t2 = System.nanoTime();
      Map<String, Integer> counts = new TreeMap<>();
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT g.id, count(*) FROM households h JOIN groups g"
              + " ON ST_Covers(g.area, h.geom) GROUP BY g.id")) {
        while (r.next()) {
          counts.put(r.getString(1), r.getInt(2));
        }
      }
      long t3 = System.nanoTime();
      long covered;
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM households")) {
        r.next();
        covered = r.getLong(1);
      }
      System.out.printf(Locale.ROOT, "postgis.households=%d%npostgis.groups=%d%npostgis.load.s=%.1f%n"
              + "postgis.index.s=%.1f%npostgis.join.s=%.1f%npostgis.groupsWithHouseholds=%d%n", covered, groups,
          (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, counts.size());
      if (args.length > 3) {
        System.exit(compare(counts, Path.of(args[3])) ? 0 : 1);
      }
    }
  }

  private static int copyGroups(CopyManager copy, Path file) throws IOException, SQLException {
    JsonNode features = new ObjectMapper().readTree(file.toFile()).get("features");
    StringBuilder rows = new StringBuilder(1 << 20);
    for (JsonNode f : features) {
      rows.append(f.get("properties").get("id").asText()).append('\t').append("SRID=28992;")
          .append(wkt(f.get("geometry"))).append('\n');
    }
    copy.copyIn("COPY groups (id, area) FROM STDIN", new StringReader(rows.toString()));
    return features.size();
  }

  private static String wkt(JsonNode geometry) {
    String type = geometry.get("type").asText();
    StringBuilder b = new StringBuilder(type.toUpperCase(Locale.ROOT)).append(' ');
    switch (type) {
      case "Polygon" -> polygon(b, geometry.get("coordinates"));
      case "MultiPolygon" -> {
        b.append('(');
        JsonNode polys = geometry.get("coordinates");
        for (int i = 0; i < polys.size(); i++) {
          b.append(i == 0 ? "" : ", ");
          polygon(b, polys.get(i));
        }
        b.append(')');
      }
      default -> throw new IllegalArgumentException("group geometry must be Polygon or MultiPolygon, was " + type);
    }
    return b.toString();
  }

  private static void polygon(StringBuilder b, JsonNode rings) {
    b.append('(');
    for (int r = 0; r < rings.size(); r++) {
      b.append(r == 0 ? "(" : ", (");
      JsonNode ring = rings.get(r);
      for (int i = 0; i < ring.size(); i++) {
        b.append(i == 0 ? "" : ", ").append(ring.get(i).get(0).asText()).append(' ').append(ring.get(i).get(1).asText());
      }
      b.append(')');
    }
    b.append(')');
  }

  private static boolean compare(Map<String, Integer> postgis, Path summary) throws IOException {
    Map<String, Integer> dekking = new HashMap<>();
    for (JsonNode g : new ObjectMapper().readTree(summary.toFile()).get("groups")) {
      if (g.get("households").asInt() > 0) {
        dekking.put(g.get("id").asText(), g.get("households").asInt());
      }
    }
    int differ = 0;
    Map<String, Integer> all = new TreeMap<>(postgis);
    dekking.forEach(all::putIfAbsent);
    for (String id : all.keySet()) {
      int p = postgis.getOrDefault(id, 0);
      int d = dekking.getOrDefault(id, 0);
      if (p != d && differ++ < 10) {
        System.out.printf(Locale.ROOT, "differs: group %s: PostGIS %d, Dekking %d%n", id, p, d);
      }
    }
    System.out.printf(Locale.ROOT, "compare.groups=%d%ncompare.differing=%d%n", all.size(), differ);
    return differ == 0;
  }
}
