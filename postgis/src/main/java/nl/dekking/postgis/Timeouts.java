package nl.dekking.postgis;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How long each operation of {@link PostgisCoverageStore} may take, set per transaction with
 * {@code set_config(..., true)} (as {@code SET LOCAL}) and on the connection's socket.
 *
 * @param lock how long a statement waits for a lock ({@code lock_timeout})
 * @param statement how long a statement of a read or group write runs ({@code statement_timeout})
 * @param save how long a statement of a save or migration runs ({@code statement_timeout}): the COPY and index
 *     builds of a large municipality
 * @param socket how much longer than its statement timeout a call waits for the server to answer at all before
 *     closing the connection: a frozen server process or a lost network
 */
record Timeouts(Duration lock, Duration statement, Duration save, Duration socket) {

  Timeouts {
    requireNonNull(lock, "lock");
    requireNonNull(statement, "statement");
    requireNonNull(save, "save");
    requireNonNull(socket, "socket");
  }

  /** The statement timeout of an operation. */
  Duration statementOf(boolean save) {
    return save ? this.save : statement;
  }

  /** The socket read timeout of an operation: its statement timeout plus the socket margin, in milliseconds. */
  int networkMillis(boolean save) {
    return (int) Math.min(Integer.MAX_VALUE, statementOf(save).toMillis() + socket.toMillis());
  }

  /** A duration as messages show it: {@code 5 s}, {@code 250 ms}. */
  static String show(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
  }
}
