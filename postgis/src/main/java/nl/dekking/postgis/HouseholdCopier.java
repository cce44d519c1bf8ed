package nl.dekking.postgis;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dekking.model.Address;
import nl.dekking.model.Dataset;
import nl.dekking.model.Household;
import nl.dekking.store.DatasetChecker;
import nl.dekking.store.InvalidDatasetException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Streams a dataset's households into the {@code household} table with {@code COPY ... FROM STDIN} (text format)
 * on the caller's connection and transaction: one round trip for the whole set instead of one per row. Rows are
 * encoded into a 256 KiB buffer and sent as it fills, so memory stays flat for millions of households; the
 * location goes as hex EWKB.
 *
 * <p>When the server rejects a row, the error is turned into an {@link InvalidDatasetException} naming the
 * row's index and id, taken from the line number in the server's error context, and the constraint or column,
 * never the server's text (it may quote values). The caller rolls back. Not
 * thread-safe; one per save.
 */
final class HouseholdCopier {

  private static final int FLUSH_AT = 256 * 1024;
  private static final Pattern LINE = Pattern.compile("line (\\d+)");

  private final String copySql;
  private final int writeTimeoutMillis;

  /**
   * @param copySql the {@code COPY ... FROM STDIN} statement
   * @param writeTimeoutMillis how long one write may block before the connection is closed: a server that stops
   *     reading (frozen) would otherwise block the write for ever, as socket timeouts bound reads only
   */
  HouseholdCopier(String copySql, int writeTimeoutMillis) {
    this.copySql = copySql;
    this.writeTimeoutMillis = writeTimeoutMillis;
  }

  /** Copies every household of a checked dataset; returns how many. */
  long copy(Connection c, String municipality, DatasetChecker.Checked checked) throws SQLException {
    Dataset dataset = checked.dataset();
    List<Household> households = dataset.households();
    CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
    try {
      StringBuilder sb = new StringBuilder(FLUSH_AT + 4096);
      String prefix = escape(municipality) + '\t';
      for (int i = 0; i < households.size(); i++) {
        appendRow(sb, prefix, i, households.get(i));
        if (sb.length() >= FLUSH_AT) {
          send(c, in, sb);
        }
      }
      send(c, in, sb);
      return in.endCopy();
    } catch (PSQLException e) {
      throw rowError(e, municipality, checked);
    } finally {
      if (in.isActive()) {
        try {
          in.cancelCopy();
        } catch (SQLException e) {
          // the connection is already broken; the transaction rolls back with it
        }
      }
    }
  }

  private void send(Connection c, CopyIn in, StringBuilder sb) throws SQLException {
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    WriteWatchdog.guard(c, writeTimeoutMillis, () -> {
      in.writeToCopy(bytes, 0, bytes.length);
      return null;
    });
    sb.setLength(0);
  }

  private static void appendRow(StringBuilder sb, String prefix, int ordinal, Household h) {
    Address a = h.address();
    sb.append(prefix).append(ordinal).append('\t');
    appendEscaped(sb, h.id()).append('\t');
    appendEscaped(sb, a.street()).append('\t');
    sb.append(a.houseNumber()).append('\t');
    appendEscaped(sb, a.letter()).append('\t');
    appendEscaped(sb, a.suffix()).append('\t');
    appendEscaped(sb, a.postcode()).append('\t');
    appendEscaped(sb, a.place()).append('\t');
    GeometryCodec.appendPointEwkbHex(sb, h.x(), h.y());
    sb.append('\n');
  }

  /** COPY text format: backslash, tab, newline and carriage return are escaped. */
  private static StringBuilder appendEscaped(StringBuilder sb, String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '\\' -> sb.append("\\\\");
        case '\t' -> sb.append("\\t");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        default -> sb.append(ch);
      }
    }
    return sb;
  }

  private static String escape(String s) {
    return appendEscaped(new StringBuilder(), s).toString();
  }

  /** The server's complaint about a row, as an error naming that row; other errors pass unchanged. */
  private static SQLException rowError(PSQLException e, String municipality, DatasetChecker.Checked checked) {
    Dataset dataset = checked.dataset();
    ServerErrorMessage m = e.getServerErrorMessage();
    if (m == null || m.getWhere() == null) {
      return e;
    }
    Matcher line = LINE.matcher(m.getWhere());
    if (!line.find()) {
      return e;
    }
    int index = Integer.parseInt(line.group(1)) - 1;
    if (index < 0 || index >= dataset.households().size()) {
      return e;
    }
    Household h = dataset.households().get(index);
    throw InvalidDatasetException.household(municipality, dataset.name(), checked.originalRow(index), h.id(),
        "the database refused the row: " + SqlFailure.describe(e), e);
  }
}
