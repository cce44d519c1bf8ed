package nl.dekking.postgis;

import java.net.SocketTimeoutException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.postgresql.core.BaseConnection;

/**
 * Bounds calls that send much data (a COPY chunk, a batch of groups): a server process that stops reading (frozen,
 * or a network that drops packets without a reset) would block such a write for ever, since a socket timeout
 * bounds reads only. When the call has not returned within its time, the watchdog aborts the connection (closes
 * its socket), the blocked write fails at once, and the call fails like a read that timed out: SQLState 08006 with
 * a {@link SocketTimeoutException} as cause. One daemon thread for every store in the JVM; thread-safe.
 */
final class WriteWatchdog {

  private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "dekking-write-watchdog");
    t.setDaemon(true);
    return t;
  });

  /** A JDBC call. */
  interface SqlCall<T> {
    T call() throws SQLException;
  }

  private WriteWatchdog() {
  }

  /** Runs the call; aborts the connection when it has not returned within {@code millis}. */
  static <T> T guard(Connection c, int millis, SqlCall<T> call) throws SQLException {
    BaseConnection connection = c.unwrap(BaseConnection.class);
    AtomicBoolean fired = new AtomicBoolean();
    ScheduledFuture<?> watch = TIMER.schedule(() -> {
      fired.set(true);
      try {
        connection.abort(Runnable::run);
      } catch (SQLException e) {
        // already closed
      }
    }, millis, TimeUnit.MILLISECONDS);
    try {
      return call.call();
    } catch (SQLException e) {
      if (fired.get()) {
        SQLException timedOut = new SQLException("the server read nothing for " + millis + " ms", "08006",
            new SocketTimeoutException("write blocked for " + millis + " ms"));
        timedOut.addSuppressed(e);
        throw timedOut;
      }
      throw e;
    } finally {
      watch.cancel(false);
    }
  }
}
