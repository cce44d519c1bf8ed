package nl.dekking.io.gpkg;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.sqlite.ProgressHandler;

/**
 * Stops an SQLite query that makes no progress: SQLite calls {@link #progress()} every
 * {@value #INSTRUCTIONS} virtual-machine instructions, and once the deadline has passed the query is interrupted
 * (SQLite error {@code SQLITE_INTERRUPT}), so a hostile GeoPackage (a layer or {@code gpkg_contents} that is an
 * endless recursive view) cannot hang the read. The reader moves the deadline on with {@link #feature()} each
 * time a feature arrives, so a long but healthy read of millions of rows is never stopped; only a wait of the
 * limit for one row is.
 *
 * <p>Not thread-safe beyond the one connection it watches (SQLite calls it on the reading thread).
 */
final class QueryWatchdog extends ProgressHandler {

  /** How many SQLite instructions pass between two checks: cheap enough to vanish in a read. */
  static final int INSTRUCTIONS = 10_000;

  private final Duration limit;
  private long deadline;
  private boolean fired;

  private QueryWatchdog(Duration limit) {
    this.limit = limit;
    feature();
  }

  /** Installs a watchdog on the connection. */
  static QueryWatchdog install(Connection connection, Duration limit) throws SQLException {
    if (limit.isNegative() || limit.isZero()) {
      throw new IllegalArgumentException("query time limit must be positive, was " + limit);
    }
    QueryWatchdog watchdog = new QueryWatchdog(limit);
    ProgressHandler.setHandler(connection, INSTRUCTIONS, watchdog);
    return watchdog;
  }

  /** A feature (or a statement's start): the query may take the limit again for the next one. */
  void feature() {
    deadline = System.nanoTime() + limit.toNanos();
    fired = false;
  }

  /** Whether the watchdog stopped the last query. */
  boolean fired() {
    return fired;
  }

  /** What happened, for a message: "stopped after 0.5 s without a feature". */
  String stopped() {
    return "stopped after " + seconds(limit) + " s without a feature: the query never ends (a recursive view?)";
  }

  @Override
  protected int progress() {
    if (System.nanoTime() - deadline > 0) {
      fired = true;
      return 1;
    }
    return 0;
  }

  private static String seconds(Duration d) {
    double s = d.toMillis() / 1000.0;
    return s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s);
  }
}
