package nl.dekking.store;

import java.util.Optional;

/**
 * A store could not do what was asked for a reason outside the data: the database is unreachable, a migration
 * failed, a statement was refused. The message names the operation and the municipality; the SQLState, when
 * the store is a database, is kept.
 */
public class CoverageStoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String sqlState;

  /**
   * @param message what failed, for which municipality or group
   * @param sqlState the SQLState of the underlying database error, or null
   * @param cause the underlying exception, or null
   */
  public CoverageStoreException(String message, String sqlState, Throwable cause) {
    super(sqlState == null ? message : message + " (SQLState " + sqlState + ")", cause);
    this.sqlState = sqlState;
  }

  /** The SQLState of the underlying database error, when there is one. */
  public Optional<String> sqlState() {
    return Optional.ofNullable(sqlState);
  }
}
