package nl.dekking.postgis;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.dekking.store.CoverageStoreException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Turns a database error into a {@link CoverageStoreException} whose message the store writes itself: the
 * operation and municipality, which timeout ran out (lock, statement, socket, pool) or what kind of error it was,
 * the constraint, table and column it names, and the SQLState; never the server's text, which may quote bound
 * values (a contact's name, e-mail, phone). The cause is kept when the driver was told not to put values into its
 * own messages ({@code logServerErrorDetail=false}); otherwise a copy without text stands in for it.
 * Thread-safe and stateless.
 */
final class SqlFailure {

  static final String LOCK_NOT_AVAILABLE = "55P03";
  static final String QUERY_CANCELED = "57014";
  static final String UNDEFINED_TABLE = "42P01";

  private SqlFailure() {
  }

  /**
   * The error for a failed operation.
   *
   * @param what the operation, as in "could not {what}": {@code read group 'noord' of municipality GM0228}
   * @param save whether the operation ran under the save timeout
   * @param keepCause whether the driver's exception may be the cause (it holds no bound values)
   */
  static CoverageStoreException of(String what, String schema, SQLException e, Timeouts timeouts, boolean save,
      boolean keepCause) {
    String reason = reason(e, timeouts, save);
    Throwable cause = keepCause ? e : scrubbed(e);
    return new CoverageStoreException("could not " + what + " in schema " + schema + ": " + reason, e.getSQLState(),
        cause);
  }

  /** Why it failed, in the store's words. */
  static String reason(SQLException e, Timeouts timeouts, boolean save) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (hasCause(e, SocketTimeoutException.class)) {
      return "the server did not answer within the socket timeout (" + Timeouts.show(timeouts.statementOf(save))
          + " statement timeout + " + Timeouts.show(timeouts.socket()) + ", builder option socketTimeout): it is"
          + " frozen or the network is lost; the connection was closed";
    }
    if (e instanceof SQLTransientConnectionException) {
      return "no database connection became free or could be opened within the connection timeout (builder option"
          + " connectionTimeout)";
    }
    if (state.equals(LOCK_NOT_AVAILABLE)) {
      return "the lock timeout (" + Timeouts.show(timeouts.lock()) + ", builder option lockTimeout) ran out:"
          + " another transaction holds a lock this operation needs";
    }
    if (state.equals(QUERY_CANCELED) && serverText(e).contains("statement timeout")) {
      return "the statement timeout (" + Timeouts.show(timeouts.statementOf(save)) + ", builder option "
          + (save ? "saveTimeout" : "statementTimeout") + ") ran out";
    }
    return describe(e);
  }

  /** A database error by kind and the names it carries (constraint, table, column), without the server's text. */
  static String describe(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    List<String> names = new ArrayList<>();
    ServerErrorMessage m = server(e);
    if (m != null) {
      named(names, "table", m.getTable());
      named(names, "column", m.getColumn());
      named(names, "constraint", m.getConstraint());
      named(names, "type", m.getDatatype());
    }
    return kind(state) + (names.isEmpty() ? "" : " (" + String.join(", ", names) + ")");
  }

  private static void named(List<String> names, String label, String name) {
    if (name != null && !name.isEmpty()) {
      names.add(label + " " + name);
    }
  }

  private static String kind(String state) {
    if (state.equals("40P01")) {
      return "a deadlock with another transaction";
    }
    if (state.equals("40001")) {
      return "a serialization failure with a concurrent transaction";
    }
    if (state.equals("23505")) {
      return "a unique key is repeated";
    }
    if (state.equals("23514")) {
      return "a check constraint is violated";
    }
    if (state.equals("23503")) {
      return "a foreign key is violated";
    }
    if (state.equals("23502")) {
      return "a required value is missing";
    }
    if (state.equals(QUERY_CANCELED)) {
      return "the statement was cancelled";
    }
    if (state.equals("42P07")) {
      return "a table or index of that name already exists";
    }
    if (state.equals(UNDEFINED_TABLE)) {
      return "a table is missing";
    }
    if (state.startsWith("08")) {
      return "the connection to the database failed or was lost";
    }
    if (state.startsWith("22")) {
      return "the database refused a value";
    }
    if (state.startsWith("42")) {
      return "the database refused a statement (missing object or privilege)";
    }
    if (state.startsWith("53")) {
      return "the database ran out of a resource";
    }
    if (state.startsWith("57")) {
      return "the database is shutting down or cancelled the operation";
    }
    return "the database reported an error";
  }

  private static ServerErrorMessage server(SQLException e) {
    for (SQLException s = e; s != null; s = s.getNextException()) {
      if (s instanceof PSQLException p && p.getServerErrorMessage() != null) {
        return p.getServerErrorMessage();
      }
    }
    return null;
  }

  private static String serverText(SQLException e) {
    ServerErrorMessage m = server(e);
    String text = m != null && m.getMessage() != null ? m.getMessage() : String.valueOf(e.getMessage());
    return text.toLowerCase(Locale.ROOT);
  }

  private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }

  /** A stand-in for a driver exception that may quote values: SQLState and kind only, same stack trace. */
  private static SQLException scrubbed(SQLException e) {
    SQLException copy = new SQLException(e.getClass().getSimpleName() + ": " + describe(e), e.getSQLState(),
        e.getErrorCode());
    copy.setStackTrace(e.getStackTrace());
    return copy;
  }
}
