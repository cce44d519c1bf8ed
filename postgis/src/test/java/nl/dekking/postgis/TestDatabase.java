package nl.dekking.postgis;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL + PostGIS database the tests run against, started once per test JVM.
 *
 * <p>With {@code DEKKING_PG_URL} set (and {@code DEKKING_PG_USER}, {@code DEKKING_PG_PASSWORD}), that database.
 * Otherwise a throwaway cluster from the system binaries ({@code pg_config --bindir}, else the newest
 * {@code /usr/lib/postgresql/<version>/bin}): {@code initdb} into a temporary directory, {@code pg_ctl start} on a
 * free loopback port with {@code listen_addresses=127.0.0.1}, its unix socket in that directory and trust
 * authentication; when the JVM runs as root, as the {@code postgres} user, owning the directory. A shutdown hook
 * stops the cluster and deletes the directory.
 *
 * <p>When neither is available, tests are skipped with a one-line reason, except under {@code CI=true}, where they
 * fail: CI must run them.
 */
final class TestDatabase {

  private static final String DATABASE = "dekking_test";
  private static TestDatabase shared;
  private static String failure;

  final String url;
  final String user;
  final String password;
  private final Cluster cluster;

  private TestDatabase(String url, String user, String password, Cluster cluster) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.cluster = cluster;
  }

  /** The database, started on first use; skips or fails the calling test when there is none. */
  static synchronized TestDatabase get() {
    if (shared == null && failure == null) {
      try {
        shared = start();
      } catch (Exception e) {
        failure = "no PostgreSQL + PostGIS for the tests: " + e.getMessage();
      }
    }
    if (shared == null) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new AssertionError(failure + " (CI=true: the PostGIS tests must run; install postgresql and"
            + " postgresql-15-postgis-3 or set DEKKING_PG_URL)");
      }
      Assumptions.abort(failure);
    }
    return shared;
  }

  /** A new store in this database, in its own schema. */
  PostgisCoverageStore store(String schema) {
    return PostgisCoverageStore.builder().url(url).user(user).password(password).schema(schema).build();
  }

  /** A plain connection, outside any pool. */
  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  /** The cluster the tests started, when they started one (not with {@code DEKKING_PG_URL}). */
  Optional<Cluster> cluster() {
    return Optional.ofNullable(cluster);
  }

  private static TestDatabase start() throws Exception {
    String external = System.getenv("DEKKING_PG_URL");
    if (external != null && !external.isBlank()) {
      TestDatabase db = new TestDatabase(external, env("DEKKING_PG_USER", "postgres"), env("DEKKING_PG_PASSWORD", ""), null);
      try (Connection c = db.connect(); Statement s = c.createStatement()) {
        s.execute("CREATE EXTENSION IF NOT EXISTS postgis");
      }
      return db;
    }
    Cluster cluster = Cluster.start();
    String admin = "jdbc:postgresql://127.0.0.1:" + cluster.port + "/postgres";
    try (Connection c = DriverManager.getConnection(admin, "postgres", ""); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + DATABASE);
    }
    String url = "jdbc:postgresql://127.0.0.1:" + cluster.port + "/" + DATABASE;
    try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
      s.execute("CREATE EXTENSION postgis");
    }
    return new TestDatabase(url, "postgres", "", cluster);
  }

  private static String env(String name, String otherwise) {
    String v = System.getenv(name);
    return v == null ? otherwise : v;
  }

  /** A throwaway PostgreSQL cluster in a temporary directory. */
  static final class Cluster {
    final Path dir;
    final Path data;
    final int port;
    private final Path bin;
    private final List<String> asUser;

    private Cluster(Path dir, Path bin, List<String> asUser, int port) {
      this.dir = dir;
      this.data = dir.resolve("data");
      this.bin = bin;
      this.asUser = asUser;
      this.port = port;
    }

    static Cluster start() throws IOException, InterruptedException {
      Path bin = findBinaries();
      boolean root = "0".equals(run(List.of("id", "-u"), null).strip());
      List<String> asUser = root ? List.of("runuser", "-u", "postgres", "--") : List.of();
      Path dir = Files.createTempDirectory("dekking-pg-");
      if (root) {
        run(List.of("chown", "postgres:", dir.toString()), null);
      }
      Cluster initialised = new Cluster(dir, bin, asUser, 0);
      Runtime.getRuntime().addShutdownHook(new Thread(initialised::destroy, "dekking-pg-cleanup"));
      initialised.pg("initdb", "-D", initialised.data.toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8",
          "--locale=C", "--no-sync");
      IOException last = null;
      for (int attempt = 0; attempt < 3; attempt++) {
        Cluster c = new Cluster(dir, bin, asUser, freePort());
        try {
          c.pg("pg_ctl", "-D", c.data.toString(), "-l", dir.resolve("server.log").toString(), "-w", "-t", "60",
              "-o", "-p " + c.port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + dir
                  + " -c fsync=off -c full_page_writes=off -c max_connections=60 -c shared_buffers=128MB"
                  + " -c max_wal_size=2GB",
              "start");
          return c;
        } catch (IOException e) {
          last = e; // the port was taken between choosing and binding; try another
        }
      }
      throw last;
    }

    /**
     * Crashes and restarts the server ({@code pg_ctl restart -m immediate}): every connection is cut and the
     * server recovers from its write-ahead log, as after a power cut of the database process.
     */
    void restart() throws IOException, InterruptedException {
      pg("pg_ctl", "-D", data.toString(), "-l", dir.resolve("server.log").toString(), "-w", "-t", "60", "-m",
          "immediate", "restart");
    }

    private void destroy() {
      try {
        pg("pg_ctl", "-D", data.toString(), "-w", "-t", "30", "-m", "immediate", "stop");
      } catch (IOException | InterruptedException e) {
        // not running (start failed); still delete the directory
      }
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // best effort at exit
      }
    }

    private String pg(String program, String... args) throws IOException, InterruptedException {
      List<String> command = new ArrayList<>(asUser);
      command.add(bin.resolve(program).toString());
      command.addAll(List.of(args));
      return run(command, dir);
    }

    private static Path findBinaries() throws IOException, InterruptedException {
      try {
        Path fromConfig = Path.of(run(List.of("pg_config", "--bindir"), null).strip());
        if (Files.isExecutable(fromConfig.resolve("initdb"))) {
          return fromConfig;
        }
      } catch (IOException e) {
        // no pg_config on the PATH; look in the Debian location
      }
      Path debian = Path.of("/usr/lib/postgresql");
      if (Files.isDirectory(debian)) {
        try (Stream<Path> versions = Files.list(debian)) {
          Optional<Path> newest = versions.map(v -> v.resolve("bin"))
              .filter(b -> Files.isExecutable(b.resolve("initdb")))
              .max(Comparator.comparingInt(b -> versionOf(b.getParent().getFileName().toString())));
          if (newest.isPresent()) {
            return newest.get();
          }
        }
      }
      throw new IOException("no initdb found (pg_config --bindir, /usr/lib/postgresql/*/bin)");
    }

    private static int versionOf(String name) {
      try {
        return Integer.parseInt(name);
      } catch (NumberFormatException e) {
        return -1;
      }
    }

    private static int freePort() throws IOException {
      try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        return s.getLocalPort();
      }
    }

    private static String run(List<String> command, Path log) throws IOException, InterruptedException {
      Path out = Files.createTempFile("dekking-pg-cmd-", ".log");
      try {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          throw new IOException(String.join(" ", command) + " did not finish within 120 s");
        }
        String output = Files.readString(out, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
          String serverLog = "";
          if (log != null && Files.exists(log.resolve("server.log"))) {
            List<String> lines = Files.readAllLines(log.resolve("server.log"));
            serverLog = " server.log: " + String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
          }
          throw new IOException(String.join(" ", command) + " exited with " + p.exitValue() + ": "
              + output.strip().replace('\n', ' ') + serverLog);
        }
        return output;
      } finally {
        Files.deleteIfExists(out);
      }
    }
  }
}
